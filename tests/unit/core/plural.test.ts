/**
 * Count words: one rule (pluralForm), one helper for UI strings (plural), and nl.json held to it:
 * no "stap(pen)", no count noun after a number outside a `.one` / `.other` pair.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import nl from '../../../src/i18n/nl.json' with { type: 'json' };
import { pluralForm } from '../../../src/core/format.ts';
import { durationInWords } from '../../../src/core/duration.ts';
import { plural } from '../../../src/i18n/t.ts';
import { learnersInWords } from '../../../src/lib/catalog/school-line.ts';
import { countNouns, PSEUDO_PLURAL } from '../../count-words.ts';

const strings = nl as Record<string, string>;
const ROOT = join(import.meta.dirname, '../../..');

/** The text of every string and template literal in a TypeScript file, read with TypeScript's own parser. */
function stringLiterals(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const texts: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) texts.push(node.text);
    node.forEachChild(visit);
  };
  visit(source);
  return texts;
}

const codeFiles = (dir: string): string[] =>
  readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts'))
    .map((f) => join(ROOT, dir, f));

describe('pluralForm', () => {
  it('is singular for exactly one, plural for zero, many and fractions', () => {
    expect(pluralForm(1)).toBe('one');
    for (const n of [0, 2, 3, 10, 1000, 1.5, 0.5]) expect(pluralForm(n), String(n)).toBe('other');
  });

  it('gives durations in words with one minute singular', () => {
    expect(durationInWords(60)).toBe('1 minuut');
    expect(durationInWords(120)).toBe('2 minuten');
    expect(durationInWords(3660)).toBe('1 uur en 1 minuut');
  });
});

describe('plural()', () => {
  it('fills the form that fits the count', () => {
    expect(plural('selfEval.team.differ', 1)).toBe('Verschillend: 1 stap uit elkaar');
    expect(plural('selfEval.team.differ', 3)).toBe('Verschillend: 3 stappen uit elkaar');
    expect(plural('filter.count', 1)).toBe('1 resultaat');
    expect(plural('filter.count', 0)).toBe('0 resultaten');
    expect(plural('selfEval.progress', 1, { answered: 0 })).toBe('0 van 1 vraag beantwoord');
    expect(plural('selfEval.progress', 12, { answered: 2 })).toBe('2 van 12 vragen beantwoord');
  });

  it('lets a formatted number stand in for the count without changing the form', () => {
    expect(learnersInWords('vo', 1080)).toBe('1.080 leerlingen');
    expect(learnersInWords('mbo', 1)).toBe('1 student');
    expect(learnersInWords('vve', 48)).toBe('48 kinderen');
  });

  it('finds both forms for every counted key in nl.json', () => {
    const bases = (form: string) => new Set(Object.keys(strings).filter((k) => k.endsWith(`.${form}`)).map((k) => k.slice(0, -form.length - 1)));
    expect([...bases('one')].filter((b) => !bases('other').has(b))).toEqual([]);
    expect([...bases('other')].filter((b) => !bases('one').has(b))).toEqual([]);
  });
});

describe('nl.json counts', () => {
  it('has no "(en)", "(s)" or "(pen)" shortcut plurals', () => {
    expect(Object.entries(strings).filter(([, v]) => PSEUDO_PLURAL.test(v))).toEqual([]);
  });

  it('nor do the messages written in code (build log, scripts)', () => {
    const files = [...codeFiles('src'), ...codeFiles('scripts')];
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((f) => stringLiterals(f).filter((text) => PSEUDO_PLURAL.test(text)).map((text) => `${f.slice(ROOT.length + 1)}: ${text}`));
    expect(found).toEqual([]);
  });

  it('puts every count noun of a plural pair after a number only inside a pair', () => {
    const nouns = countNouns();
    expect(nouns).toContain('voorbeelden');
    expect(nouns).toContain('stappen');
    // A placeholder, at most one word (an adjective such as "goede") and a counted noun. A band
    // ("200 tot 500 leerlingen") is a range, never one.
    const counted = (v: string) => [...v.matchAll(/\{(\w+)\} (?:\p{L}+ )?([\p{L}']+)/gu)].some((m) => m[1] !== 'band' && nouns.has(m[2]!));
    const loose = Object.entries(strings).filter(([k, v]) => !/\.(one|other)$/.test(k) && counted(v));
    expect(loose, 'gebruik plural() met een .one- en .other-sleutel').toEqual([]);
  });
});
