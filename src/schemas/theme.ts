import { z } from 'astro/zod';
import type { ReferenceFactory } from './reference.ts';
import { audiencesSchema } from './audience.ts';
import { sectorSchema } from './sector.ts';

/** Words that address the reader: a visit kit's core message is for the conversation, not a letter to the school. */
const ADDRESSES_READER = /(?<![\p{L}\p{N}])(u|uw|je|jij|jouw)(?![\p{L}\p{N}])/iu;

/** A priority theme of the kennis- en communicatieagenda. Body: what the theme is about. */
export function themeSchema(ref: ReferenceFactory) {
  return z.strictObject({
    title: z.string().min(3),
    summary: z.string().min(40).max(320),
    /**
     * The core message of the theme's visit kit: what inspector and school talk about, written
     * about the school ("de school", "het team"), not to it, so it works on the table between them.
     */
    conversation: z
      .string()
      .trim()
      .min(40)
      .max(400)
      .refine((text) => !ADDRESSES_READER.test(text), { error: 'schrijf over de school (de school, het team), niet tegen de school: haal "u", "uw" en "je" weg' }),
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
