/** The audience entry points, in the order the home page and footer show them. Texts: content/pages/voor-wie/<slug>.md. */
export const AUDIENCES = ['ouders', 'leerlingen-en-studenten', 'besturen-en-mr', 'inspecteurs'] as const;
export type Audience = (typeof AUDIENCES)[number];
