/**
 * A board's feedback after a themed investigation: its investigated schools side by side, each
 * against its own comparison group. The scores are in the URL fragment (#v3.…, kind "b"), signed
 * like a school's link and holding only this board's schools; the island checks the signature in
 * the browser (src/lib/feedback/code.ts) before showing anything. Verdict first: the board, the
 * date of the scores and one line per school; then one table with a column per school; then the
 * link's validity. Prints on one A4. Nothing is stored or sent.
 */
// First: before any schema is made (see the module).
import '../zod-without-eval.ts';
import { useCallback, useId } from 'react';
import { plural, t } from '../../../i18n/t.ts';
import { readBoardFragment, type InvestigationDefinition, type VerifiedBoard } from '../../../lib/feedback/code.ts';
import { buildReport, formatScore, formatScoreAgainst, toneOf, verdictText, weakestTone, type SchoolReport } from '../../../lib/feedback/report.ts';
import type { TrustedKey } from '../../../lib/feedback/signing/key-list.ts';
import { KeepAndShare } from './KeepAndShare.tsx';
import { LinkProblem, NoCode } from './LinkProblem.tsx';
import { useFragmentCode } from './use-fragment-code.ts';
import { ScoresDate, Validity } from './Validity.tsx';
import './feedback-report.css';

interface Props {
  investigation: InvestigationDefinition;
  /** The school page, for a school's link opened here. */
  schoolUrl: string;
  keysElement: string;
}

export default function BoardReport({ investigation, schoolUrl, keysElement }: Props) {
  const read = useCallback((hash: string, keys: TrustedKey[], today: string) => readBoardFragment(hash, investigation, keys, today), [investigation]);
  const state = useFragmentCode(read, keysElement);
  if (state.status === 'loading') return null;
  if (state.status === 'none') return <NoCode text="board.none.text" />;
  if (state.status === 'error') return <LinkProblem reason={state.reason} error={state.error} otherPage={schoolUrl} />;
  return <Board verified={state.value} code={state.code} investigation={investigation} />;
}

interface SchoolRow {
  brin: string;
  report: SchoolReport;
}

function Board({ verified, code, investigation }: { verified: VerifiedBoard; code: string; investigation: InvestigationDefinition }) {
  const id = useId();
  const schools: SchoolRow[] = verified.schools.map((s) => ({ brin: s.brin, report: buildReport({ investigation: verified.investigation, group: s.group, school: s.school, scores: s.scores }, investigation) }));
  const title = verified.demo ? t('board.report.titleDemo') : t('board.report.title', { board: verified.board.name });
  const name = (s: SchoolRow) => `${s.report.school} (${s.brin})`;
  return (
    <section className="kp-feedback kp-board" aria-labelledby={`${id}-title`}>
      {verified.demo && <Validity verified={verified} name={verified.board.name} />}
      <h2 id={`${id}-title`} className="kp-feedback__title">{title}</h2>
      <ScoresDate period={investigation.period} />
      <p className="kp-feedback__meta">{plural('board.report.schools', schools.length)}</p>
      <h3 id={`${id}-verdict`} className="kp-visually-hidden">{t('feedback.verdict.title')}</h3>
      <ul className="kp-feedback__verdict" aria-labelledby={`${id}-verdict`}>
        {schools.map((s) => (
          <li key={s.brin} className={`kp-feedback__verdict-line kp-feedback__verdict-line--${weakestTone(s.report.indicators)}`} data-brin={s.brin}>
            <strong>{verified.demo ? s.brin : name(s)}</strong> {verdictText(s.report.indicators)}
          </li>
        ))}
      </ul>
      {!verified.demo && <Validity verified={verified} name={verified.board.name} />}
      <p className="kp-feedback__print-meta">{t('feedback.print.meta', { date: new Date().toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' }) })}</p>
      <p className="kp-feedback__privacy kp-muted kp-no-print">{t('board.report.privacy')}</p>
      <KeepAndShare code={code} privacy="board.share.privacy" share="board.share.button" />

      <h3 id={`${id}-table`}>{t('board.table.title')}</h3>
      <p className="kp-feedback__scroll-hint kp-muted kp-no-print" id={`${id}-hint`}>{t('board.table.scrollHint')}</p>
      <div className="kp-feedback__table kp-board__table" role="region" aria-labelledby={`${id}-table`} aria-describedby={`${id}-hint`} tabIndex={0}>
        <table>
          <caption className="kp-visually-hidden">{t('board.table.caption', { board: verified.demo ? t('feedback.demo.nameWord') : verified.board.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('feedback.table.indicator')}</th>
              {schools.map((s) => (
                <th key={s.brin} scope="col">{verified.demo ? s.brin : name(s)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t('board.table.group')}</th>
              {schools.map((s) => (
                <td key={s.brin} className="kp-board__group">{s.report.group.label}</td>
              ))}
            </tr>
            {investigation.indicators.map((ind, i) => (
              <tr key={ind.id}>
                <th scope="row">{ind.label}</th>
                {schools.map((s) => {
                  const r = s.report.indicators[i]!;
                  const tone = toneOf(r);
                  return (
                    <td key={s.brin} className={`kp-board__cell kp-board__cell--${tone}`} data-tone={tone}>
                      <span className="kp-board__score">{r.score === null ? t('feedback.table.noScore') : formatScoreAgainst(r.score, r.lowBelow)}</span>
                      {tone === 'low' && <span className="kp-feedback__low"> {t('feedback.low')}</span>}
                      <span className="kp-board__median">{t('board.table.median', { n: formatScore(r.distribution.median) })}</span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3>{t('board.next.title')}</h3>
      <p className="kp-prose">{t('board.next.text')}</p>
      <p>
        <a href={t('feedback.talk.url')} data-print-url={t('feedback.talk.url')}>{t('feedback.talk.link')}</a>
      </p>
    </section>
  );
}
