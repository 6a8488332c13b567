/**
 * The build's last word on public files (src/integrations/published-media.ts), on a small built
 * tree without Astro: what stays, what is dropped as unlinked, and what is refused. The real build
 * is in public-files.test.ts; this pins the order of the rules.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishPublicFiles, type PublishedFiles } from '../../../src/integrations/published-media.ts';

const REAL = join(import.meta.dirname, '../../fixtures/public-files/real');
const root = mkdtempSync(join(tmpdir(), 'kp-published-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Writes a file into public/ and, as Astro does, the same file into dist/. */
function publicFile(path: string, content: string | { real: string }) {
  for (const base of ['public', 'dist']) {
    const abs = join(root, base, path);
    mkdirSync(dirname(abs), { recursive: true });
    if (typeof content === 'string') writeFileSync(abs, content);
    else cpSync(join(REAL, `klein.${content.real}`), abs);
  }
}

describe('publishPublicFiles', () => {
  let result: PublishedFiles;

  beforeAll(async () => {
    publicFile('favicon.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>');
    publicFile('robots.txt', 'User-agent: *\n');
    publicFile('media/a.mp3', { real: 'mp3' });
    publicFile('images/b.svg', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    publicFile('images/c.png', '<!doctype html><script>alert(1)</script>');
    publicFile('downloads/d.pdf', { real: 'pdf' });
    publicFile('downloads/e.pdf', { real: 'pdf' });
    // A stray page that links e.pdf: removed first, so it cannot make e.pdf count as linked.
    publicFile('welkom.html', '<a href="/downloads/e.pdf">e</a>');
    publicFile('js/x.js', 'alert(1)');
    // A page Astro built (not from public/) linking some of the files.
    mkdirSync(join(root, 'dist/pagina'), { recursive: true });
    writeFileSync(join(root, 'dist/pagina/index.html'), '<audio src="/media/a.mp3"></audio><img src="/images/b.svg" alt="b"><img src="/images/c.png" alt="c"><a href="/downloads/d.pdf">d</a>');
    result = await publishPublicFiles(join(root, 'dist'), join(root, 'public'));
  });

  it('keeps the site files and the linked files that are what they claim', () => {
    for (const f of ['favicon.svg', 'robots.txt', 'media/a.mp3', 'downloads/d.pdf', 'pagina/index.html']) expect(existsSync(join(root, 'dist', f)), f).toBe(true);
  });

  it('refuses and removes linked files that are not, and stray files', () => {
    expect(result.refused.map((p) => `${p.file}  ${p.message.split(/[;:] /)[0]}`)).toEqual([
      'public/images/b.svg  /images/b.svg is een SVG-bestand',
      'public/images/c.png  /images/c.png heet .png, maar is geen PNG-afbeelding',
      'public/js/x.js  dit bestand hoort niet in public/',
      'public/welkom.html  dit bestand hoort niet in public/',
    ]);
    for (const f of ['images/b.svg', 'images/c.png', 'js/x.js', 'welkom.html']) expect(existsSync(join(root, 'dist', f)), f).toBe(false);
  });

  it('drops what nothing built links to, also when a stray page linked it', () => {
    expect(result.unlinked).toEqual(['/downloads/e.pdf']);
    expect(existsSync(join(root, 'dist/downloads/e.pdf'))).toBe(false);
  });
});
