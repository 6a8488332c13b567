/**
 * The checker's cache (src/lib/site/file-cache.ts: each file's parse, schema verdict and body
 * reading) never changes a verdict: `npm run check` prints the same lines and exits alike with a
 * cold cache, a warm one, a cache of other code, a damaged one, and after a file or a media file it
 * links to changed. (tests/unit/check/one-verdict.test.ts compares a cold run with warm ones on every
 * broken fixture: its `--github` run and the build read the cache the first run wrote.)
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize } from 'node:v8';
import { afterAll, describe, expect, it } from 'vitest';
import { CACHE_FILE, readCacheFile, writeCacheFile } from '../../../src/lib/site/file-cache.ts';
import { checkWithCache, FIXTURES, fixtureTree, PROJECT, problemLines, summaryOf, type Run } from '../commands.ts';

const roots: string[] = [];
afterAll(() => roots.splice(0).forEach((r) => rmSync(r, { recursive: true, force: true })));

/** What a user sees: exit code, problem lines and the summary without its duration. */
const verdict = (r: Run) => ({ status: r.status, lines: problemLines(r.output), summary: summaryOf(r.output) });
const freshCache = () => {
  const dir = mkdtempSync(join(tmpdir(), 'kp-check-cache-'));
  roots.push(dir);
  return dir;
};
/** The verdict of a run without any cache from before. */
const cold = async (root: string) => verdict(await checkWithCache(root, freshCache()));

describe('npm run check with its cache', () => {
  it('the sample content: the same verdict cold and warm, and a warm run with nothing changed writes nothing', async () => {
    const cache = freshCache();
    const first = verdict(await checkWithCache(PROJECT, cache));
    const file = join(cache, CACHE_FILE);
    const written = { mtime: statSync(file).mtimeMs, bytes: readFileSync(file) };
    expect(readCacheFile(file)!.files.size).toBeGreaterThan(100);
    const second = verdict(await checkWithCache(PROJECT, cache));
    expect(second).toEqual(first);
    expect(first.status).toBe(0);
    // Every slot came from the cache: nothing was worked out, so nothing was written.
    expect(statSync(file).mtimeMs).toBe(written.mtime);
    expect(readFileSync(file).equals(written.bytes)).toBe(true);
  }, 60_000);

  it('ignores a cache of other code, even one whose results would change the verdict', async () => {
    const root = fixtureTree(roots, 'broken/missing-field');
    const cache = freshCache();
    const expected = verdict(await checkWithCache(root, cache));
    expect(expected.lines.join('\n')).toContain('verplicht veld ontbreekt');
    const file = join(cache, CACHE_FILE);
    const stored = readCacheFile(file)!;
    // Another version of the checker that found every file valid: each file gets a valid file's schema verdict.
    const valid = [...stored.files.values()].find((f) => f.slots.schema && !('problems' in (deserialize(f.slots.schema) as object)))!;
    for (const f of stored.files.values()) f.slots.schema = valid.slots.schema!;
    writeCacheFile(file, { ...stored, code: 'andere-code' });
    expect(verdict(await checkWithCache(root, cache))).toEqual(expected);
    // Rewritten for this code.
    expect(readCacheFile(file)!.code).not.toBe('andere-code');
  }, 60_000);

  it.each([
    ['cut off halfway', (b: Buffer) => b.subarray(0, b.length >> 1)],
    ['one byte changed', (b: Buffer) => Buffer.from(b.map((x, i) => (i === b.length >> 1 ? x ^ 0xff : x)))],
    ['not a cache at all', () => Buffer.from('geen cache')],
    ['empty', () => Buffer.alloc(0)],
  ])('a damaged cache file (%s) is ignored and written anew', async (_, damage) => {
    const root = fixtureTree(roots, 'broken/yaml-syntax');
    const cache = freshCache();
    const expected = verdict(await checkWithCache(root, cache));
    const file = join(cache, CACHE_FILE);
    writeFileSync(file, damage(readFileSync(file)));
    expect(verdict(await checkWithCache(root, cache))).toEqual(expected);
    expect(readCacheFile(file)).toBeDefined();
  }, 60_000);

  it('an edited file is checked again', async () => {
    const root = fixtureTree(roots);
    const cache = freshCache();
    expect(verdict(await checkWithCache(root, cache)).status).toBe(0);
    const practice = join(root, 'content/practices/lezen-in-groep-5.md');
    writeFileSync(practice, readFileSync(practice, 'utf8').replace(/^publishDate: .*$/m, 'publishDate: 2025-02-30').replace('Testtekst.\n', 'Testtekst met <script>alert(1)</script>.\n'));
    const warm = verdict(await checkWithCache(root, cache));
    expect(warm.status).toBe(1);
    expect(warm.lines.join('\n')).toContain('publishDate');
    expect(warm.lines.join('\n')).toContain('(tekst)');
    expect(warm).toEqual(await cold(root));
  }, 60_000);

  it('a media file a content file names is checked again when it appears or goes, the content file unchanged', async () => {
    const root = fixtureTree(roots, 'broken/missing-media-file');
    const cache = freshCache();
    const missing = verdict(await checkWithCache(root, cache));
    expect(missing.lines.join('\n')).toContain('aflevering-1.mp3 bestaat niet');
    const audio = join(root, 'public/media/podcasts/aflevering-1.mp3');
    copyFileSync(join(FIXTURES, 'broken/audio-size-mismatch/public/media/podcasts/aflevering-1.mp3'), audio);
    const present = verdict(await checkWithCache(root, cache));
    expect(present.lines.join('\n')).not.toContain('bestaat niet');
    expect(present).toEqual(await cold(root));
    rmSync(audio);
    expect(verdict(await checkWithCache(root, cache))).toEqual(missing);
  }, 60_000);
});
