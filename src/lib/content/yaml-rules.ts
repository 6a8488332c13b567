/**
 * What the content reader (source.ts) refuses although the yaml library would read it, so that no
 * file means one thing to `npm run check` and another to the build:
 * - tags (`!include`, `!!js/function`, `!!binary`, any explicit `!tag`): other YAML readers run
 *   them, fail on them or turn them into objects; an editor never needs one;
 * - directives (`%YAML 1.1` changes what `yes` and `1:20` mean, `%TAG` defines tags);
 * - anything the library only warns about (it reads it, another reader may not), control
 *   characters and very deep nesting (js-yaml refuses both);
 * (A frontmatter line starting with `---` or `+++`, where Astro's own splitter would end the
 * frontmatter, is already a syntax error for the yaml library: both splitters then agree.)
 */
import { isMap, isNode, isPair, isScalar, isSeq, visit, type Document, type LineCounter } from 'yaml';
import { fieldPath } from './errors.ts';

export interface YamlRuleProblem {
  /** Line within the YAML text (1-based). */
  line: number;
  /** The field it is in (school.sector, outcomes[1]), when there is one. */
  field?: string;
  message: string;
}

/** school.sector, outcomes[1]: the field a node sits in, from its ancestors. */
function fieldOf(path: readonly unknown[], node: unknown): string | undefined {
  const keys: PropertyKey[] = [];
  [...path, node].forEach((step, i, all) => {
    const next = all[i + 1];
    if (isPair(step) && next === step.value) keys.push(String(isScalar(step.key) ? step.key.value : step.key));
    if (isSeq(step) && next !== undefined) keys.push(step.items.indexOf(next as never));
  });
  return keys.length ? fieldPath(keys) : undefined;
}

/** Deeper than this is no editor's data; js-yaml (the MDX integration's reader) stops at 100. */
export const MAX_YAML_DEPTH = 20;
/** Characters YAML does not allow in a file (the spec's non-printable set, as js-yaml tests it); pasted text can carry them. */
const NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;

const shownTag = (tag: string) => tag.replace(/^tag:yaml\.org,2002:/, '!!');

export function yamlRuleProblems(doc: Document, yamlText: string, counter: LineCounter): YamlRuleProblem[] {
  const problems: YamlRuleProblem[] = [];
  const lineAt = (pos: number | undefined) => (pos === undefined ? 1 : counter.linePos(pos).line);
  let tooDeep = false;
  visit(doc, {
    Node(_key, node, path) {
      if (!tooDeep && path.filter((p) => isMap(p) || isSeq(p)).length >= MAX_YAML_DEPTH) {
        tooDeep = true;
        problems.push({ line: lineAt(node.range?.[0]), message: `de velden zijn hier meer dan ${MAX_YAML_DEPTH} lagen diep genest; schrijf ze eenvoudiger` });
      }
      if (isNode(node) && node.tag) {
        const tag = shownTag(node.tag);
        problems.push({ line: lineAt(node.range?.[0]), field: fieldOf(path, node), message: `YAML-tags zoals ${tag} worden niet gelezen: haal ${tag} weg en schrijf de waarde zelf uit (begint de tekst met !, zet hem dan tussen aanhalingstekens)` });
      }
    },
  });
  const custom = Object.keys(doc.directives?.tags ?? {}).some((handle) => handle !== '!!');
  if (doc.directives?.yaml.explicit || custom || doc.warnings.some((w) => w.code === 'BAD_DIRECTIVE')) {
    const at = yamlText.split(/\r?\n/).findIndex((l) => l.startsWith('%'));
    problems.push({ line: at + 1 || 1, message: 'regels die met % beginnen (%YAML, %TAG) zijn niet toegestaan; haal de regel weg' });
  }
  for (const w of doc.warnings) {
    if (w.code === 'BAD_DIRECTIVE' || w.code === 'TAG_RESOLVE_FAILED') continue;
    problems.push({ line: lineAt(w.pos[0]), message: 'deze regel is geen gewone YAML; schrijf de waarde eenvoudiger of zet de tekst tussen aanhalingstekens' });
  }
  yamlText.split('\n').forEach((l, i) => {
    if (NON_PRINTABLE.test(l)) problems.push({ line: i + 1, message: 'deze regel bevat een onzichtbaar stuurteken (vaak uit geplakte tekst); typ de regel opnieuw' });
  });
  return problems.sort((a, b) => a.line - b.line);
}
