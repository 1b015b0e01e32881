// Test stand-in for @docusaurus/useDocusaurusContext.
export default function useDocusaurusContext() {
  return { siteConfig: { url: 'https://example.org', title: 'Scaling Wall', baseUrl: '/' }, i18n: { currentLocale: 'en' } };
}
