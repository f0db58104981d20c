import { useEffect, useState } from 'react';
import type { Language } from '.';
import type { ClaimTexts } from './claims/types';

const cache = new Map<Language, ClaimTexts>();

function load(language: Language): Promise<ClaimTexts> {
  return language === 'zh'
    ? import('./claims/zh').then((module) => module.claimTextsZh)
    : import('./claims/en').then((module) => module.claimTextsEn);
}

/**
 * The claim explanations of a language, loaded after the first paint (about 6 KB gzip each):
 * undefined until they arrive, and the table shows the claims meanwhile.
 */
export function useClaimTexts(language: Language): ClaimTexts | undefined {
  const [texts, setTexts] = useState<{ language: Language; texts: ClaimTexts } | undefined>(() => {
    const known = cache.get(language);
    return known ? { language, texts: known } : undefined;
  });
  useEffect(() => {
    if (cache.has(language)) return;
    let live = true;
    load(language).then(
      (loaded) => {
        cache.set(language, loaded);
        if (live) setTexts({ language, texts: loaded });
      },
      (error: unknown) => console.error('jwt-debugger: cannot load the claim explanations', error),
    );
    return () => {
      live = false;
    };
  }, [language]);
  const cached = cache.get(language);
  return texts?.language === language ? texts.texts : cached;
}
