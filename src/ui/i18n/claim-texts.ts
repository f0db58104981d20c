import { useEffect, useState } from 'react';
import type { Language } from '.';
import type { explainClaims } from '../../core/claims/explain';
import type { issuerFamily } from '../../core/claims/issuer-family';
import type { ClaimMessageKey } from './messages/claims';
import type { ClaimTexts } from './claims/types';

/**
 * What the claims tables need beyond the start bundle: the catalogue's explain step and issuer
 * families (src/core/claims), and one language's texts and messages.
 */
export interface ClaimExplainer {
  readonly language: Language;
  readonly texts: ClaimTexts;
  readonly messages: Readonly<Record<ClaimMessageKey, string>>;
  readonly explainClaims: typeof explainClaims;
  readonly issuerFamily: typeof issuerFamily;
}

const cache = new Map<Language, ClaimExplainer>();

async function load(language: Language): Promise<ClaimExplainer> {
  const [explain, family, words] = await Promise.all([
    import('../../core/claims/explain'),
    import('../../core/claims/issuer-family'),
    language === 'zh'
      ? import('./claims/zh').then((m) => ({ texts: m.claimTextsZh, messages: m.claimMessagesZh }))
      : import('./claims/en').then((m) => ({ texts: m.claimTextsEn, messages: m.claimMessagesEn })),
  ]);
  return {
    language,
    ...words,
    explainClaims: explain.explainClaims,
    issuerFamily: family.issuerFamily,
  };
}

/**
 * The claim explanations of a language, loaded after the first paint (about 15 KB gzip of texts
 * per language, and 6 KB of the explain step both share): undefined until they arrive, and the
 * tables show the claims meanwhile.
 */
export function useClaimExplainer(language: Language): ClaimExplainer | undefined {
  const [explainer, setExplainer] = useState<ClaimExplainer | undefined>(() => cache.get(language));
  useEffect(() => {
    if (cache.has(language)) return;
    let live = true;
    load(language).then(
      (loaded) => {
        cache.set(language, loaded);
        if (live) setExplainer(loaded);
      },
      (error: unknown) => console.error('jwt-debugger: cannot load the claim explanations', error),
    );
    return () => {
      live = false;
    };
  }, [language]);
  const cached = cache.get(language);
  return explainer?.language === language ? explainer : cached;
}
