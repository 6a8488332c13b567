/**
 * The visit kit's print button (the kit pages' only script): it shows the button, which opens the
 * browser's print dialog, and puts today's date on the printout. Without JavaScript the button
 * stays hidden and the page links to how to print; the kit's version date is printed either way.
 */
import { formatDate, isoDate } from '../../core/format.ts';

const today = new Date();
for (const time of document.querySelectorAll<HTMLTimeElement>('[data-kp-printed-on] time')) {
  time.dateTime = isoDate(today);
  time.textContent = formatDate(today);
  time.closest<HTMLElement>('[data-kp-printed-on]')!.hidden = false;
}
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-kp-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
