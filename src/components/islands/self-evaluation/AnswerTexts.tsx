/** How a saved answer reads back: its rating label and texts; answers to questions that were removed. */
import { t } from '../../../i18n/t.ts';
import { type Answer, type GuideDefinition } from '../../../lib/self-evaluation/answers.ts';

export function ratingLabel(guide: GuideDefinition, rating: number | undefined): string {
  return guide.scale.find((s) => s.value === rating)?.label ?? t('selfEval.unanswered');
}

export function RemovedAnswers({ guide, removed }: { guide: GuideDefinition; removed: { id: string; answer: Answer }[] }) {
  return (
    <section className="kp-selfeval__removed">
      <h3>{t('selfEval.removed.title')}</h3>
      <p>{t('selfEval.removed.intro')}</p>
      <ul>
        {removed.map(({ id, answer }) => (
          <li key={id}>
            <strong>{t('selfEval.removed.question', { id })}</strong>: {answer.rating !== undefined ? ratingLabel(guide, answer.rating) : t('selfEval.unanswered')}
            <AnswerTexts {...answer} />
          </li>
        ))}
      </ul>
    </section>
  );
}

export function AnswerTexts({ evidence, notes, nextSteps }: { evidence?: string; notes?: string; nextSteps?: string }) {
  return (
    <>
      {evidence && <><br />{t('guide.evidence')} {evidence}</>}
      {notes && <><br />{t('guide.notes')}: {notes}</>}
      {nextSteps && <><br />{t('selfEval.nextSteps')}: {nextSteps}</>}
    </>
  );
}
