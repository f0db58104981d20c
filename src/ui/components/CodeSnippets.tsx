import { useState } from 'react';
import type { ParsedToken } from '../../core/jws/parse';
import {
  SNIPPET_TARGETS,
  verificationSnippets,
  type SnippetInput,
  type SnippetTarget,
} from '../../core/snippets';
import { useMessages } from '../i18n';
import { learnMessages } from '../i18n/messages/learn';
import { CopyButton } from './CopyButton';
import { ScrollablePre } from './ScrollablePre';
import { isJsonObject } from '../../core/json/is-object';

const NAMES: Readonly<Record<SnippetTarget, string>> = {
  pyjwt: 'PyJWT',
  'flask-jwt-extended': 'flask-jwt-extended',
  'node-jose': 'Node: jose',
  'node-jsonwebtoken': 'Node: jsonwebtoken',
};

function inputOf(parsed: ParsedToken): SnippetInput | undefined {
  if (parsed.alg === undefined) return undefined;
  const payload = parsed.payload?.json;
  const claims = isJsonObject(payload) ? payload : {};
  const header = parsed.protectedHeader ?? {};
  const aud = claims.aud;
  return {
    alg: parsed.alg,
    ...(typeof claims.iss === 'string' ? { iss: claims.iss } : {}),
    ...(typeof aud === 'string' || (Array.isArray(aud) && aud.every((a) => typeof a === 'string'))
      ? { aud: aud as string | string[] }
      : {}),
    ...(typeof header.kid === 'string' ? { kid: header.kid } : {}),
    ...(typeof header.typ === 'string' ? { typ: header.typ } : {}),
  };
}

/** Ready-to-copy code that verifies the current token; keys only ever as placeholders. */
export default function CodeSnippets({ parsed }: { readonly parsed: ParsedToken }) {
  const t = useMessages(learnMessages);
  const [target, setTarget] = useState<SnippetTarget>('pyjwt');
  const input = inputOf(parsed);
  if (!input) return <p className="quiet">{t('snippets.unavailable')}</p>;
  const snippet = verificationSnippets(input).find((s) => s.target === target)!;
  return (
    <div className="snippets">
      <div className="tabs" role="tablist" aria-label={t('snippets.library')}>
        {SNIPPET_TARGETS.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`snippet-tab-${name}`}
            aria-selected={name === target}
            aria-controls="snippet-panel"
            tabIndex={name === target ? 0 : -1}
            className={`tab ${name === target ? 'active' : ''}`}
            onClick={() => setTarget(name)}
            onKeyDown={(event) => {
              const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
              if (step === 0) return;
              const index =
                (SNIPPET_TARGETS.indexOf(target) + step + SNIPPET_TARGETS.length) %
                SNIPPET_TARGETS.length;
              const next = SNIPPET_TARGETS[index]!;
              setTarget(next);
              document.getElementById(`snippet-tab-${next}`)?.focus();
            }}
          >
            {NAMES[name]}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id="snippet-panel"
        aria-labelledby={`snippet-tab-${target}`}
        className="snippet-panel"
      >
        {snippet.unsupported ? (
          <p>
            {t(snippet.unsupported === 'alg-none' ? 'snippets.none' : 'snippets.unsupported', {
              alg: input.alg,
              library: NAMES[target],
            })}
          </p>
        ) : (
          <>
            <p className="quiet">{t('snippets.placeholders')}</p>
            <div className="field-head">
              <code className="install">{snippet.install}</code>
              <CopyButton text={snippet.install} what={t('snippets.install')} />
            </div>
            <div className="field-head">
              <span />
              <CopyButton
                text={snippet.code}
                what={t('snippets.code', { library: NAMES[target] })}
              />
            </div>
            <ScrollablePre className="step-value code">{snippet.code}</ScrollablePre>
          </>
        )}
      </div>
    </div>
  );
}
