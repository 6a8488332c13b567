/**
 * Synthetic but realistic content for benchmarks: every item type, cloned from the real sample
 * entries (so it passes the schemas), with new ids, dates, theme mixes and bodies built from the
 * sample's own Dutch sentences. Media files are shared with the sample (same bytes, same checks).
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { splitFrontmatter } from '../../src/lib/content/source.ts';

const MIX: [collection: string, share: number][] = [
  ['practices', 0.4],
  ['brochures', 0.2],
  ['podcasts', 0.1],
  ['webinars', 0.1],
  ['reflection-guides', 0.1],
  ['expert-schools', 0.05],
  ['investigations', 0.05],
];
const THEMES = ['basisvaardigheden', 'sociale-veiligheid', 'burgerschap', 'leskwaliteit', 'kwaliteitszorg', 'zicht-op-ontwikkeling', 'ruimte-in-regels', 'samenwerking-met-ouders'];

/** Deterministic pseudo-random numbers so every run generates the same tree. */
function rng(seed: number) {
  let s = seed;
  return () => ((s = (s * 1664525 + 1013904223) % 2 ** 32) / 2 ** 32);
}

export function generateContent(root: string, total: number, project = process.cwd()): Record<string, number> {
  const rand = rng(total);
  const src = join(project, 'content');
  const dst = join(root, 'content');
  mkdirSync(dst, { recursive: true });
  // The real sample travels along: its items are part of the count, and the links in the cloned
  // bodies (to other sample items) keep resolving, so the generated tree passes npm run check.
  // Files and folders starting with _ (sample scores) are not content: Astro ignores them, so does the bench.
  const isContent = (path: string) => !basename(path).startsWith('_');
  for (const fixed of ['frameworks', 'standards', 'themes', 'agenda', 'search-terms', 'toezicht', ...MIX.map(([c]) => c)]) cpSync(join(src, fixed), join(dst, fixed), { recursive: true, filter: isContent });
  const sentences = readdirSync(join(src, 'practices'))
    .flatMap((f) => (splitFrontmatter(readFileSync(join(src, 'practices', f), 'utf8'))?.body ?? '').split(/(?<=[.!?])\s+/))
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s.length > 30 && !/[#[\]<>{}*|>"]/.test(s) && !s.startsWith('-'));
  // A title of whole words (a word cut in half would enter the index and the compound lexicon as a word).
  const titleOf = (sentence: string) => sentence.replace(/["\\]/g, '').replace(/^(.{1,60})\s.*$/, '$1').replace(/[,.;:!?]+$/, '').trim();
  const paragraph = (n: number) => Array.from({ length: n }, () => sentences[Math.floor(rand() * sentences.length)]).join(' ');
  const counts: Record<string, number> = {};
  for (const [collection, share] of MIX) {
    const templates = readdirSync(join(src, collection)).filter(isContent).map((f) => ({ name: f, text: readFileSync(join(src, collection, f), 'utf8') }));
    const n = Math.max(0, Math.round(total * share) - templates.length);
    counts[collection] = n + templates.length;
    mkdirSync(join(dst, collection), { recursive: true });
    for (let i = 0; i < n; i++) {
      const tpl = templates[i % templates.length]!;
      const ext = tpl.name.endsWith('.mdx') ? '.mdx' : '.md';
      const { yaml: front = '', eol = '\n', body = '' } = splitFrontmatter(tpl.text) ?? {};
      const day = new Date(Date.UTC(2019, 0, 1) + Math.floor(rand() * 2500) * 86_400_000).toISOString().slice(0, 10);
      const changed = new Date(Date.parse(day) + 60 * 86_400_000).toISOString().slice(0, 10);
      const themes = [...new Set([THEMES[Math.floor(rand() * 8)]!, THEMES[Math.floor(rand() * 8)]!])];
      let fm = front
        .replace(/^title: .*$/m, `title: "${collection} ${i + 1}: ${titleOf(sentences[i % sentences.length]!)}"`)
        .replace(/^publishDate: .*$/m, `publishDate: ${day}`)
        .replace(/^updatedDate: .*$/m, '')
        .replace(/^reviewBy: .*$/m, '')
        .replace(/^draft: .*$/m, '')
        .replace(/^themes: .*$/m, `themes: [${themes.join(', ')}]`)
        .replace(/^guid: .*$/m, `guid: bench-${collection}-${i}`)
        .replace(/^uid: .*$/m, `uid: bench-${i}@kennisplatform.example`)
        .replace(/^episode: .*$/m, `episode: ${i + 1}`)
        .replace(/^season: .*$/m, 'season: 9')
        .replace(/^expertSchool: .*$/m, '')
        // The sample's change log is dated after the sample's publication: move it after the clone's.
        .replace(/^(\s+- date: )\d{4}-\d{2}-\d{2}$/gm, `$1${changed}`);
      if (collection === 'webinars') fm = fm.replace(/^start: .*$/m, `start: "${day} 15:30"`).replace(/^registrationUrl: .*$/m, '');
      // Long bodies: brochures 800-1500 words, practices 400-700; the sample's own sentences.
      const extra = collection === 'brochures' ? 60 : collection === 'practices' ? 25 : 8;
      const newBody = `${body}\n\n## Meer uit de praktijk\n\n${paragraph(extra)}\n\n${paragraph(extra)}\n`;
      writeFileSync(join(dst, collection, `bench-${String(i).padStart(5, '0')}${ext}`), `---\n${fm}\n---${eol}${newBody}`);
    }
  }
  return counts;
}
