/**
 * The school's code lives in the URL fragment, so an in-page link such as the skip link
 * (href="#inhoud") would replace it: the address bar would lose the code and a reload or a copied
 * link would show nothing. While the report is open, in-page links move focus and scroll without
 * touching the address. Returns a function that undoes this.
 */
export function keepInPageAnchors(): () => void {
  const onClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element | null)?.closest?.('a[href^="#"]');
    const id = link?.getAttribute('href')?.slice(1);
    if (!id || /^v\d+\./.test(id)) return;
    const target = document.getElementById(decodeURIComponent(id));
    if (!target) return;
    event.preventDefault();
    if (!target.hasAttribute('tabindex') && !/^(A|BUTTON|INPUT|SELECT|TEXTAREA)$/.test(target.tagName)) target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'start' });
  };
  document.addEventListener('click', onClick);
  return () => document.removeEventListener('click', onClick);
}
