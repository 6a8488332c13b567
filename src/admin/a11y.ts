/**
 * Two accessibility faults of Sveltia CMS 0.221, corrected on the page as the CMS draws it
 * (tests/e2e/cms-admin.test.ts runs axe-core on its screens):
 * - its app shell adds `<meta name="viewport" content="…, maximum-scale=1">`, which stops pinch-zoom
 *   on phones and tablets (WCAG 1.4.4, axe rule meta-viewport): the limit is taken out;
 * - the list of media folders has a separator line inside the listbox, which a listbox may not hold
 *   (WCAG 1.3.1, axe rule aria-required-children): the line stays, hidden from assistive technology.
 */
const NO_ZOOM = /^\s*(maximum-scale|user-scalable)\s*=/i;

function allowZoom(meta: Element) {
  const content = meta.getAttribute('content') ?? '';
  const kept = content.split(',').filter((part) => !NO_ZOOM.test(part));
  if (kept.length !== content.split(',').length) meta.setAttribute('content', kept.map((p) => p.trim()).join(', '));
}

function fix() {
  document.querySelectorAll('meta[name="viewport"]').forEach(allowZoom);
  document.querySelectorAll('[role="listbox"] [role="separator"]:not([aria-hidden="true"])').forEach((s) => s.setAttribute('aria-hidden', 'true'));
}

new MutationObserver(fix).observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['content', 'role', 'aria-hidden'] });
