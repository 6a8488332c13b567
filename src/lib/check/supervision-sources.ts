/**
 * "Zo werkt het toezicht" states facts in the Inspectorate's voice, so every part of such a page
 * cites its source: each section (from one ## heading to the next, and the text before the first)
 * has at least one footnote, every footnote has its source written out below, and a source says
 * enough to be found.
 */
import { formatOfFile, parseBody, type BodyNode } from '../body/index.ts';
import type { ContentCheck } from './context.ts';
import { forEachEntry } from './tree.ts';

interface Section {
  line: number;
  title: string;
  hasText: boolean;
  cites: boolean;
}

const lineOf = (n: BodyNode) => n.position?.start.line ?? 1;

function textOf(n: BodyNode): string {
  return typeof n.value === 'string' ? n.value : (n.children ?? []).map(textOf).join('');
}

function contains(n: BodyNode, type: string): boolean {
  return n.type === type || (n.children ?? []).some((c) => contains(c, type));
}

export const checkSupervisionSources: ContentCheck = (ctx) =>
  forEachEntry(ctx, (entry) => {
    // A draft may still be missing its sources; the check holds from the moment it goes live.
    if (entry.collection !== 'supervision' || entry.data.draft === true) return;
    const parsed = parseBody(entry.text, formatOfFile(entry.file));
    if (!parsed.tree) return; // the body check reports syntax errors
    const sections: Section[] = [{ line: 1, title: '(begin van de tekst)', hasText: false, cites: false }];
    const defined = new Set<string>();
    for (const node of parsed.tree.children ?? []) {
      if (node.type === 'yaml') continue;
      if (node.type === 'footnoteDefinition') {
        const label = String((node as { identifier?: string }).identifier ?? '');
        defined.add(label);
        if (textOf(node).trim().length < 10) ctx.add({ file: entry.file, line: lineOf(node), field: '(bron)', message: `bron [^${label}] is te kort: noem titel, maker en datum, of zet er een link naar de openbare pagina bij` });
        continue;
      }
      if (node.type === 'heading' && (node as { depth?: number }).depth === 2) {
        sections.push({ line: lineOf(node), title: textOf(node), hasText: false, cites: false });
        continue;
      }
      const current = sections.at(-1)!;
      if (node.type !== 'heading' && textOf(node).trim()) current.hasText = true;
      if (contains(node, 'footnoteReference')) current.cites = true;
      for (const m of textOf(node).matchAll(/\[\^([^\]\s]+)\]/g)) {
        ctx.add({ file: entry.file, line: lineOf(node), field: '(bron)', message: `voetnoot [^${m[1]}] heeft geen bron eronder; schrijf onderaan "[^${m[1]}]: " met de bron` });
      }
    }
    for (const s of sections) {
      if (s.hasText && !s.cites) {
        ctx.add({ file: entry.file, line: s.line, field: '(bron)', message: `het deel "${s.title}" noemt geen bron; zet achter een feit een voetnoot zoals [^1] en schrijf onderaan "[^1]: " met de bron` });
      }
    }
    if (defined.size === 0) ctx.add({ file: entry.file, line: 1, field: '(bron)', message: 'deze toezichtpagina noemt geen enkele bron; zet achter elk feit een voetnoot zoals [^1] met de bron eronder' });
  });
