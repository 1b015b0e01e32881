import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type { Locale } from '../data/types';

/** The locale being rendered, typed. */
export function useCurrentLocale(): Locale {
  const { i18n } = useDocusaurusContext();
  return i18n.currentLocale === 'zh-Hans' ? 'zh-Hans' : 'en';
}
