/**
 * Splits Dutch compounds into their parts: kwaliteitscultuur → kwaliteit + cultuur,
 * leesaanbod → lees + aanbod, groepsplannen → groep + plan(nen). Used at index time so a search
 * for "cultuur" finds a page that only says "kwaliteitscultuur" (Pagefind matches prefixes of
 * words, never their middle or end).
 */
import type { Lexicon } from './lexicon.ts';

/** Linking letters between parts (tussenklanken): kwaliteit-s-cultuur, leerling-en-raad, stage-plek, zorg-e-loos is rare. */
const LINKS = ['', 's', 'en', 'e', '-'] as const;
/** Shorter words are left alone: no compound of two 3-letter parts is worth the risk (pe-ster). */
const MIN_WORD = 7;
const MIN_PART = 3;
/** Derivational endings that are also words (schap "shelf", heden "present"): burgerschap is not burger + schap. */
const NOT_A_TAIL = new Set(['schap', 'schappen', 'heden', 'lijk', 'lijke', 'baar', 'bare', 'loos', 'loze', 'zaam', 'zame', 'achtig', 'ling', 'lingen', 'isch', 'ische', 'dom', 'nis', 'erij', 'ster', 'sters', 'tje', 'tjes', 'aal', 'ing', 'ingen', 'end', 'ende', 'sten', 'ten',
  // Endings and word ends that happen to be words: kinder-en, respect-eren, verschil-lende, ambte-naren, stand-aard, prak-tijk, boven-dien, belang-rijk, le-raar, combi-neren, luis-teren, oord-eelt.
  'eren', 'lende', 'lenden', 'naar', 'naren', 'raar', 'raren', 'aard', 'aarde', 'aarden', 'tijk', 'dien', 'rijk', 'rijke', 'rijkste', 'wijs', 'eraf', 'neer', 'neren', 'teer', 'teren', 'eelt']);
/** Prefixes that are also words (ver "far"): verbeteren is not ver + beteren. */
const NOT_A_HEAD = new Set(['ver', 'her', 'ont', 'mis', 'gen', 'ter']);
/** Short words of the trade the dictionary does not mark for compounds but that make many: lesbezoek, rekenles, vsoleerling. */
const DOMAIN_PARTS = new Set(['les', 'mbo', 'vso', 'sbo', 'vwo', 'havo', 'vmbo', 'taal']);
/** A part the dictionary does not mark for compounds costs this much: such splits lose to marked ones. */
const UNMARKED_TAIL = 2;
const UNMARKED_HEAD = 3;

export interface Split {
  /** The parts in base form: ["groep", "plan"] for groepsplannen. */
  parts: string[];
  /** The last part as written when it was inflected ("plannen"), so that form finds the page too. */
  inflectedTail?: string;
}

/** Base forms of a word ending a compound: itself, or a plural/inflected form made singular. */
export function tailForms(surface: string): string[] {
  const forms = [surface];
  const strip = (suffix: string) => (surface.endsWith(suffix) && surface.length - suffix.length >= MIN_PART ? surface.slice(0, -suffix.length) : undefined);
  const en = strip('en');
  if (surface.endsWith('heden')) forms.push(`${surface.slice(0, -5)}heid`);
  if (en) {
    // resultaten → resultaat, scholen → school (a long vowel is written single before -en; "schol" is a fish).
    const open = /^(.*[^aeiou])([aeou])([^aeiou])$/.exec(en);
    if (open) forms.push(`${open[1]}${open[2]}${open[2]}${open[3]}`);
    forms.push(en);
    // plannen → plan (doubled consonant).
    if (/([bcdfgklmnprst])\1$/.test(en)) forms.push(en.slice(0, -1));
  }
  for (const suffix of ['s', "'s", 'n', 'e']) {
    const base = strip(suffix);
    if (base) forms.push(base);
  }
  return forms;
}

interface Candidate {
  parts: string[];
  inflectedTail?: string;
  cost: number;
}

/**
 * The best split of `word` into two or more parts from the lexicon, or undefined when it is not
 * a compound the lexicon knows. Fewest parts wins; ties go to the split with fewer linking letters
 * and then to the longer last part (the head of a Dutch compound is its last part).
 */
export function splitCompound(word: string, lexicon: Lexicon): Split | undefined {
  const w = word.toLowerCase();
  if (w.length < MIN_WORD || !/^[a-zà-ÿ-]+$/.test(w)) return undefined;
  const memo = new Map<number, Candidate | null>();

  const best = (pos: number, first: boolean): Candidate | null => {
    const key = first ? -1 - pos : pos;
    if (memo.has(key)) return memo.get(key)!;
    let found: Candidate | null = null;
    const consider = (c: Candidate) => {
      if (!found || c.parts.length < found.parts.length || (c.parts.length === found.parts.length && c.cost < found.cost)) found = c;
    };
    // The rest of the word as the last part (not allowed for the whole word: a split has two parts).
    if (!first) {
      const surface = w.slice(pos);
      if (!NOT_A_TAIL.has(surface)) {
        const forms = tailForms(surface).filter((f) => f.length >= MIN_PART && !NOT_A_TAIL.has(f));
        const marked = forms.find((f) => lexicon.tails.has(f) || DOMAIN_PARTS.has(f));
        // An unmarked last part needs four letters: gesprek-ken is not a compound.
        const base = marked ?? forms.find((f) => f.length >= 4 && lexicon.words.has(f));
        const cost = (marked ? 0 : UNMARKED_TAIL) - surface.length / 100;
        if (base) consider({ parts: [base], inflectedTail: base === surface ? undefined : surface, cost });
      }
    }
    for (let end = pos + MIN_PART; end <= w.length - MIN_PART; end++) {
      const head = w.slice(pos, end);
      if (!lexicon.words.has(head) || NOT_A_HEAD.has(head)) continue;
      const headCost = lexicon.heads.has(head) || DOMAIN_PARTS.has(head) ? 0 : UNMARKED_HEAD;
      for (const link of LINKS) {
        if (!w.startsWith(link, end)) continue;
        const rest = best(end + link.length, false);
        if (rest) consider({ parts: [head, ...rest.parts], inflectedTail: rest.inflectedTail, cost: rest.cost + headCost + (link ? 1 : 0) });
      }
    }
    memo.set(key, found);
    return found;
  };

  const result = best(0, true);
  // A word the dictionary knows whole (verslag, gesprekken) is not split at an unmarked head (ver-slag, ge-sprek);
  // an unknown word needs at least one marked part (begrijp-end).
  const known = tailForms(w).some((f) => lexicon.words.has(f));
  if (result && result.cost >= (known ? UNMARKED_HEAD - 0.5 : UNMARKED_HEAD + UNMARKED_TAIL - 0.5)) return undefined;
  return result ? { parts: result.parts, ...(result.inflectedTail ? { inflectedTail: result.inflectedTail } : {}) } : undefined;
}

/** Every word a compound adds to the index: its parts, and the inflected last part as written. */
export function compoundTerms(word: string, lexicon: Lexicon): string[] {
  const split = splitCompound(word, lexicon);
  if (!split) return [];
  return [...new Set([...split.parts, ...(split.inflectedTail ? [split.inflectedTail] : [])])];
}
