/**
 * What a first paste does, done once while a fresh page is idle. V8 compiles a function at its
 * first call and tunes it over its first few: without this, the first paste pays for compiling
 * the token reader, the view, the checks and the claims tables and for the locale data of the
 * time formats, tens of milliseconds on a 2-core machine (docs/performance.md). Pure calls on
 * a token made here; every result is dropped.
 */
import { encodeUtf8Base64url } from '../../core/encoding/base64url';
import { readToken } from '../../core/token/read';
import { derive, type Environment } from '../../core/view/derive';
import { initialInputs } from '../../core/view/inputs';
import type { ViewModel } from '../../core/view/model';
import { highlightJson } from './json-highlight';
import { warmTimeFormats } from './time';

/** A token shaped like an identity provider's: every kind of claim a first paste would show. */
function sampleToken(now: number): string {
  const header = { alg: 'RS256', typ: 'JWT', kid: 'sample' };
  const payload = {
    iss: 'https://accounts.google.com',
    sub: '1234567890',
    aud: ['client', 'api'],
    iat: Math.floor(now) - 60,
    nbf: Math.floor(now) - 60,
    exp: Math.floor(now) + 3600,
    name: 'Ada',
    email: 'ada@example.com',
    email_verified: true,
    scope: 'openid profile',
    roles: ['admin'],
  };
  const json = (value: unknown) => encodeUtf8Base64url(JSON.stringify(value));
  return `${json(header)}.${json(payload)}.${'A'.repeat(342)}`;
}

/**
 * Runs the sample through what a paste runs: the reader, the view with its checks and claims
 * tables, the panes' colours. Returns the view, for a test to see that it went all the way.
 */
export function warmUp(env: Environment, locale: string): ViewModel {
  warmTimeFormats(locale);
  const text = sampleToken(env.now);
  const token = readToken(text);
  const view = derive(initialInputs(text), token, token, [], env);
  highlightJson(view.payload.text);
  highlightJson(view.header.text);
  return view;
}

/** Calls `work` once the page is idle (or soon, where there is no idle callback); cancellable. */
export function whenIdle(work: () => void): () => void {
  if ('requestIdleCallback' in window) {
    const handle = requestIdleCallback(work, { timeout: 3000 });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(work, 500);
  return () => clearTimeout(timer);
}
