/** One question: the rating on the guide's scale and three text fields. */
import { t } from '../../../i18n/t.ts';
import { type Answer, type GuideDefinition, type TextField } from '../../../lib/self-evaluation/answers.ts';

export function Question({
  id,
  guide,
  number,
  question,
  answer,
  onChange,
}: {
  id: string;
  guide: GuideDefinition;
  number: number;
  question: GuideDefinition['sections'][number]['questions'][number];
  answer: Answer;
  onChange: (patch: Partial<Answer>) => void;
}) {
  const base = `${id}-q-${question.id}`;
  const text = (field: TextField, label: string, hint?: string) => (
    <div className="kp-selfeval__text">
      <label htmlFor={`${base}-${field}`} className="kp-selfeval__label">{label}</label>
      {hint && <span className="kp-selfeval__hint" id={`${base}-${field}-hint`}>{hint}</span>}
      <textarea
        id={`${base}-${field}`}
        rows={2}
        maxLength={5000}
        value={answer[field] ?? ''}
        {...(hint ? { 'aria-describedby': `${base}-${field}-hint` } : {})}
        onChange={(e) => onChange({ [field]: e.target.value })}
      />
    </div>
  );
  return (
    <div className="kp-selfeval__q" id={base}>
      <fieldset className="kp-selfeval__rating">
        <legend>
          <span className="kp-selfeval__nr">{number}.</span> {question.text}
        </legend>
        <div className="kp-selfeval__scale">
          {guide.scale.map((step) => (
            <label key={step.value}>
              <input type="radio" name={base} value={step.value} checked={answer.rating === step.value} onChange={() => onChange({ rating: step.value })} /> {step.label}
            </label>
          ))}
        </div>
        {answer.rating !== undefined && (
          <button type="button" className="kp-selfeval__reset kp-no-print" onClick={() => onChange({ rating: undefined })}>
            {t('selfEval.clearRating')}<span className="kp-visually-hidden"> {t('selfEval.forQuestion', { n: number })}</span>
          </button>
        )}
      </fieldset>
      {text('evidence', t('guide.evidence'), question.evidence)}
      {text('notes', t('guide.notes'))}
      {text('nextSteps', t('selfEval.nextSteps'), t('selfEval.nextStepsHint'))}
    </div>
  );
}
