/**
 * What the site publishes from public/, judged by bytes (src/lib/media/file-content.ts): every
 * publishable extension with a real file of that type passes; SVG, pages, code, other types and
 * files whose bytes are not what their name says are refused with a Dutch line saying what to do.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileContentProblem, PUBLISHABLE_EXTENSIONS } from '../../../src/lib/media/file-content.ts';

const REAL = join(import.meta.dirname, '../../fixtures/public-files/real');
const dir = mkdtempSync(join(tmpdir(), 'kp-file-content-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `content` (or copies the real file `klein.<real>`) as `name` and returns the verdict for /media/<name>. */
async function verdict(name: string, content: string | { real: string }) {
  const abs = join(dir, name);
  if (typeof content === 'string') writeFileSync(abs, content);
  else copyFileSync(join(REAL, `klein.${content.real}`), abs);
  const p = await fileContentProblem(abs, `/media/${name}`);
  return p && `${p.message}${p.allowed ? `  (toegestaan: ${p.allowed})` : ''}`;
}

const PAGE = '<!doctype html><title>x</title><script>alert(localStorage.length)</script>\n';
const SVG = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>\n';
/** Extensions without a real file of their own: the same bytes as a sibling. */
const SAME_BYTES: Record<string, string> = { oga: 'ogg', m4v: 'mp4', jpeg: 'jpg' };

describe('accepted: real files of every publishable type', () => {
  const extensions = PUBLISHABLE_EXTENSIONS.split(', ');

  it('the list covers audio, video, WebVTT, PDF and raster images, and every real fixture is on it', () => {
    expect(extensions).toEqual(expect.arrayContaining(['mp3', 'm4a', 'ogg', 'mp4', 'webm', 'vtt', 'pdf', 'png', 'jpg', 'gif', 'webp', 'avif']));
    for (const f of readdirSync(REAL)) expect(extensions).toContain(f.replace('klein.', ''));
  });

  it.each(extensions)('.%s', async (ext) => {
    expect(await verdict(`echt.${ext}`, { real: SAME_BYTES[ext] ?? ext })).toBeUndefined();
  });

  it('an extension in capitals, and a WebVTT file with a byte order mark', async () => {
    expect(await verdict('FOTO.PNG', { real: 'png' })).toBeUndefined();
    expect(await verdict('bom.vtt', '\uFEFFWEBVTT\n\n00:00.000 --> 00:01.000\nTekst\n')).toBeUndefined();
  });
});

describe('refused', () => {
  it('SVG, however it is written: convert it to PNG or WebP', async () => {
    expect(await verdict('grafiek.svg', SVG)).toMatchInlineSnapshot(
      `"/media/grafiek.svg is een SVG-bestand; daarin kan code staan die op de site wordt uitgevoerd, dus de site publiceert het niet: zet de afbeelding om naar PNG of WebP  (toegestaan: png, jpg, jpeg, gif, webp, avif)"`,
    );
    expect(await verdict('grafiek.SVG', { real: 'png' })).toMatch(/is een SVG-bestand/);
  });

  it.each(['html', 'htm', 'xhtml', 'xml', 'js', 'mjs'])('a page or code (.%s), even when its bytes are harmless', async (ext) => {
    expect(await verdict(`pagina.${ext}`, ext === 'xml' ? '<?xml version="1.0"?><a/>' : 'Tekst')).toBe(
      `/media/pagina.${ext} is een webpagina of code (.${ext}); zo'n bestand kan code uitvoeren op de site, dus de site publiceert het niet: zet de tekst in een pagina in content/ of maak er een PDF van  (toegestaan: ${PUBLISHABLE_EXTENSIONS})`,
    );
  });

  it('any other type, or no extension at all', async () => {
    expect(await verdict('verslag.docx', 'PK\u0003\u0004')).toMatchInlineSnapshot(
      `"een .docx-bestand publiceert de site niet (/media/verslag.docx): maak er een PDF (tekst), PNG of WebP (afbeelding), MP3 (audio) of MP4 (video) van  (toegestaan: mp3, m4a, aac, ogg, oga, opus, mp4, m4v, webm, vtt, pdf, png, jpg, jpeg, gif, webp, avif)"`,
    );
    expect(await verdict('LEESMIJ', 'Tekst')).toMatch(/^\/media\/LEESMIJ heeft geen extensie: maak er een PDF/);
  });

  it('a .png that is really a web page', async () => {
    expect(await verdict('foto.png', PAGE)).toMatchInlineSnapshot(
      `"/media/foto.png heet .png, maar is geen PNG-afbeelding: de inhoud is tekst (bijvoorbeeld een webpagina) of een onbekend soort bestand; sla het opnieuw op als PNG-afbeelding"`,
    );
  });

  it('a page behind every publishable extension', async () => {
    for (const ext of PUBLISHABLE_EXTENSIONS.split(', ')) expect(await verdict(`nep.${ext}`, PAGE), ext).toMatch(new RegExp(`^/media/nep\\.${ext} heet \\.${ext}, maar is geen `));
  });

  it('a real file of another publishable type: names the extension that fits', async () => {
    expect(await verdict('foto.png', { real: 'jpg' })).toMatchInlineSnapshot(
      `"/media/foto.png heet .png, maar is geen PNG-afbeelding: het is een JPEG-afbeelding; geef het bestand de extensie .jpg en pas de link aan (/media/foto.jpg)"`,
    );
    expect(await verdict('aflevering.mp3', { real: 'opus' })).toMatch(/het is een Opus-audio; geef het bestand de extensie \.opus/);
    expect(await verdict('video.webm', { real: 'mp4' })).toMatch(/het is een MP4-video; geef het bestand de extensie \.mp4/);
  });

  it('a real file of a type the site does not publish', async () => {
    expect(await verdict('brochure.pdf', 'PK\u0003\u0004\u0014\u0000\u0000\u0000\u0008\u0000')).toMatch(/^\/media\/brochure\.pdf heet \.pdf, maar is geen PDF-document: de inhoud is een ZIP-bestand; sla het opnieuw op als PDF-document$/);
  });

  it('a transcript that is not WebVTT says how WebVTT starts', async () => {
    expect(await verdict('transcript.vtt', PAGE)).toMatch(/geen WebVTT-tekst: .*; schrijf het als WebVTT: de eerste regel is WEBVTT/);
  });

  it('an empty file and a folder', async () => {
    expect(await verdict('leeg.mp3', '')).toBe('/media/leeg.mp3 is leeg; zet het echte bestand in public/media/leeg.mp3');
    mkdirSync(join(dir, 'map.png'));
    expect(await fileContentProblem(join(dir, 'map.png'), '/media/map.png')).toEqual({ message: '/media/map.png is een map, geen bestand; link naar een bestand in die map' });
  });
});
