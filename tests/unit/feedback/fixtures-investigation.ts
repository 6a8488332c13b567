/** A sample investigation parsed with the real content schema, shared by the feedback tests. */
import { investigationDefinition } from '../../../src/lib/feedback/report.ts';
import { investigationSchema } from '../../../src/schemas/investigation.ts';
import { plainReference } from '../../../src/schemas/reference.ts';

const dist = (p10: number, p25: number, median: number, p75: number, p90: number) => ({ p10, p25, median, p75, p90 });

export const INVESTIGATION_FRONTMATTER = {
  title: 'Themaonderzoek leesonderwijs 2025',
  summary: 'Hoe geven basisscholen leesonderwijs, en wat werkt? De inspectie bezocht 120 scholen en keek naar leestijd en leesplezier.',
  publishDate: '2025-11-01',
  themes: ['basisvaardigheden'],
  standards: ['2021/op1'],
  sectors: ['po'],
  year: 2025,
  period: { start: '2025-01-15', end: '2025-06-30' },
  sample: { schools: 120, description: 'Een steekproef van basisscholen uit heel Nederland.' },
  findings: ['Op de meeste scholen lezen leerlingen elke dag, maar niet altijd lang genoeg.'],
  scaleMax: 4,
  indicators: [
    { id: 'leestijd', label: 'Leestijd', description: 'Hoeveel tijd leerlingen per week lezen.', standard: '2021/op1', lowBelow: 2.5 },
    { id: 'leesplezier', label: 'Leesplezier', description: 'Hoe de school leesplezier bevordert.', lowBelow: 2.5 },
    { id: 'aanbod', label: 'Leesaanbod', description: 'Breedte en niveau van de boeken en teksten.', lowBelow: 2 },
  ],
  comparisonGroups: [
    { id: 'sw-laag', label: 'Lage schoolweging', description: 'Scholen met een schoolweging onder 28.', schools: 60, scores: { leestijd: dist(2, 2.6, 3, 3.4, 3.7), leesplezier: dist(1.8, 2.4, 2.9, 3.3, 3.6), aanbod: dist(2.1, 2.5, 2.9, 3.2, 3.5) } },
    { id: 'sw-hoog', label: 'Hoge schoolweging', description: 'Scholen met een schoolweging van 28 of hoger.', schools: 60, scores: { leestijd: dist(1.8, 2.3, 2.8, 3.2, 3.6), leesplezier: dist(1.6, 2.2, 2.7, 3.1, 3.4), aanbod: dist(1.9, 2.3, 2.7, 3, 3.3) } },
  ],
};

export const investigation = investigationDefinition('leesonderwijs-2025', investigationSchema(plainReference).parse(INVESTIGATION_FRONTMATTER));
