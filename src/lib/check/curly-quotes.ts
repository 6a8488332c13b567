/**
 * A text pasted from Word often arrives between curly quotes (“Lezen in groep 5”). In a field they
 * are plain characters, so the site would show them. Curly quotes inside a text are fine; a value
 * that starts and ends with them was most likely meant as quoting: a warning says so in one sentence.
 */
import type { ContentCheck } from './context.ts';
import { fieldPath } from '../content/errors.ts';
import { walk } from './tree.ts';

const WRAPPED = /^\s*[“„‘‚][\s\S]*[”’]\s*$/;

export const checkCurlyQuotes: ContentCheck = (ctx) => {
  for (const entry of ctx.entries) {
    const report = (at: PropertyKey[]) =>
      ctx.warn({
        file: entry.file,
        line: entry.source.lineOf(at),
        field: fieldPath(at),
        message: `de tekst staat tussen gekrulde aanhalingstekens (uit Word) en die komen zo op de site; haal ze weg, of zet rechte aanhalingstekens "..." als er een dubbele punt in staat`,
      });
    walk(entry.source.data, [], (node, path) => {
      for (const [key, value] of Object.entries(node)) {
        // A text, or the texts of a list (outcomes, findings).
        if (typeof value === 'string' && WRAPPED.test(value)) report([...path, key]);
        if (Array.isArray(value)) value.forEach((v, i) => typeof v === 'string' && WRAPPED.test(v) && report([...path, key, i]));
      }
    });
  }
};
