/**
 * The build's own guard (astro.config.mjs, for .md and .mdx alike): every body goes through the
 * reading the checker uses (src/lib/body/index.ts), before anything is compiled or run. Anything
 * unsafe stops the build with the checker's Dutch sentence, file and line, so unsafe HTML is never
 * written and MDX code never runs on the build machine, even when `npm run check` was skipped.
 * `safeHtml` then writes the HTML tree as a browser parses it, with only what the allow-lists keep.
 */
import { fileURLToPath } from 'node:url';
import { dirname, relative, resolve } from 'node:path';
import type { Root } from 'hast';
import type { HastPluginDefinition, HastPluginEntry, MdastPluginEntry, PluginFactoryContext } from 'satteri';
import { formatProblem } from '../content/errors.ts';
import { contentDirFromEnv } from '../content/loader.ts';
import type { BodyProblem } from './analyse.ts';
import { decorativeImages } from './decorative.ts';
import { phoneLinks } from './phone-links.ts';
import { decideHtml } from './html-decide.ts';
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

type Located = Pick<PluginFactoryContext, 'fileURL' | 'source'>;

/** The checker's lines (`file:line  (tekst)  message`) for problems found while compiling one file. */
function problemLines(ctx: Located, problems: readonly BodyProblem[], readFile: (file: string) => string | undefined): string[] {
  const path = ctx.fileURL ? fileURLToPath(ctx.fileURL) : undefined;
  const offset = frontmatterLines(path, ctx.source, readFile);
  const name = path ? contentFileName(path) : '(tekst)';
  return problems.map((p) => formatProblem({ file: name, line: p.line + offset, field: '(tekst)', message: p.message, allowed: p.allowed, severity: 'error' }));
}

/** `preview`: true under `astro dev`, where the page shows the problems instead of the body (preview-notice.ts); the build stops. */
export function safeBodies(readFile: (file: string) => string | undefined, preview: () => boolean = () => false): MdastPluginEntry {
  return (ctx: PluginFactoryContext) => {
    const problems = unsafeBodyProblems(ctx.source, ctx.sourceFormat === 'mdx' ? 'mdx' : 'markdown');
    if (problems.length === 0) return null;
    const lines = problemLines(ctx, problems, readFile);
    // Throwing in `astro dev` would make Astro's loader log it and show the page without its body.
    if (preview()) return { name: 'kennisplatform-preview-problems', before: (root, v) => v.replaceNode(root, { type: 'root', children: [previewNotice(lines)] }) };
    throw new UnsafeBodyError(lines);
  };
}

/**
 * The HTML the processor writes when a body has raw HTML: parsed as a browser would, comments left
 * out, and decided once more by the checker's rules (src/lib/body/html-decide.ts). After safeBodies
 * nothing should be found here; if something is, the build stops rather than write it. A body
 * without raw HTML is Sätteri's own serialised output, already decided by safeBodies on the same
 * tree, so its tree is not read again here (that would cost milliseconds per page).
 */
export function safeHtml(readFile: (file: string) => string | undefined): HastPluginEntry {
  return () => {
    let hasRaw = false;
    return {
      name: 'kennisplatform-safe-html',
      options: { position: true },
      raw() {
        hasRaw = true;
      },
      after(root, ctx) {
        if (!hasRaw) return;
        const decided = decideHtml(root as Root, ctx.source);
        const problems = [...decided.problems, ...decided.markdownProblems];
        if (problems.length) throw new UnsafeBodyError(problemLines(ctx, problems, readFile));
        if (decided.changed) ctx.replaceNode(root, decided.tree as never);
      },
    } satisfies HastPluginDefinition;
  };
}

/** What the build writes differently from what an editor typed, on the decided tree: decorative images, phone numbers as `tel:` links. */
export const presentationHastPlugins: HastPluginEntry[] = [decorativeImages, phoneLinks];

/** Every hast plugin of a body, in order, for astro.config.mjs and the tests that render as the build does. */
export const bodyHastPlugins = (readFile: (file: string) => string | undefined): HastPluginEntry[] => [safeHtml(readFile), ...presentationHastPlugins];
