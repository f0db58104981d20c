import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { en, type MessageKey, type Messages } from './en';

export type Language = 'en' | 'zh';
export const LANGUAGES: readonly { readonly code: Language; readonly name: string }[] = [
  { code: 'en', name: 'English' },
  { code: 'zh', name: '中文' },
];

/** One language's words for the page (claim explanations load on their own: claim-texts.ts). */
export interface Tables {
  readonly messages: Messages;
}

const ENGLISH: Tables = { messages: en };
const loaded = new Map<Language, Tables>([['en', ENGLISH]]);

/** The tables of a language; Chinese is a chunk of its own, fetched from the page's origin. */
export async function loadLanguage(language: Language): Promise<Tables> {
  const known = loaded.get(language);
  if (known) return known;
  const tables: Tables = await import('./zh-bundle');
  loaded.set(language, tables);
  return tables;
}

export type Params = Readonly<Record<string, string | number | boolean | undefined>>;
export type Translate = (key: MessageKey, params?: Params) => string;

/** Puts `{name}` values into a message. A missing value stays visible as `{name}`. */
export function format(message: string, params: Params = {}): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

export function translator(messages: Messages): Translate {
  return (key, params) => format(messages[key], params);
}

/** Whether a string is a message key (for codes that come from the core). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

interface I18n {
  readonly language: Language;
  readonly t: Translate;
}

const I18nContext = createContext<I18n>({ language: 'en', t: translator(en) });

export function I18nProvider({
  language,
  tables,
  children,
}: {
  language: Language;
  tables: Tables;
  children: ReactNode;
}) {
  const value = useMemo(() => ({ language, t: translator(tables.messages) }), [language, tables]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}

/** A feature's own message table in both languages (src/ui/i18n/messages/), loaded with it. */
export interface FeatureMessages<K extends string> {
  readonly en: Readonly<Record<K, string>>;
  readonly zh: Readonly<Record<K, string>>;
}

/** Words from a feature's table, in the page's language. */
export function useMessages<K extends string>(
  table: FeatureMessages<K>,
): (key: K, params?: Params) => string {
  const { language } = useI18n();
  const messages = table[language];
  return (key, params) => format(messages[key], params);
}

/** First choice: the stored choice, else the browser's language. */
export function initialLanguage(
  stored: string | null,
  navigatorLanguages: readonly string[],
): Language {
  if (stored === 'en' || stored === 'zh') return stored;
  return navigatorLanguages.some((tag) => tag.toLowerCase().startsWith('zh')) ? 'zh' : 'en';
}
