/**
 * Sveltia's app shell adds `<meta name="viewport" content="…, maximum-scale=1">`, which stops
 * pinch-zoom on phones and tablets (WCAG 1.4.4, axe rule meta-viewport). Whatever it adds, the page
 * keeps zoom: the limit is taken out of every viewport element as soon as it appears.
 */
const NO_ZOOM = /^\s*(maximum-scale|user-scalable)\s*=/i;

function allowZoom(meta: Element) {
  const content = meta.getAttribute('content') ?? '';
  const kept = content.split(',').filter((part) => !NO_ZOOM.test(part));
  if (kept.length !== content.split(',').length) meta.setAttribute('content', kept.map((p) => p.trim()).join(', '));
}

new MutationObserver(() => document.querySelectorAll('meta[name="viewport"]').forEach(allowZoom)).observe(document.head, {
  childList: true,
  subtree: true,
  attributes: true,
  attributeFilter: ['content'],
});
