import { memo } from 'react';
import { Examples, type Example } from '../components/Examples';
import { LANGUAGES, useI18n, type Language } from '../i18n';
import type { Theme } from '../lib/settings';

/**
 * The page's title and its settings: examples, language, theme. Memoised: a keystroke in a key
 * or the payload changes none of its props (the token's text only when the token changes).
 */
export const TopBar = memo(function TopBar({
  language,
  onLanguage,
  theme,
  onTheme,
  onExample,
  token,
}: {
  readonly language: Language;
  readonly onLanguage: (language: Language) => void;
  readonly theme: Theme;
  readonly onTheme: (theme: Theme) => void;
  readonly onExample: (example: Example, over: string) => void;
  /** The token on screen, for the Examples menu. */
  readonly token: string;
}) {
  const { t } = useI18n();
  return (
    <header className="topbar">
      <div className="brand">
        <h1>{t('app.title')}</h1>
        <p className="tagline">{t('app.tagline')}</p>
      </div>
      <div className="controls">
        <Examples token={token} onLoad={onExample} />
        <div className="control">
          <label htmlFor="language">{t('language.label')}</label>
          <select
            id="language"
            value={language}
            onChange={(event) => onLanguage(event.target.value as Language)}
          >
            {LANGUAGES.map(({ code, name }) => (
              <option key={code} value={code} lang={code === 'zh' ? 'zh-CN' : 'en'}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div className="control">
          <label htmlFor="theme">{t('theme.label')}</label>
          <select
            id="theme"
            value={theme}
            onChange={(event) => onTheme(event.target.value as Theme)}
          >
            {(['system', 'light', 'dark'] as const).map((value) => (
              <option key={value} value={value}>
                {t(`theme.${value}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
    </header>
  );
});
