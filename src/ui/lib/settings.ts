import { useEffect, useState } from 'react';
import { initialLanguage, type Language } from '../i18n';

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

/** The language: the stored choice, else the browser's; the user's choice is remembered. */
export function useLanguage(): [Language, (language: Language) => void] {
  const [language, setLanguage] = useState<Language>(() =>
    initialLanguage(readSetting(LANGUAGE_KEY), navigator.languages ?? [navigator.language]),
  );
  useEffect(() => {
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
  }, [language]);
  return [
    language,
    (next) => {
      writeSetting(LANGUAGE_KEY, next);
      setLanguage(next);
    },
  ];
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
