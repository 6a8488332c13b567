/**
 * Phone numbers in a body become links a phone can call (`tel:`), at build time on the body's
 * tree: "Bel **0900 111 3 111**" is published as `<a href="tel:+319001113111">0900 111 3 111</a>`.
 * Numbers are found by libphonenumber-js (Dutch numbering plan), not by a pattern of our own.
 */
import { findPhoneNumbersInText } from 'libphonenumber-js';
import type { Element, Text } from 'hast';
import type { HastPluginDefinition, HastVisitorContext } from 'satteri';

export interface PhoneSpan {
  start: number;
  end: number;
  /** The number in E.164 (+31886696060), for the `tel:` link. */
  e164: string;
}

/**
 * The phone numbers in a text, as Dutch readers write them: with the trunk 0 or a country code
 * ("088 669 60 60", "0900-1113111", "(030) 123 45 67", "+31 6 1234 5678"). A run of digits
 * without either ("100 200 300", a count, a year) is never a phone number here, even when it
 * would be a valid number dialled without its 0.
 */
export function phoneNumbersIn(text: string): PhoneSpan[] {
  if (!/\d{3}/.test(text.replace(/[\s-]/g, ''))) return [];
  return findPhoneNumbersInText(text, { defaultCountry: 'NL' })
    .filter((m) => /^(?:\+|\(?0)/.test(text.slice(m.startsAt, m.endsAt)))
    .map((m) => ({ start: m.startsAt, end: m.endsAt, e164: m.number.number }));
}

/** Text that stays as it is: already inside a link, or code an editor quotes. */
const KEEP = new Set(['a', 'code', 'pre', 'kbd', 'samp']);

function insideKept(node: Readonly<Text>, ctx: HastVisitorContext): boolean {
  for (let p = ctx.parent(node); p && p.type === 'element'; p = ctx.parent(p)) if (KEEP.has((p as Element).tagName)) return true;
  return false;
}

/** A number as a link shows it: never broken over two lines (non-breaking spaces and hyphens, as html-validate's tel-non-breaking asks). */
export function unbreakable(number: string): string {
  return number.replace(/ /g, '\u00a0').replace(/-/g, '\u2011');
}

/** The text with each number wrapped in a `tel:` link; undefined when there is none. */
export function withPhoneLinks(value: string): (Text | Element)[] | undefined {
  const spans = phoneNumbersIn(value);
  if (spans.length === 0) return undefined;
  const out: (Text | Element)[] = [];
  let at = 0;
  for (const { start, end, e164 } of spans) {
    if (start > at) out.push({ type: 'text', value: value.slice(at, start) });
    out.push({ type: 'element', tagName: 'a', properties: { href: `tel:${e164}` }, children: [{ type: 'text', value: unbreakable(value.slice(start, end)) }] });
    at = end;
  }
  if (at < value.length) out.push({ type: 'text', value: value.slice(at) });
  return out;
}

/** Hast plugin for the build (astro.config.mjs, through bodyHastPlugins): every body's phone numbers as links. */
export const phoneLinks: HastPluginDefinition = {
  name: 'kennisplatform-phone-links',
  text(node, ctx) {
    const parts = withPhoneLinks(node.value);
    if (!parts || insideKept(node, ctx)) return;
    ctx.replaceNode(node, parts);
  },
};
