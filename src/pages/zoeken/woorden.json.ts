import { allItems, standards, themes } from '../../data/content.ts';
import { vocabulary } from '../../lib/search/spelling.ts';

/** The site's vocabulary for typo correction on the search page (loaded only when a query finds nothing). */
export async function GET() {
  const texts = [
    ...(await allItems()).flatMap((i) => [i.title, i.summary]),
    ...(await themes()).flatMap((t) => [t.data.title, t.data.summary]),
    ...(await standards()).map((s) => `${s.data.name} ${s.data.summary}`),
  ];
  return new Response(JSON.stringify(vocabulary(texts)), { headers: { 'Content-Type': 'application/json' } });
}
