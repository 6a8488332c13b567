import { z } from 'astro/zod';
import type { ReferenceFactory } from './reference.ts';
import { audiencesSchema } from './audience.ts';
import { sectorSchema } from './sector.ts';

/** A priority theme of the kennis- en communicatieagenda. Body: what the theme is about. */
export function themeSchema(ref: ReferenceFactory) {
  return z.strictObject({
    title: z.string().min(3),
    summary: z.string().min(40).max(320),
    /** Standards the theme touches. Empty when no source links it to a standard yet (the page then says so). */
    standards: z.array(ref('standards')).default([]),
    sectors: z.array(sectorSchema).min(1),
    /** Years in which this theme is a priority of the agenda. */
    agendaYears: z.array(z.number().int().min(2020).max(2100)).default([]),
    order: z.number().int().default(100),
    /** Readers the theme also concerns (sociale veiligheid: ouders, leerlingen): the theme page links to their page and, for them, to the way to complain. */
    audiences: audiencesSchema(),
  });
}
