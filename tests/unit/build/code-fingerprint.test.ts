/** The CI build cache is reused only for the same code: content edits keep the fingerprint, code edits change it. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { codeFingerprint } from '../../../src/lib/site/code-fingerprint.ts';

const root = mkdtempSync(join(tmpdir(), 'kp-vingerafdruk-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const write = (path: string, text: string) => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
};

describe('codeFingerprint', () => {
  write('package-lock.json', '{"lockfileVersion":3}');
  write('astro.config.mjs', 'export default {};');
  write('src/pages/index.astro', '<h1>Kennisplatform</h1>');
  write('content/practices/a.md', '---\ntitle: A\n---');
  const first = codeFingerprint(root, 'v24.0.0');

  it('stays the same when only content or media change', () => {
    write('content/practices/a.md', '---\ntitle: B\n---');
    write('content/practices/new.md', '---\ntitle: C\n---');
    write('public/media/x.vtt', 'WEBVTT');
    expect(codeFingerprint(root, 'v24.0.0')).toBe(first);
  });

  it('changes with any source file, the lockfile, the config or the Node version', () => {
    expect(codeFingerprint(root, 'v24.1.0')).not.toBe(first);
    write('src/pages/index.astro', '<h1>Kennisplatform!</h1>');
    const afterSrc = codeFingerprint(root, 'v24.0.0');
    expect(afterSrc).not.toBe(first);
    write('src/lib/new.ts', 'export {};');
    expect(codeFingerprint(root, 'v24.0.0')).not.toBe(afterSrc);
    const beforeLock = codeFingerprint(root, 'v24.0.0');
    write('package-lock.json', '{"lockfileVersion":3,"x":1}');
    expect(codeFingerprint(root, 'v24.0.0')).not.toBe(beforeLock);
  });
});
