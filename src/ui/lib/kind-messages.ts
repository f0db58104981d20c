import { useMemo } from 'react';
import type { JweCode } from '../../core/jwe/codes';
import type { JwsJsonCode } from '../../core/jws/json-codes';
import type { SdJwtCode } from '../../core/sd-jwt/codes';
import type { TokenKind } from '../../core/token/read';
import { Lazy } from '../../core/lazy';
import type { Language } from '../i18n';
import { useLazy } from './lazy';

/**
 * The words of a kind of token's own codes: tables of their own (src/ui/i18n/messages/),
 * loaded when such a token first comes, in the page's language.
 */
export interface KindTables {
  readonly sdJwt?: Readonly<Record<SdJwtCode, string>>;
  readonly jwsJson?: Readonly<Record<JwsJsonCode, string>>;
  readonly jwe?: Readonly<Record<JweCode, string>>;
}

/**
 * Each kind's words, kept once loaded (one holder per page, App.tsx): a token of a kind seen
 * before has its words in the render that reads it.
 */
export class KindWords {
  readonly sdJwt = new Lazy(() => import('../i18n/messages/sd-jwt'));
  readonly jwe = new Lazy(() => import('../i18n/messages/jwe'));
  readonly jwsJson = new Lazy(() => import('../i18n/messages/jws-json'));
}

/**
 * The tables for `kind`, once loaded; empty for the kinds whose words are the page's own.
 * `encrypted`: the panes lead with an `enc`, and the JWE's words are needed before a JWE is.
 */
export function useKindTables(
  tokenKind: TokenKind,
  language: Language,
  words: KindWords,
  encrypted = false,
): KindTables {
  const kind = encrypted ? 'jwe' : tokenKind;
  const zh = language === 'zh';
  const sdJwt = useLazy(kind === 'sd-jwt' ? words.sdJwt : undefined).module;
  const jwe = useLazy(kind === 'jwe' ? words.jwe : undefined).module;
  const jwsJson = useLazy(kind === 'jws-json' ? words.jwsJson : undefined).module;
  return useMemo(() => {
    if (kind === 'sd-jwt' && sdJwt) return { sdJwt: zh ? sdJwt.sdJwtZh : sdJwt.sdJwtEn };
    if (kind === 'jwe' && jwe) return { jwe: zh ? jwe.jweZh : jwe.jweEn };
    if (kind === 'jws-json' && jwsJson)
      return { jwsJson: zh ? jwsJson.jwsJsonZh : jwsJson.jwsJsonEn };
    return {};
  }, [kind, zh, sdJwt, jwe, jwsJson]);
}
