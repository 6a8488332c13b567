/**
 * Dutch by default, whatever the browser's language; an editor can still pick another language in
 * the CMS settings. Sveltia reads its preferences from this key while its module loads, so cms.ts
 * imports this module before Sveltia.
 */
const PREFS = 'sveltia-cms.prefs';
try {
  const prefs = JSON.parse(localStorage.getItem(PREFS) ?? '{}') as { locale?: string };
  if (!prefs.locale || prefs.locale === 'auto') localStorage.setItem(PREFS, JSON.stringify({ ...prefs, locale: 'nl' }));
} catch {
  // Storage blocked: the CMS follows the browser's language.
}
