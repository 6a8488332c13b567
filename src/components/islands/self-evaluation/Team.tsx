/** Team mode: colleagues' exported files side by side, per question who chose what. */
import { plural, t } from '../../../i18n/t.ts';
import { questionIds, reconcileAnswers, respondentNames, teamSpread, type AnswersDraft, type AnswersFile, type GuideDefinition } from '../../../lib/self-evaluation/answers.ts';
import { formatDate } from '../../../core/format.ts';
import { FileField } from './FileField.tsx';
import { AnswerTexts } from './AnswerTexts.tsx';

export function Team(props: {
  id: string;
  guide: GuideDefinition;
  draft: AnswersDraft;
  team: AnswersFile[];
  includeOwn: boolean;
  onlyDiffering: boolean;
  onIncludeOwn: (v: boolean) => void;
  onOnlyDiffering: (v: boolean) => void;
  onImport: (input: HTMLInputElement) => void;
  onRemove: (checksum: string) => void;
}) {
  const { id, guide, draft, team, includeOwn, onlyDiffering } = props;
  const ownCount = Object.keys(draft.answers).length;
  const names = respondentNames(team.map((f) => f.respondent));
  const respondents = [
    ...(includeOwn && ownCount ? [{ name: draft.respondent?.trim() ? t('selfEval.team.youNamed', { name: draft.respondent.trim() }) : t('selfEval.team.you'), answers: draft.answers }] : []),
    ...team.map((f, i) => ({ name: names[i]!, answers: f.answers })),
  ];
  const sections = teamSpread(respondents, guide);
  const all = sections.flatMap((s) => s.questions);
  const differing = all.filter((q) => q.spread > 0).length;
  return (
    <div className="kp-selfeval__team">
      <p className="kp-prose">{t('selfEval.team.intro')}</p>
      <FileField id={`${id}-team-import`} label={t('selfEval.team.import')} hint={t('selfEval.team.importHint')} multiple onFiles={props.onImport} />
      <label className="kp-selfeval__check">
        <input type="checkbox" checked={includeOwn} onChange={(e) => props.onIncludeOwn(e.target.checked)} /> {t('selfEval.team.includeOwn')}
      </label>
      {team.length > 0 && (
        <>
          <h3>{t('selfEval.team.members', { n: team.length })}</h3>
          <ul className="kp-selfeval__members">
            {team.map((f, i) => (
              <li key={f.checksum}>
                {names[i]} <span className="kp-muted">({formatDate(new Date(f.savedAt))}, {plural('selfEval.team.answered', questionIds(guide).length, { answered: Object.keys(reconcileAnswers(f.answers, guide).current).length })})</span>{' '}
                <button type="button" className="kp-selfeval__reset" onClick={() => props.onRemove(f.checksum)}>
                  {t('selfEval.team.remove')}<span className="kp-visually-hidden"> {names[i]}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {respondents.length < 2 ? (
        <p className="kp-selfeval__message kp-selfeval__message--info">{t('selfEval.team.needTwo')}</p>
      ) : (
        <>
          <p>
            <strong>{plural('selfEval.team.overview', all.length, { people: respondents.length, differ: differing })}</strong>
          </p>
          <label className="kp-selfeval__check kp-no-print">
            <input type="checkbox" checked={onlyDiffering} onChange={(e) => props.onOnlyDiffering(e.target.checked)} /> {t('selfEval.team.onlyDiffering')}
          </label>
          {sections.map((s, si) => {
            const questions = s.questions.filter((q) => !onlyDiffering || q.spread > 0);
            if (!questions.length) return null;
            return (
              <section key={s.standard + si} aria-labelledby={`${id}-team-s${si}`}>
                <h3 id={`${id}-team-s${si}`}>{s.title}</h3>
                {questions.map((q) => (
                  <div key={q.id} className="kp-selfeval__spread" data-question={q.id}>
                    <h4>{q.number}. {q.text}</h4>
                    <p className={q.spread > 0 ? 'kp-selfeval__badge kp-selfeval__badge--differ' : 'kp-selfeval__badge'}>
                      {q.spread > 0
                        ? plural('selfEval.team.differ', q.spread)
                        : q.options.reduce((n, o) => n + o.names.length, 0) >= 2
                          ? t('selfEval.team.agree')
                          : q.options.some((o) => o.names.length)
                            ? t('selfEval.team.oneAnswer')
                            : t('selfEval.team.noneAnswered')}
                    </p>
                    <ul className="kp-selfeval__options">
                      {q.options.map((o) => (
                        <li key={o.value}>
                          <span className="kp-selfeval__option">{o.label}</span>
                          {/* One cell per respondent, filled for those who chose this: no style attribute (CSP). */}
                          <span className="kp-selfeval__bar" aria-hidden="true">
                            {respondents.map((_, i) => (
                              <span key={i} className={i < o.names.length ? 'kp-selfeval__bar-filled' : undefined} />
                            ))}
                          </span>
                          <span className="kp-selfeval__names">{o.names.length ? `${o.names.length}: ${o.names.join(', ')}` : '0'}</span>
                        </li>
                      ))}
                    </ul>
                    {q.unanswered.length > 0 && <p className="kp-muted">{t('selfEval.team.unanswered', { names: q.unanswered.join(', ') })}</p>}
                    {q.comments.length > 0 && (
                      <details>
                        <summary>{t('selfEval.team.comments', { n: q.comments.length })}</summary>
                        <ul>
                          {q.comments.map((c) => (
                            <li key={c.name}>
                              <strong>{c.name}</strong>
                              <AnswerTexts {...c} />
                            </li>
                          ))}
                        </ul>
                      </details>
                    )}
                  </div>
                ))}
              </section>
            );
          })}
        </>
      )}
    </div>
  );
}

/** The written parts of one answer (evidence, notes, next steps), each on its own line when filled in. */
