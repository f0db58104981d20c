import { useState } from 'react';
import {
  decryptionSnippets,
  JWE_SNIPPET_TARGETS,
  type JweSnippetInput,
  type JweSnippetTarget,
} from '../../../core/snippets/jwe-snippets';
import type { ParsedJwe } from '../../../core/jwe/parse';
import type { LearnView } from '../../../core/view/learn';
import { useMessages } from '../../i18n';
import { learnKindsMessages } from '../../i18n/messages/learn-kinds';
import { SnippetCode, SnippetTabs } from '../../components/SnippetTabs';

const NAMES: Readonly<Record<JweSnippetTarget, string>> = {
  'node-jose': 'Node: jose',
  'python-jwcrypto': 'Python: jwcrypto',
  'python-joserfc': 'Python: joserfc',
  'java-jose4j': 'Java: jose4j',
};

/** What the header says, as the snippets take it: strings and the PBES2 count only. */
function inputOf(jwe: ParsedJwe): JweSnippetInput | undefined {
  const header = jwe.protectedHeader;
  const { alg, enc } = header ?? {};
  if (typeof alg !== 'string' || typeof enc !== 'string') return undefined;
  const { epk, p2c, zip } = jwe.params;
  return {
    alg,
    enc,
    ...(epk ? { curve: epk.curve.crv } : {}),
    ...(p2c !== undefined ? { p2c } : {}),
    ...(zip === 'DEF' ? { zip: true } : {}),
  };
}

/** Ready-to-copy code that decrypts the current JWE; the key only ever read at run time. */
export default function JweSnippets({
  learn,
}: {
  readonly learn: Extract<LearnView, { kind: 'jwe' }>;
}) {
  const t = useMessages(learnKindsMessages);
  const [target, setTarget] = useState<JweSnippetTarget>('node-jose');
  if (!learn.jwe) return <p className="quiet">{t('jwe.loading')}</p>;
  const input = inputOf(learn.jwe);
  if (!input) return <p className="quiet">{t('jwe.snippets.unavailable')}</p>;
  const snippet = decryptionSnippets(input).find((entry) => entry.target === target)!;
  return (
    <SnippetTabs targets={JWE_SNIPPET_TARGETS} names={NAMES} target={target} onTarget={setTarget}>
      {snippet.unsupported ? (
        <p>
          {t('jwe.snippets.unsupported', {
            library: NAMES[target],
            alg: input.alg,
            enc: input.enc,
          })}
        </p>
      ) : (
        <SnippetCode
          install={snippet.install}
          code={snippet.code}
          library={NAMES[target]}
          placeholders={t('jwe.snippets.placeholders')}
        />
      )}
    </SnippetTabs>
  );
}
