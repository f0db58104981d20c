import { useEffect, useState } from 'react';
import type { JweCode } from '../../core/jwe/codes';
import type { JwsJsonCode } from '../../core/jws/json-codes';
import type { SdJwtCode } from '../../core/sd-jwt/codes';
import type { TokenKind } from '../../core/token/read';
import type { Language } from '../i18n';

/**
 * The words of a kind of token's own codes: tables of their own (src/ui/i18n/messages/),
 * loaded when such a token first comes, in the page's language.
 */
export interface KindTables {
  readonly sdJwt?: Readonly<Record<SdJwtCode, string>>;
  readonly jwsJson?: Readonly<Record<JwsJsonCode, string>>;
  readonly jwe?: Readonly<Record<JweCode, string>>;
}

async function load(kind: TokenKind, language: Language): Promise<KindTables> {
  if (kind === 'sd-jwt') {
    const { sdJwtEn, sdJwtZh } = await import('../i18n/messages/sd-jwt');
    return { sdJwt: language === 'zh' ? sdJwtZh : sdJwtEn };
  }
  if (kind === 'jwe') {
    const { jweEn, jweZh } = await import('../i18n/messages/jwe');
    return { jwe: language === 'zh' ? jweZh : jweEn };
  }
  if (kind === 'jws-json') {
    const { jwsJsonEn, jwsJsonZh } = await import('../i18n/messages/jws-json');
    return { jwsJson: language === 'zh' ? jwsJsonZh : jwsJsonEn };
  }
  return {};
}

/**
 * The tables for `kind`, once loaded; empty for the kinds whose words are the page's own.
 * `encrypted`: the panes lead with an `enc`, and the JWE's words are needed before a JWE is.
 */
export function useKindTables(
  tokenKind: TokenKind,
  language: Language,
  encrypted = false,
): KindTables {
  const kind = encrypted ? 'jwe' : tokenKind;
  const [loaded, setLoaded] = useState<{ for: string; tables: KindTables }>();
  const key = `${kind}:${language}`;
  useEffect(() => {
    let live = true;
    load(kind, language).then(
      (tables) => {
        if (live) setLoaded({ for: key, tables });
      },
      (error: unknown) => console.error('jwt-debugger: cannot load the words for', kind, error),
    );
    return () => {
      live = false;
    };
  }, [kind, language, key]);
  return loaded?.for === key ? loaded.tables : {};
}
