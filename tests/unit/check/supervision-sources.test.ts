/** Supervision pages cite a source in every section: the check names the file, the line and what to write. */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/check/run.ts';
import { formatProblem } from '../../../src/lib/content/errors.ts';

const BASE = join(import.meta.dirname, '../../fixtures/base');
const NOW = new Date('2026-11-23T12:00:00Z');
const roots: string[] = [];
afterAll(() => roots.splice(0).forEach((r) => rmSync(r, { recursive: true, force: true })));

const FRONT = '---\ntitle: Toezicht op drie niveaus\nsummary: Hoe de inspectie kijkt naar het bestuur, de school en het onderwijs als geheel, in het kort.\npublishDate: 2026-01-05\n---\n';

async function linesFor(body: string): Promise<string[]> {
  const root = mkdtempSync(join(tmpdir(), 'kp-toezicht-'));
  roots.push(root);
  cpSync(BASE, root, { recursive: true });
  mkdirSync(join(root, 'content/toezicht'), { recursive: true });
  writeFileSync(join(root, 'content/toezicht/drie-niveaus.md'), FRONT + body);
  return (await checkContent({ root, now: NOW })).problems.map(formatProblem).filter((l) => l.startsWith('content/toezicht/'));
}

describe('supervision pages cite their sources', () => {
  it('accepts a page whose every section has a footnote with its source', async () => {
    expect(await linesFor('Intro met bron.[^a]\n\n## Het bestuur\n\nHet bestuur is verantwoordelijk.[^a]\n\n[^a]: Hand-out Sterk samenwerken met de inspectie, november 2025.\n')).toEqual([]);
  });

  it('names the section without a source, a footnote without its source and a source too short to find', async () => {
    const lines = await linesFor('## Het bestuur\n\nHet bestuur is verantwoordelijk.\n\n## De school\n\nElk jaar een analyse.[^a] En een steekproef.[^b]\n\n[^a]: Hand-out.\n');
    expect(lines).toEqual([
      'content/toezicht/drie-niveaus.md:6  (bron)  het deel "Het bestuur" noemt geen bron; zet achter een feit een voetnoot zoals [^1] en schrijf onderaan "[^1]: " met de bron',
      'content/toezicht/drie-niveaus.md:12  (bron)  voetnoot [^b] heeft geen bron eronder; schrijf onderaan "[^b]: " met de bron',
      'content/toezicht/drie-niveaus.md:14  (bron)  bron [^a] is te kort: noem titel, maker en datum, of zet er een link naar de openbare pagina bij',
    ]);
  });

  it('refuses a page without any source', async () => {
    expect((await linesFor('Alleen tekst, geen bron.\n')).sort()).toEqual([
      'content/toezicht/drie-niveaus.md:1  (bron)  deze toezichtpagina noemt geen enkele bron; zet achter elk feit een voetnoot zoals [^1] met de bron eronder',
      'content/toezicht/drie-niveaus.md:1  (bron)  het deel "(begin van de tekst)" noemt geen bron; zet achter een feit een voetnoot zoals [^1] en schrijf onderaan "[^1]: " met de bron',
    ]);
  });
});
