import { z } from 'astro/zod';
import { dateSchema } from './common.ts';
import { provenanceSchema } from './provenance.ts';
import type { CollectionName, ReferenceFactory } from './reference.ts';

export const AGENDA_STATUSES = ['gepland', 'verschenen'] as const;
/** Item types an agenda can plan; each maps to the collection its published item lives in. */
export const PLANNED_TYPES = ['brochures', 'reflection-guides', 'practices', 'webinars', 'podcasts', 'investigations'] as const;

function plannedItem<C extends (typeof PLANNED_TYPES)[number] & CollectionName>(ref: ReferenceFactory, type: C) {
  return z.strictObject({
    type: z.literal(type),
    title: z.string().min(5),
    quarter: z.number().int().min(1, { error: 'kwartaal is 1, 2, 3 of 4' }).max(4, { error: 'kwartaal is 1, 2, 3 of 4' }),
    /**
     * Follows the linked item: with an item it is "verschenen", without one "gepland"
     * (src/lib/catalog/agenda.ts). May be left out; "verschenen" without an item is an error.
     */
    status: z.enum(AGENDA_STATUSES, { error: 'onbekende status' }).optional(),
    /** The published item. Once it is linked, the agenda shows the entry as "verschenen". */
    item: ref(type).optional(),
  });
}

/** One year of the kennis- en communicatieagenda. File name is the year (content/agenda/2026.yaml). */
export function agendaSchema(ref: ReferenceFactory) {
  const planned = z
    .discriminatedUnion(
      'type',
      PLANNED_TYPES.map((t) => plannedItem(ref, t)) as unknown as [
        ReturnType<typeof plannedItem>,
        ...ReturnType<typeof plannedItem>[],
      ],
      { error: `type moet een van deze zijn: ${PLANNED_TYPES.join(', ')}` },
    )
    .superRefine((p, ctx) => {
      if (p.status === 'verschenen' && !p.item) {
        ctx.addIssue({ code: 'custom', path: ['item'], message: 'status is "verschenen" maar item ontbreekt: link naar het verschenen item' });
      }
    });
  return z.strictObject({
    year: z.number().int().min(2020).max(2100),
    title: z.string().min(5),
    /** The day the agenda was adopted: a decision, so only with the public page that records it. */
    adoptedOn: dateSchema.optional(),
    adoptedSource: provenanceSchema.optional(),
    /** Sample content: the planning is invented; the page says so above the planning. */
    fictional: z.boolean().default(false),
    intro: z.string().min(40),
    priorities: z
      .array(
        z.strictObject({
          theme: ref('themes'),
          why: z.string().min(20),
          planned: z.array(planned).default([]),
        }),
      )
      .min(1),
  }).superRefine((a, ctx) => {
    if (a.adoptedOn && !a.adoptedSource) {
      ctx.addIssue({ code: 'custom', path: ['adoptedOn'], message: 'een vaststellingsdatum is een besluit: noem in adoptedSource de openbare pagina waar het staat (url, quote, checkedOn), of haal adoptedOn weg' });
    }
  });
}
