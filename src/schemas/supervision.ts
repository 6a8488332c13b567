import { z } from 'astro/zod';
import { audiencesSchema } from './audience.ts';
import { dateSchema, publishingFields, summarySchema, titleSchema, urlSchema } from './common.ts';
import type { ReferenceFactory } from './reference.ts';
import { sectorSchema } from './sector.ts';

/**
 * A public source a page rests on: a web page (url) or a document without a public address
 * (a hand-out, a programme paper), named so a reader can find it.
 */
export const sourceDocumentSchema = z.strictObject({
  title: z.string().trim().min(10, { error: 'noem de bron zo dat een lezer hem kan vinden (titel, maker, datum)' }),
  url: urlSchema.optional(),
});

/** One dated step of something the page tracks (the new kader): done, or planned according to its source. */
const timelineStepSchema = z.strictObject({
  date: dateSchema,
  /** "maand" when the source gives only a month (shown as "november 2025"). */
  precision: z.enum(['dag', 'maand'], { error: 'precision is dag of maand' }).default('dag'),
  /** Planned steps are shown as planned ("gepland"), never as fact. */
  status: z.enum(['gebeurd', 'gepland'], { error: 'status is gebeurd of gepland' }),
  text: z.string().trim().min(10),
  source: sourceDocumentSchema,
});

/**
 * "Zo werkt het toezicht": a page that explains supervision (levels, a visit, judgements, what a
 * school need not prepare, a sector, the new kader). Every fact in the body cites a source as a
 * footnote ([^1] with `[^1]: Bron` below); src/lib/check/supervision-sources.ts checks that.
 */
export function supervisionSchema(ref: ReferenceFactory) {
  return z.strictObject({
    title: titleSchema,
    summary: summarySchema,
    ...publishingFields,
    /** Place in the section's list (lower first). */
    order: z.number().int().default(100),
    themes: z.array(ref('themes')).default([]),
    standards: z.array(ref('standards')).default([]),
    /** Sectors this page is about. Empty: every sector. A page about one sector group is linked from that sector page. */
    sectors: z.array(sectorSchema).default([]),
    /** Readers this page is the way in for; their "Voor wie" page links to it. */
    audiences: audiencesSchema(),
    /** For a page that tracks something over time: what happened and what is planned, each with its source. */
    timeline: z.array(timelineStepSchema).default([]),
  });
}
