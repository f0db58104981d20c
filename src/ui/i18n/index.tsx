import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import { en, type MessageKey, type Messages } from './en';
import { zh } from './zh';

export type Language = 'en' | 'zh';
export const LANGUAGES: readonly { readonly code: Language; readonly name: string }[] = [
  { code: 'en', name: 'English' },
  { code: 'zh', name: '中文' },
];

const TABLES: Readonly<Record<Language, Messages>> = { en, zh };

export type Params = Readonly<Record<string, string | number | boolean | undefined>>;
export type Translate = (key: MessageKey, params?: Params) => string;

/** Puts `{name}` values into a message. A missing value stays visible as `{name}`. */
export function format(message: string, params: Params = {}): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

export function translator(language: Language): Translate {
  const table = TABLES[language];
  return (key, params) => format(table[key], params);
}

/** Whether a string is a message key (for codes that come from the core). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

interface I18n {
  readonly language: Language;
  readonly t: Translate;
}

const I18nContext = createContext<I18n>({ language: 'en', t: translator('en') });

export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  const value = useMemo(() => ({ language, t: translator(language) }), [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}

/** First choice: the stored choice, else the browser's language. */
export function initialLanguage(
  stored: string | null,
  navigatorLanguages: readonly string[],
): Language {
  if (stored === 'en' || stored === 'zh') return stored;
  return navigatorLanguages.some((tag) => tag.toLowerCase().startsWith('zh')) ? 'zh' : 'en';
}

export function useTranslate(): Translate {
  const { t } = useI18n();
  return useCallback<Translate>((key, params) => t(key, params), [t]);
}
