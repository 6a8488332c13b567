/**
 * The build's own guard (astro.config.mjs, for .md and .mdx alike): every body goes through the
 * analyser the checker uses, before anything is compiled or run. Anything unsafe stops the build
 * with the checker's Dutch sentence, file and line, so unsafe HTML is never written and MDX code
 * never runs on the build machine, even when `npm run check` was skipped.
 */
import { fileURLToPath } from 'node:url';
import { dirname, relative, resolve } from 'node:path';
import type { HastPluginDefinition, MdastPluginEntry, PluginFactoryContext } from 'satteri';
import { formatProblem } from '../content/errors.ts';
import { contentDirFromEnv } from '../content/loader.ts';
import { unsafeHtml } from './html-guard.ts';
import { unsafeBodyProblems } from './index.ts';
import { previewNotice } from './preview-notice.ts';

export class UnsafeBodyError extends Error {
  constructor(lines: string[]) {
    super(`Onveilige inhoud; de site wordt niet gebouwd:\n${lines.join('\n')}\nZie npm run check voor alle meldingen.`);
    this.name = 'UnsafeBodyError';
  }
}

/** content/practices/x.md: named from the folder that holds content/, as npm run check names it. */
function contentFileName(path: string): string {
  return relative(dirname(resolve(contentDirFromEnv())), path).split('\\').join('/');
}

/** Lines before the body when the build hands over the body without its frontmatter. */
function frontmatterLines(file: string | undefined, source: string, readFile: (f: string) => string | undefined): number {
  if (!file || source.startsWith('---')) return 0;
  const full = readFile(file);
  if (!full) return 0;
  const at = full.indexOf(source);
  return at > 0 ? full.slice(0, at).split('\n').length - 1 : 0;
}

/** `preview`: true under `astro dev`, where the page shows the problems instead of the body (preview-notice.ts); the build stops. */
export function safeBodies(readFile: (file: string) => string | undefined, preview: () => boolean = () => false): MdastPluginEntry {
  return (ctx: PluginFactoryContext) => {
    const problems = unsafeBodyProblems(ctx.source, ctx.sourceFormat === 'mdx' ? 'mdx' : 'markdown');
    if (problems.length === 0) return null;
    const path = ctx.fileURL ? fileURLToPath(ctx.fileURL) : undefined;
    const offset = frontmatterLines(path, ctx.source, readFile);
    const name = path ? contentFileName(path) : '(tekst)';
    const lines = problems.map((p) => formatProblem({ file: name, line: p.line + offset, field: '(tekst)', message: p.message, allowed: p.allowed, severity: 'error' }));
    // Throwing in `astro dev` would make Astro's loader log it and show the page without its body.
    if (preview()) return { name: 'kennisplatform-preview-problems', before: (root, v) => v.replaceNode(root, { type: 'root', children: [previewNotice(lines)] }) };
    throw new UnsafeBodyError(lines);
  };
}

/** The HTML the processor writes, checked once more before it is written (see html-guard.ts). */
export const safeHtml: HastPluginDefinition = {
  name: 'kennisplatform-safe-html',
  after(root, ctx) {
    const found = unsafeHtml(root as never);
    if (found.length === 0) return;
    const file = ctx.fileURL ? relative(process.cwd(), fileURLToPath(ctx.fileURL)) : '(tekst)';
    throw new UnsafeBodyError([`${file}  (tekst)  onveilige HTML in de uitvoer: ${found.join(', ')}`]);
  },
};
