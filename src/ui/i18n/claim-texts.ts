import { useEffect, useState } from 'react';
import type { Language } from '.';
import type { ClaimMessageKey } from './messages/claims';
import type { ClaimTexts } from './claims/types';

/**
 * The words of the claims tables in one language: each claim's title and description and the
 * issuer lines (about 15 KB gzip per language), loaded after the first paint. The rows they
 * are for come from the view model (core/claims/table.ts).
 */
export interface ClaimWords {
  readonly language: Language;
  readonly texts: ClaimTexts;
  readonly messages: Readonly<Record<ClaimMessageKey, string>>;
}

async function load(language: Language): Promise<ClaimWords> {
  const words =
    language === 'zh'
      ? await import('./claims/zh').then((m) => ({
          texts: m.claimTextsZh,
          messages: m.claimMessagesZh,
        }))
      : await import('./claims/en').then((m) => ({
          texts: m.claimTextsEn,
          messages: m.claimMessagesEn,
        }));
  return { language, ...words };
}

/** The claim words of a language; undefined until they arrive (the rows show meanwhile). */
export function useClaimWords(language: Language): ClaimWords | undefined {
  const [words, setWords] = useState<ClaimWords | undefined>();
  useEffect(() => {
    let live = true;
    load(language).then(
      (loaded) => {
        if (live) setWords(loaded);
      },
      (error: unknown) => console.error('jwt-debugger: cannot load the claim explanations', error),
    );
    return () => {
      live = false;
    };
  }, [language]);
  return words?.language === language ? words : undefined;
}
