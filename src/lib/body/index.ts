/** Safe bodies: one reading for the checker (src/lib/check/body.ts) and the build (build-plugin.ts, src/integrations/safe-bodies.ts). */
export { analyseBody, type BodyAnalysis, type BodyComponent, type BodyLink, type BodyNote, type BodyProblem } from './analyse.ts';
export { formatOfFile, parseBody, type BodyFormat, type BodyNode } from './parse.ts';
import { analyseBody, type BodyAnalysis, type BodyProblem } from './analyse.ts';
import { decideHtml } from './html-decide.ts';
import { parseBody, parseBodyHtml, type BodyFormat } from './parse.ts';

export type BodyReading = { error: BodyProblem; analysis?: undefined } | { error?: undefined; analysis: BodyAnalysis };

/**
 * A body as checker and build read it: the Markdown tree analysed (links, images, MDX), and the
 * HTML tree decided as a browser parses it (raw HTML, comments), its problems added to `unsafe`.
 */
export function readBody(text: string, format: BodyFormat): BodyReading {
  const parsed = parseBody(text, format);
  if (parsed.error) return { error: parsed.error };
  const analysis = analyseBody(parsed.tree);
  const html = parseBodyHtml(text, format);
  if (html) {
    const decided = decideHtml(html, text);
    const named = new Set(analysis.unsafe.map((p) => p.line));
    // One line per problem: a Markdown link the analyser refused is not named twice.
    analysis.unsafe.push(...decided.problems, ...decided.markdownProblems.filter((p) => !named.has(p.line)));
    analysis.unsafe.sort((a, b) => a.line - b.line);
  }
  return { analysis };
}

/**
 * What the build refuses: a syntax error, anything unsafe, and every other error in the body (an image
 * without alt text), each with its line. `read`: the body's reading when the caller has it already (the checker's cache).
 */
export function unsafeBodyProblems(text: string, format: BodyFormat, read: BodyReading = readBody(text, format)): BodyProblem[] {
  if (read.error) return [read.error];
  return [...read.analysis.unsafe, ...read.analysis.notes.filter((p) => p.severity === 'error')].sort((a, b) => a.line - b.line);
}
