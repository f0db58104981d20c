import { useState } from 'react';
import { isJsonObject } from '../../../core/json/is-object';
import {
  SD_JWT_SNIPPET_TARGETS,
  sdJwtVerificationSnippets,
  type SdJwtSnippetInput,
  type SdJwtSnippetTarget,
} from '../../../core/snippets';
import type { SdJwtInspection } from '../../../core/sd-jwt/inspect';
import type { LearnView } from '../../../core/view/learn';
import { useMessages } from '../../i18n';
import { learnKindsMessages } from '../../i18n/messages/learn-kinds';
import { SnippetCode, SnippetTabs } from '../../components/SnippetTabs';

const NAMES: Readonly<Record<SdJwtSnippetTarget, string>> = {
  'sd-jwt-core': 'TypeScript: @sd-jwt/core',
  'python-sd-jwt': 'Python: PyJWT',
};

/** The issuer's alg, and the KB-JWT's alg, aud and nonce when the SD-JWT ends in one. */
function inputOf(sdJwt: SdJwtInspection): SdJwtSnippetInput | undefined {
  const { jws, kbJwt } = sdJwt.parsed;
  if (jws.alg === undefined) return undefined;
  const kb = kbJwt?.parsed;
  const claims = isJsonObject(kb?.payload?.json) ? kb.payload.json : {};
  return {
    alg: jws.alg,
    ...(kb?.alg !== undefined ? { kbAlg: kb.alg } : {}),
    ...(typeof claims.aud === 'string' ? { aud: claims.aud } : {}),
    ...(typeof claims.nonce === 'string' ? { nonce: claims.nonce } : {}),
  };
}

/** Ready-to-copy code that verifies the current SD-JWT; keys only ever read from files. */
export default function SdJwtSnippets({
  learn,
}: {
  readonly learn: Extract<LearnView, { kind: 'sd-jwt' }>;
}) {
  const t = useMessages(learnKindsMessages);
  const [target, setTarget] = useState<SdJwtSnippetTarget>('sd-jwt-core');
  if (!learn.sdJwt) return <p className="quiet">{t('sd.loading')}</p>;
  const input = inputOf(learn.sdJwt);
  if (!input) return <p className="quiet">{t('sd.snippets.unavailable')}</p>;
  const snippet = sdJwtVerificationSnippets(input).find((entry) => entry.target === target)!;
  return (
    <SnippetTabs
      targets={SD_JWT_SNIPPET_TARGETS}
      names={NAMES}
      target={target}
      onTarget={setTarget}
    >
      {snippet.unsupported === 'alg-none' ? (
        <p>{t('sd.snippets.none')}</p>
      ) : snippet.unsupported ? (
        <p>{t('sd.snippets.unsupported', { library: NAMES[target], alg: input.alg })}</p>
      ) : (
        <SnippetCode
          install={snippet.install}
          code={snippet.code}
          library={NAMES[target]}
          placeholders={t('sd.snippets.placeholders')}
        />
      )}
    </SnippetTabs>
  );
}
