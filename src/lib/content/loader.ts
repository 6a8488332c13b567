/**
 * The one way content files are found, named and read, shared by the checker, `npm run new`,
 * `npm run feedback-links`, the media scripts and the build (src/content.config.ts wraps Astro's
 * glob loader with the same patterns, ids and YAML reader). Checker and build therefore cannot
 * disagree on which files exist, what their id is, or what their fields say.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { slug } from 'github-slugger';
import { CONTENT_MODEL } from '../../schemas/registry.ts';
import type { CollectionName } from '../../schemas/reference.ts';
import { parseContentSource, unreadableSource, type ParsedSource } from './source.ts';
import { walkPlace } from './content-tree.ts';

/** A content file larger than this is not text an editor wrote (a pasted export, a binary). */
export const MAX_CONTENT_BYTES = 1_000_000;

/**
 * Astro's glob-loader id for a file path relative to its collection folder: each folder and the
 * file name (without extension) through github-slugger, a trailing /index dropped
 * (astro/dist/content/utils.js getContentEntryIdAndSlug). We never honour a `slug` field: the
 * schemas reject it, so the file name is the only source of an id.
 */
export function entryId(relPath: string): string {
  // Astro turns the path into a URL first (new URL("../" + encodeURI(entry), base)), so "?" and "#"
  // in a file name cut it short there; doing the same keeps the ids equal.
  const base = new URL('file:///kp/');
  const asUrl = new URL(`./${encodeURI(relPath)}`, base);
  const rel = decodeURIComponent(asUrl.pathname).slice(base.pathname.length);
  const ext = extname(rel);
  const withoutExt = ext ? rel.slice(0, -ext.length) : rel;
  return withoutExt
    .split('/')
    .map((segment) => slug(segment))
    .join('/')
    .replace(/\/index$/, '');
}

/** Files and folders whose name starts with `_` are notes or examples, never entries. */
export function isIgnored(relPath: string): boolean {
  return relPath.split('/').some((part) => part.startsWith('_'));
}

/**
 * Files of a collection, relative to its folder, sorted: what the content tree rule accepts
 * (src/lib/content/content-tree.ts; ignored, symlinked and misplaced files left out; the checker reports those).
 */
export function collectionFiles(contentDir: string, collection: CollectionName): string[] {
  return walkPlace(contentDir, collection, contentDir).files.get(collection) ?? [];
}

export interface SourceFile {
  collection: CollectionName;
  id: string;
  /** Relative to the project root, with forward slashes: content/practices/x.md. */
  file: string;
  text: string;
  source: ParsedSource;
}

export function isYamlPath(path: string): boolean {
  return /\.ya?ml$/i.test(path);
}

/**
 * Reads and parses one file. Never throws for what is in the file: problems come back as syntaxErrors.
 * `parse`: how the text is parsed (the checker keeps parses in a cache, src/lib/check/per-file.ts).
 */
export function readSource(absPath: string, parse: (text: string) => ParsedSource = (text) => sourceOfText(absPath, text)): { text: string; source: ParsedSource } {
  const size = statSync(absPath).size;
  if (size > MAX_CONTENT_BYTES) {
    const message = `dit bestand is ${Math.round(size / 1000)} kB; een inhoudsbestand is hooguit ${MAX_CONTENT_BYTES / 1000} kB. Zet grote bestanden in public/media/`;
    return { text: '', source: unreadableSource('', [{ line: 1, message }]) };
  }
  const text = readFileSync(absPath, 'utf8');
  return { text, source: parse(text) };
}

/** Parses a file's text (read by readSource, or by a caller that keeps a cache). Never throws. */
export function sourceOfText(absPath: string, text: string): ParsedSource {
  try {
    return parseContentSource(text, isYamlPath(absPath));
  } catch {
    // The yaml library gives up on some pathological inputs (very deep nesting); say so, do not crash.
    return unreadableSource('', [{ line: 1, message: 'dit bestand is niet te lezen als YAML; vergelijk het met een ander bestand van dezelfde soort' }]);
  }
}

/** How a file is read: its absolute path and its name relative to the root. */
export type ReadFile = (abs: string, file: string) => { text: string; source: ParsedSource };

/** Every file of a collection, read and parsed, in file order; `files` when the caller walked the tree already. */
export function loadCollectionSources(root: string, collection: CollectionName, contentDir = join(root, 'content'), files = collectionFiles(contentDir, collection), read: ReadFile = (abs) => readSource(abs)): SourceFile[] {
  const base = join(contentDir, CONTENT_MODEL[collection].folder);
  return files.map((rel) => {
    const abs = join(base, rel);
    const file = relative(root, abs).split('\\').join('/');
    return { collection, id: entryId(rel), file, ...read(abs, file) };
  });
}

/** The content folder the build reads: KP_CONTENT_DIR (benchmarks, fixtures) or ./content. */
export function contentDirFromEnv(): string {
  return process.env.KP_CONTENT_DIR ?? './content';
}

/** "Today" for the build's pages and its checker, and for `npm run check`: KP_NOW (ISO) in tests and benchmarks, so all three agree. */
export function nowFromEnv(): Date {
  return process.env.KP_NOW ? new Date(process.env.KP_NOW) : new Date();
}
