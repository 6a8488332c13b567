/** Safe bodies: one parser and one analyser for the checker (src/lib/check/body.ts) and the build (build-plugin.ts). */
export { analyseBody, type BodyAnalysis, type BodyComponent, type BodyLink, type BodyNote, type BodyProblem } from './analyse.ts';
export { formatOfFile, parseBody, type BodyFormat, type BodyNode } from './parse.ts';
import { analyseBody, type BodyProblem } from './analyse.ts';
import { parseBody, type BodyFormat } from './parse.ts';

/** What the build refuses: a syntax error or anything unsafe, each with its line. */
export function unsafeBodyProblems(text: string, format: BodyFormat): BodyProblem[] {
  const parsed = parseBody(text, format);
  if (parsed.error) return [parsed.error];
  return analyseBody(parsed.tree, format).unsafe;
}
