/** A small reflection guide for the self-evaluation tests: three questions on a three-step scale. */
import type { GuideDefinition } from '../../../src/schemas/answers.ts';

export const guide: GuideDefinition = {
  id: 'wijzer',
  version: 2,
  title: 'Wijzer',
  scale: [
    { value: 1, label: 'Nog niet' },
    { value: 2, label: 'Deels' },
    { value: 3, label: 'Helemaal' },
  ],
  sections: [{ standard: '2021/op1', title: 'Aanbod', questions: [{ id: 'v1', text: 'Vraag 1' }, { id: 'v2', text: 'Vraag 2' }, { id: 'v3', text: 'Vraag 3' }] }],
};
