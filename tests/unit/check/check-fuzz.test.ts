/**
 * Fuzz: a few thousand mutated content files through the checker. Whatever an editor (or an
 * attacker) saves, the checker must not throw, and every problem must name a file and a line and
 * be Dutch (no library English, no "undefined" or "[object Object]").
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/check/run.ts';

const BASE = join(import.meta.dirname, '../../fixtures/base');
const root = mkdtempSync(join(tmpdir(), 'kp-fuzz-'));
cpSync(BASE, root, { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

const FILES = ['content/practices/lezen-in-groep-5.md', 'content/frameworks/2021.yaml', 'content/standards/2021/op0.yaml', 'content/themes/basisvaardigheden.md'];
const NOW = new Date('2026-11-23T12:00:00Z');

/** Fragments editors and attackers type: YAML syntax, odd values, impossible dates, dangerous URLs. */
const NASTY = [
  '', ' ', '\t', '\n', '---', '...', ':', ': ', '- ', '#', '"', "'", '[', ']', '{', '}', '|', '>', '&a ', '*a', '<<: *a',
  '!!binary aGVsbG8=', '!!js/function "x"', '!!python/object:os.system', '~', 'null', 'true', 'ja', '1e400', '-0', 'NaN', '.inf',
  '2026-02-30', '2026-13-05', '36,2', '0x1F', 'javascript:alert(1)', 'data:text/html,x', 'http://voorbeeld.nl', '../../etc/passwd',
  '/media/../../x.pdf', '\uFEFF', '\u0000', '\u202E', '😀', '&#x110000;', 'a'.repeat(5000), '__proto__: {}', 'constructor: x',
  'draft: true', 'darft: true', 'themes: [bestaat-niet]', 'standards: 2021/op0', 'publishDate:', 'title:', '<script>x</script>',
];

type Mutation = { kind: 'delete' | 'duplicate' | 'insert' | 'replaceValue' | 'truncate'; at: number; text: string };

function mutate(text: string, mutations: Mutation[]): string {
  let lines = text.split('\n');
  for (const m of mutations) {
    const i = lines.length ? m.at % lines.length : 0;
    if (m.kind === 'delete') lines.splice(i, 1);
    if (m.kind === 'duplicate') lines.splice(i, 0, lines[i] ?? '');
    if (m.kind === 'insert') lines.splice(i, 0, m.text);
    if (m.kind === 'replaceValue') lines[i] = (lines[i] ?? '').replace(/:\s.*$/, `: ${m.text}`);
    if (m.kind === 'truncate') lines = lines.join('\n').slice(0, m.at % (text.length + 1)).split('\n');
  }
  return lines.join('\n');
}

const mutation = fc.record({
  kind: fc.constantFrom<Mutation['kind']>('delete', 'duplicate', 'insert', 'replaceValue', 'truncate'),
  at: fc.nat({ max: 10_000 }),
  text: fc.oneof(fc.constantFrom(...NASTY), fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 })),
});

describe('checker fuzz', () => {
  it.each(FILES)('%s: 500 mutated versions never crash the checker, every problem names file and line in Dutch', async (file) => {
    const original = readFileSync(join(BASE, file), 'utf8');
    try {
      await fc.assert(
        fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (mutations) => {
          writeFileSync(join(root, file), mutate(original, mutations));
          const { problems } = await checkContent({ root, now: NOW });
          for (const p of problems) {
            expect(p.file).toMatch(/^(content|public)\//);
            expect(Number.isInteger(p.line) && p.line >= 1, `${p.file}:${p.line}`).toBe(true);
            expect(p.message.trim().length).toBeGreaterThan(0);
            // A check that threw is caught and reported; the fuzz must not find any.
            expect(p.message).not.toContain('kon niet helemaal gecontroleerd');
            expect(`${p.field} ${p.message} ${p.allowed ?? ''}`).not.toMatch(/Invalid input|Expected|Unrecognized|received|\bundefined\b|\[object Object\]|(?<!")\bNaN\b(?!")/);
            // English from a library (the value the editor wrote, in quotes, may say anything).
            expect(p.message.replace(/"[^"]*"/g, '')).not.toMatch(/\b(the|must|should|cannot|Implicit|Nested|Unresolved|Unexpected|Missing|Map keys)\b/);
          }
        }),
        { numRuns: 500, seed: 1414 },
      );
    } finally {
      writeFileSync(join(root, file), original);
    }
  }, 180_000);
});
