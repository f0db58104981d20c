import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { en, type MessageKey, type Messages } from './en';
import type { LaterMessages } from './en-later';

export type Language = 'en' | 'zh';
export const LANGUAGES: readonly { readonly code: Language; readonly name: string }[] = [
  { code: 'en', name: 'English' },
  { code: 'zh', name: '中文' },
];

/**
 * One language's words for the page: those of the first screen, and the rest once loaded
 * (claim explanations load on their own: claim-texts.ts).
 */
export interface Tables {
  readonly messages: Messages;
  readonly later?: LaterMessages;
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

/** The words the first screen can do without, a chunk per language loaded after it is shown. */
export async function loadLater(language: Language): Promise<LaterMessages> {
  return language === 'zh'
    ? (await import('./zh-later')).zhLater
    : (await import('./en-later')).enLater;
}

export type Params = Readonly<Record<string, string | number | boolean | undefined>>;

/**
 * A message by key, its `{name}`s filled in. A key of the later table gives the empty string
 * until that table has loaded (a moment after the first paint); `has` says whether it has.
 */
export type Translate = ((key: MessageKey, params?: Params) => string) & {
  readonly has: (key: string) => key is MessageKey;
};

/** Puts `{name}` values into a message. A missing value stays visible as `{name}`. */
export function format(message: string, params: Params = {}): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

export function translator({ messages, later }: Tables): Translate {
  const lookup = (key: string): string | undefined =>
    Object.hasOwn(messages, key)
      ? (messages as Readonly<Record<string, string>>)[key]
      : later && Object.hasOwn(later, key)
        ? (later as Readonly<Record<string, string>>)[key]
        : undefined;
  const t = (key: MessageKey, params?: Params) => {
    const message = lookup(key);
    return message === undefined ? '' : format(message, params);
  };
  return Object.assign(t, { has: (key: string): key is MessageKey => lookup(key) !== undefined });
}

interface I18n {
  readonly language: Language;
  readonly t: Translate;
}

const I18nContext = createContext<I18n>({ language: 'en', t: translator({ messages: en }) });

export function I18nProvider({
  language,
  tables,
  children,
}: {
  language: Language;
  tables: Tables;
  children: ReactNode;
}) {
  const value = useMemo(() => ({ language, t: translator(tables) }), [language, tables]);
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
