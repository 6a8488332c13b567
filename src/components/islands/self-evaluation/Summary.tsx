/** The summary per standard, printable on one A4 with short answers, with school and participants. */
import { plural, t } from '../../../i18n/t.ts';
import { respondentNames, standardSummary, type AnswersDraft, type AnswersFile, type GuideDefinition } from '../../../lib/self-evaluation/answers.ts';
import { formatDate } from '../../../core/format.ts';
import { type StandardLinks } from './types.ts';

export function Summary({ guide, draft, team, standards, answered, total }: { guide: GuideDefinition; draft: AnswersDraft; team: AnswersFile[]; standards: Record<string, StandardLinks>; answered: number; total: number }) {
  const summary = standardSummary(draft.answers, guide);
  const participants = [draft.respondent?.trim(), ...respondentNames(team.map((f) => f.respondent))].filter((n): n is string => !!n);
  return (
    <div className="kp-selfeval__summary">
      <div className="kp-selfeval__print-head">
        <p className="kp-selfeval__print-title">{t('selfEval.summary.printTitle', { guide: guide.title })}</p>
        {draft.school?.trim() && <p>{t('selfEval.summary.schoolLine', { school: draft.school.trim() })}</p>}
        {participants.length > 0 && <p>{t('selfEval.summary.participants', { names: participants.join(', ') })}</p>}
        <p>
          {formatDate(new Date(draft.savedAt))} · {plural('selfEval.progress', total, { answered })}
        </p>
      </div>
      <p className="kp-prose kp-no-print">{t('selfEval.summary.intro')}</p>
      <button type="button" className="kp-button kp-no-print" onClick={() => window.print()}>{t('selfEval.summary.print')}</button>
      {summary.map((s) => {
        const links = standards[s.standard];
        return (
          <section key={s.standard + s.title} className="kp-selfeval__standard-summary">
            <h3>{s.title}</h3>
            {links && <p className="kp-selfeval__standard"><a href={links.url}>{links.label}</a></p>}
            <p>
              <strong>{plural('selfEval.progress', s.total, { answered: s.answered })}</strong>
              {s.answered > 0 && <> · {s.counts.filter((c) => c.count > 0).map((c) => `${c.label}: ${c.count}`).join(' · ')}</>}
            </p>
            <dl className="kp-selfeval__answers">
              {s.questions.map((q) => (
                <div key={q.id} className="kp-selfeval__answer">
                  <dt>{q.number}. {q.text}</dt>
                  <dd><span className="kp-selfeval__k">{t('guide.answer')}:</span> {q.rating?.label ?? t('selfEval.unanswered')}</dd>
                  {q.evidence && <dd><span className="kp-selfeval__k">{t('guide.evidence')}</span> {q.evidence}</dd>}
                  {q.notes && <dd><span className="kp-selfeval__k">{t('guide.notes')}:</span> {q.notes}</dd>}
                  {q.nextSteps && <dd><span className="kp-selfeval__k">{t('selfEval.nextSteps')}:</span> {q.nextSteps}</dd>}
                </div>
              ))}
            </dl>
            {links && (links.brochures.length > 0 || links.practices.length > 0) && (
              <div className="kp-selfeval__further">
                <h4>{t('selfEval.summary.further', { standard: links.label })}</h4>
                {links.brochures.length > 0 && (
                  <>
                    <p className="kp-selfeval__k">{t('type.brochures.plural')}</p>
                    <ul>{links.brochures.map((l) => <li key={l.url}><a href={l.url} data-print-url={new URL(l.url, location.href).href}>{l.title}</a></li>)}</ul>
                  </>
                )}
                {links.practices.length > 0 && (
                  <>
                    <p className="kp-selfeval__k">{t('type.practices.plural')}</p>
                    <ul>{links.practices.map((l) => <li key={l.url}><a href={l.url} data-print-url={new URL(l.url, location.href).href}>{l.title}</a></li>)}</ul>
                  </>
                )}
              </div>
            )}
          </section>
        );
      })}
    </div>
  );
}
