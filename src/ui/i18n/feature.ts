import { format, useI18n, type Params } from '.';

/**
 * The words of a feature whose tables live in messages/ (English and Chinese side by side in
 * the feature's own chunk), in the page's language.
 */
export function useFeatureText<K extends string>(
  en: Readonly<Record<K, string>>,
  zh: Readonly<Record<K, string>>,
): (key: K, params?: Params) => string {
  const { language } = useI18n();
  const table = language === 'zh' ? zh : en;
  return (key, params) => format(table[key], params);
}
