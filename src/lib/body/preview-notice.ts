/**
 * What `astro dev` shows instead of a body the build would refuse: the checker's lines, as text,
 * so the editor sees in the preview what to change (the body itself is left out: it could run
 * code in their browser or, for MDX, on their computer). The build never shows this: it stops.
 */
import type { RootContent } from 'mdast';

const text = (value: string) => ({ type: 'text' as const, value });

export function previewNotice(lines: readonly string[]): RootContent {
  return {
    type: 'blockquote',
    children: [
      { type: 'paragraph', children: [{ type: 'strong', children: [text('Alleen in de voorbeeldweergave: deze tekst wordt niet getoond. De site wordt zo niet gebouwd; verbeter eerst:')] }] },
      {
        type: 'list',
        ordered: false,
        spread: false,
        children: lines.map((line) => ({ type: 'listItem' as const, spread: false, children: [{ type: 'paragraph' as const, children: [text(line)] }] })),
      },
      { type: 'paragraph', children: [text('npm run check geeft dezelfde meldingen.')] },
    ],
  };
}
