import { useEffect, useState } from 'react';
import { intlLocale } from './time';
import { initialLanguage, loadLanguage, loadLater, type Language, type Tables } from '../i18n';

export type Theme = 'system' | 'light' | 'dark';

const LANGUAGE_KEY = 'jwt-debugger.language';
const THEME_KEY = 'jwt-debugger.theme';

/** localStorage can throw (disabled storage, private modes); a setting then lasts the visit. */
function readSetting(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch (error) {
    console.warn(`jwt-debugger: cannot read setting ${key}`, error);
    return null;
  }
}

function writeSetting(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch (error) {
    console.warn(`jwt-debugger: cannot store setting ${key}`, error);
  }
}

/** The first language: the stored choice, else the browser's. */
export function firstLanguage(): Language {
  return initialLanguage(readSetting(LANGUAGE_KEY), navigator.languages ?? [navigator.language]);
}

/**
 * The language and its tables; a choice loads the tables first (Chinese is its own chunk),
 * then switches, and is remembered.
 */
export function useLanguage(
  first: Language,
  firstTables: Tables,
): [Language, Tables, (language: Language) => void] {
  const [current, setCurrent] = useState({ language: first, tables: firstTables });
  useEffect(() => {
    document.documentElement.lang = intlLocale(current.language);
    // The tab, the history and an installed app's window say the page's name in its language.
    document.title = current.tables.messages['app.title'];
  }, [current.language, current.tables.messages]);
  // The words the first screen can do without, once it is shown.
  const needsLater = current.tables.later === undefined;
  useEffect(() => {
    if (!needsLater) return undefined;
    let live = true;
    const { language } = current;
    loadLater(language).then(
      (later) => {
        if (live)
          setCurrent((now) =>
            now.language === language ? { language, tables: { ...now.tables, later } } : now,
          );
      },
      (error: unknown) =>
        console.error(`jwt-debugger: cannot load the words of ${language}`, error),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- loaded once per language
  }, [current.language, needsLater]);
  const choose = (language: Language) => {
    writeSetting(LANGUAGE_KEY, language);
    loadLanguage(language).then(
      (tables) => setCurrent({ language, tables }),
      (error: unknown) => console.error(`jwt-debugger: cannot load language ${language}`, error),
    );
  };
  return [current.language, current.tables, choose];
}

/** Light, dark, or following `prefers-color-scheme`; the choice is remembered. */
export function useTheme(): [Theme, (theme: Theme) => void] {
  const [theme, setTheme] = useState<Theme>(() => {
    const stored = readSetting(THEME_KEY);
    return stored === 'light' || stored === 'dark' ? stored : 'system';
  });
  useEffect(() => {
    if (theme === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = theme;
  }, [theme]);
  return [
    theme,
    (next) => {
      writeSetting(THEME_KEY, next);
      setTheme(next);
    },
  ];
}
