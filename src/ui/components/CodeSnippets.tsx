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
import { SnippetCode, SnippetTabs } from './SnippetTabs';
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
    <SnippetTabs targets={SNIPPET_TARGETS} names={NAMES} target={target} onTarget={setTarget}>
      {snippet.unsupported ? (
        <p>
          {t(snippet.unsupported === 'alg-none' ? 'snippets.none' : 'snippets.unsupported', {
            alg: input.alg,
            library: NAMES[target],
          })}
        </p>
      ) : (
        <SnippetCode
          install={snippet.install}
          code={snippet.code}
          library={NAMES[target]}
          placeholders={t('snippets.placeholders')}
        />
      )}
    </SnippetTabs>
  );
}
