import { z } from 'astro/zod';

/** The audience entry points, in the order the home page and footer show them. Texts: content/pages/voor-wie/<slug>.md. */
export const AUDIENCES = ['ouders', 'leerlingen-en-studenten', 'besturen-en-mr', 'inspecteurs'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** The readers a page is for, by their audience page (supervision pages, themes); empty: none in particular. */
export const audiencesSchema = () => z.array(z.enum(AUDIENCES, { error: `kies uit: ${AUDIENCES.join(', ')}` })).default([]);
