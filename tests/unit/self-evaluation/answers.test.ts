/**
 * Answers to a reflection guide: export with checksum and import with validation (round trip,
 * tampering, wrong or foreign files, too large, old guide versions), team spread and summary.
 * The guide is parsed with the real content schema, as on the site.
 */
import { describe, expect, it } from 'vitest';
import {
  answersFileName,
  canonicalJson,
  cleanAnswers,
  createAnswersFile,
  draftFromFile,
  emptyDraft,
  guideDefinition,
  parseAnswersFile,
  reconcileAnswers,
  respondentNames,
  serializeAnswers,
  sha256Hex,
  standardSummary,
  teamSpread,
  updateAnswer,
  type AnswersDraft,
} from '../../../src/lib/self-evaluation/answers.ts';
import { recoverDraft } from '../../../src/lib/self-evaluation/draft-recovery.ts';
import { reflectionGuideSchema } from '../../../src/schemas/reflection-guide.ts';
import { plainReference } from '../../../src/schemas/reference.ts';
import { ANSWERS_MAX_BYTES } from '../../../src/schemas/answers.ts';

function guideFrom(overrides: Record<string, unknown> = {}) {
  const data = reflectionGuideSchema(plainReference).parse({
    title: 'Reflectiewijzer sociale veiligheid',
    summary: 'Bespreek met uw team hoe veilig leerlingen zich voelen en wat u daaraan doet op school.',
    publishDate: '2025-09-01',
    themes: ['sociale-veiligheid'],
    version: 2,
    audience: 'Schoolteams in het po',
    durationMinutes: 60,
    scale: [
      { value: 1, label: 'Nog niet' },
      { value: 2, label: 'Deels' },
      { value: 3, label: 'Grotendeels' },
      { value: 4, label: 'Volledig' },
    ],
    sections: [
      {
        standard: '2021/sk1',
        title: 'Veiligheid',
        questions: [
          { id: 'monitor', text: 'We meten elk jaar hoe veilig leerlingen zich voelen.', evidence: 'Uitkomsten van de monitor' },
          { id: 'aanspreekpunt', text: 'Leerlingen weten bij wie ze terechtkunnen.' },
        ],
      },
      { standard: '2021/sk2', title: 'Pedagogisch klimaat', questions: [{ id: 'afspraken', text: 'We hebben duidelijke afspraken over omgang.' }] },
    ],
    ...overrides,
  });
  return guideDefinition('sociale-veiligheid', data);
}

const guide = guideFrom();
const NOW = new Date('2026-03-12T10:00:00.000Z');

function draft(answers: AnswersDraft['answers'], respondent?: string): AnswersDraft {
  return { ...emptyDraft(guide, NOW), answers, ...(respondent ? { respondent } : {}) };
}

async function errorOf(text: string, g = guide) {
  const r = await parseAnswersFile(text, g);
  expect(r.ok).toBe(false);
  return r.ok ? '' : r.error;
}

describe('export and import', () => {
  it('round-trips answers through an exported file', async () => {
    const d = draft({ monitor: { rating: 3, evidence: 'Monitor 2025: 92% voelt zich veilig', nextSteps: 'Uitkomsten bespreken in de MR' }, afspraken: { rating: 1 } }, 'Anna de Vries');
    const text = await serializeAnswers(d);
    const r = await parseAnswersFile(text, guide);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.respondent).toBe('Anna de Vries');
    expect(r.value.guideVersion).toBe(2);
    expect(r.value.checksum).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(draftFromFile(r.value)).toEqual(d);
  });

  it('drops empty fields and empty answers from the file', async () => {
    const file = await createAnswersFile(draft({ monitor: { rating: 2, notes: '' }, aanspreekpunt: { notes: '   ' } }));
    expect(file.answers).toEqual({ monitor: { rating: 2 } });
    expect(file).not.toHaveProperty('respondent');
  });

  it('gives the same checksum whatever the key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { f: 2, e: 3 }], c: undefined } })).toBe('{"a":{"d":[1,{"e":3,"f":2}]},"b":1}');
  });

  it('accepts a file with a byte-order mark and pretty or compact JSON', async () => {
    const file = await createAnswersFile(draft({ monitor: { rating: 4 } }));
    expect((await parseAnswersFile(`\uFEFF${JSON.stringify(file)}`, guide)).ok).toBe(true);
  });

  it('rejects a file whose content was changed after export (tampered)', async () => {
    const file = JSON.parse(await serializeAnswers(draft({ monitor: { rating: 1 } }))) as Record<string, any>;
    file.answers.monitor.rating = 4;
    expect(await errorOf(JSON.stringify(file))).toMatch(/veranderd na het exporteren: het controlegetal klopt niet/);
  });

  it('rejects a file with a changed name or removed checksum', async () => {
    const file = JSON.parse(await serializeAnswers(draft({ monitor: { rating: 1 } }, 'Anna'))) as Record<string, any>;
    expect(await errorOf(JSON.stringify({ ...file, respondent: 'Bram' }))).toMatch(/controlegetal klopt niet/);
    const { checksum: _c, ...noChecksum } = file;
    expect(await errorOf(JSON.stringify(noChecksum))).toMatch(/niet in orde \(checksum: /);
  });

  it('rejects what is not JSON, or JSON that is not ours', async () => {
    expect(await errorOf('dit is geen json {')).toMatch(/kunnen we niet lezen/);
    expect(await errorOf('[1,2,3]')).toBe('Dit is geen antwoordbestand van een reflectiewijzer van het Kennisplatform.');
    expect(await errorOf(JSON.stringify({ format: 'iets-anders', answers: {} }))).toMatch(/geen antwoordbestand/);
  });

  it('rejects a file that is too large without parsing it', async () => {
    const big = JSON.stringify({ format: 'kennisplatform-reflectiewijzer', pad: 'x'.repeat(ANSWERS_MAX_BYTES) });
    expect(await errorOf(big)).toMatch(/^Dit bestand is te groot \(200 kB\)\. Een antwoordbestand is hoogstens 200 kB/);
  });

  it('rejects a file of another guide, naming it', async () => {
    const other = { ...guide, id: 'lezen' };
    const text = await serializeAnswers({ ...emptyDraft(other, NOW), answers: { monitor: { rating: 2 } } });
    expect(await errorOf(text)).toBe('Dit antwoordbestand hoort bij een andere reflectiewijzer (‘lezen’). Open die reflectiewijzer en importeer het bestand daar.');
  });

  it('rejects unknown and newer format versions', async () => {
    const file = JSON.parse(await serializeAnswers(draft({}))) as Record<string, unknown>;
    expect(await errorOf(JSON.stringify({ ...file, version: 2 }))).toMatch(/nieuwere versie van deze pagina \(bestandsversie 2\)/);
    expect(await errorOf(JSON.stringify({ ...file, version: 0 }))).toMatch(/kennen we niet \(bestandsversie 0\)/);
    expect(await errorOf(JSON.stringify({ ...file, version: 'een' }))).toMatch(/kennen we niet/);
  });

  it('rejects a rating that is not on the guide scale, even with a valid checksum', async () => {
    const text = await serializeAnswers(draft({ monitor: { rating: 7 } }));
    expect(await errorOf(text)).toBe('Dit antwoordbestand past niet bij deze reflectiewijzer (answers.monitor.rating: 7 staat niet op de schaal (1, 2, 3, 4)).');
  });

  it('rejects wrong types and unknown fields with the field named, even when the checksum was recomputed', async () => {
    const signed = async (body: Record<string, unknown>) => JSON.stringify({ ...body, checksum: `sha256:${await sha256Hex(canonicalJson(body))}` });
    const base = draft({});
    expect(await errorOf(await signed({ ...base, answers: { monitor: { rating: 2, extra: 'x' } } }))).toBe('Dit antwoordbestand is niet in orde (answers.monitor: onbekend veld extra).');
    expect(await errorOf(await signed({ ...base, answers: { monitor: { rating: 'veel' } } }))).toMatch(/answers\.monitor\.rating: antwoord moet een getal van de schaal zijn/);
    expect(await errorOf(await signed({ ...base, answers: { 'Geen Id!': { rating: 1 } } }))).toMatch(/answers\.Geen Id!: onbekende vraag-id/);
    const { guideVersion: _v, ...noVersion } = base;
    expect(await errorOf(await signed(noVersion))).toMatch(/guideVersion: verplicht veld ontbreekt/);
    // A hand-made file with a recomputed checksum still has to fit the guide's scale.
    expect(await errorOf(await signed({ ...base, answers: { monitor: { rating: 9 } } }))).toMatch(/9 staat niet op de schaal/);
  });

  it('loads answers saved with an older guide version and flags answers to removed questions', async () => {
    const text = await serializeAnswers({ ...draft({ monitor: { rating: 2 }, 'oude-vraag': { rating: 3, notes: 'Was een goede vraag' } }), guideVersion: 1 });
    const r = await parseAnswersFile(text, guide);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const { current, removed } = reconcileAnswers(r.value.answers, guide);
    expect(Object.keys(current)).toEqual(['monitor']);
    expect(removed).toEqual([{ id: 'oude-vraag', answer: { rating: 3, notes: 'Was een goede vraag' } }]);
    // Kept, not dropped: they go out again with the next export.
    expect((await createAnswersFile(draftFromFile(r.value))).answers['oude-vraag']).toEqual({ rating: 3, notes: 'Was een goede vraag' });
  });

  it('names the file after guide, respondent and date', () => {
    expect(answersFileName(draft({}, 'Anna de Vriës'))).toBe('reflectiewijzer-sociale-veiligheid-anna-de-vries-2026-03-12.json');
    expect(answersFileName(draft({}))).toBe('reflectiewijzer-sociale-veiligheid-2026-03-12.json');
  });
});

describe('saved in the browser', () => {
  it('reads back what was stored (answer by answer: see answers-recovery.test.ts)', () => {
    const d = updateAnswer(draft({}), 'monitor', { rating: 2 }, NOW);
    expect(recoverDraft(JSON.stringify(d), guide)).toMatchObject({ draft: { ...d, scale: guide.scale.map(({ value, label }) => ({ value, label })) }, setAside: [] });
  });

  it('updates one field and removes an answer that becomes empty', () => {
    let d = updateAnswer(draft({}), 'monitor', { rating: 2 }, NOW);
    d = updateAnswer(d, 'monitor', { notes: 'Zie jaarverslag' }, NOW);
    expect(d.answers.monitor).toEqual({ rating: 2, notes: 'Zie jaarverslag' });
    d = updateAnswer(d, 'monitor', { rating: undefined, notes: '' }, NOW);
    expect(d.answers).toEqual({});
    expect(cleanAnswers({ a: {}, b: { evidence: ' ' } })).toEqual({});
  });
});

describe('team mode', () => {
  it('shows per question who chose what, and how far apart the answers are', () => {
    const names = respondentNames(['Anna', undefined, 'Anna']);
    expect(names).toEqual(['Anna', 'Collega 2', 'Anna (2)']);
    const sections = teamSpread(
      [
        { name: names[0]!, answers: { monitor: { rating: 1 }, aanspreekpunt: { rating: 3, evidence: 'Mentoruur' } } },
        { name: names[1]!, answers: { monitor: { rating: 4 }, aanspreekpunt: { rating: 3 } } },
        { name: names[2]!, answers: { monitor: { rating: 1 } } },
      ],
      guide,
    );
    const [monitor, aanspreekpunt] = sections[0]!.questions;
    expect(monitor!.options.map((o) => [o.label, o.names])).toEqual([
      ['Nog niet', ['Anna', 'Anna (2)']],
      ['Deels', []],
      ['Grotendeels', []],
      ['Volledig', ['Collega 2']],
    ]);
    expect(monitor!.spread).toBe(3);
    expect(aanspreekpunt!.spread).toBe(0);
    expect(aanspreekpunt!.unanswered).toEqual(['Anna (2)']);
    expect(aanspreekpunt!.comments).toEqual([{ name: 'Anna', evidence: 'Mentoruur' }]);
    expect(sections[1]!.questions[0]!.number).toBe(3);
  });
});

describe('summary per standard', () => {
  it('counts answers per standard and carries evidence and next steps', () => {
    const summary = standardSummary({ monitor: { rating: 2, nextSteps: 'Monitor invoeren' }, afspraken: { rating: 4 } }, guide);
    expect(summary.map((s) => [s.standard, s.answered, s.total])).toEqual([
      ['2021/sk1', 1, 2],
      ['2021/sk2', 1, 1],
    ]);
    expect(summary[0]!.questions[0]).toEqual({ id: 'monitor', number: 1, text: 'We meten elk jaar hoe veilig leerlingen zich voelen.', rating: { value: 2, label: 'Deels' }, nextSteps: 'Monitor invoeren' });
    expect(summary[0]!.counts.find((c) => c.label === 'Deels')?.count).toBe(1);
  });
});
