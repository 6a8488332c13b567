import { agendaSchema } from './agenda.ts';
import { brochureSchema } from './brochure.ts';
import { expertSchoolSchema } from './expert-school.ts';
import { frameworkSchema } from './framework.ts';
import { investigationSchema } from './investigation.ts';
import { podcastSchema } from './podcast.ts';
import { practiceSchema } from './practice.ts';
import type { CollectionName, ReferenceFactory } from './reference.ts';
import { reflectionGuideSchema } from './reflection-guide.ts';
import { searchTermsSchema } from './search-terms.ts';
import { standardSchema } from './standard.ts';
import { themeSchema } from './theme.ts';
import { webinarSchema } from './webinar.ts';

/** Which files make up each collection: YAML for pure data, Markdown/MDX where there is a body. */
export const COLLECTION_FILES: Record<CollectionName, string> = {
  frameworks: '**/*.yaml',
  standards: '**/*.yaml',
  themes: '**/*.{md,mdx}',
  agenda: '**/*.yaml',
  brochures: '**/*.{md,mdx}',
  practices: '**/*.{md,mdx}',
  'reflection-guides': '**/*.{md,mdx}',
  webinars: '**/*.{md,mdx}',
  podcasts: '**/*.{md,mdx}',
  investigations: '**/*.{md,mdx}',
  'expert-schools': '**/*.{md,mdx}',
  'search-terms': '**/*.yaml',
};

/** One schema factory per collection; the build, scripts/check.ts and the tests all call this. */
export function collectionSchemas(ref: ReferenceFactory) {
  return {
    frameworks: frameworkSchema(ref),
    standards: standardSchema(ref),
    themes: themeSchema(ref),
    agenda: agendaSchema(ref),
    brochures: brochureSchema(ref),
    practices: practiceSchema(ref),
    'reflection-guides': reflectionGuideSchema(ref),
    webinars: webinarSchema(ref),
    podcasts: podcastSchema(ref),
    investigations: investigationSchema(ref),
    'expert-schools': expertSchoolSchema(ref),
    'search-terms': searchTermsSchema(),
  } satisfies Record<CollectionName, unknown>;
}
