/**
 * A school's feedback after a themed investigation. The school's scores are in the URL fragment
 * (#v3.…), which browsers never send to a server; this island checks the link's signature in the
 * browser (src/lib/feedback/code.ts) and only then shows, verdict first: the school, the date of
 * the scores, the link's validity and one line per group of indicators; then what to do next,
 * chosen for this school (src/lib/feedback/next-steps.ts); then per indicator the school's score
 * against comparable schools (accessible SVG + sentences) and the data table. A link signed with
 * the public test key is shown as a demonstration with the name as untrusted quoted text; any
 * other failure shows a clear message and no report. Nothing is stored or sent.
 */
// First: before any schema is made (see the module).
import '../zod-without-eval.ts';
import { useCallback, useId } from 'react';
import { plural, t } from '../../../i18n/t.ts';
import { readFeedbackFragment, type InvestigationDefinition, type VerifiedFeedback } from '../../../lib/feedback/code.ts';
import { buildReport, formatScore, formatScoreAgainst, type SchoolReport } from '../../../lib/feedback/report.ts';
import { chooseNextSteps, focusIndicators, type StepCandidate } from '../../../lib/feedback/next-steps.ts';
import type { TrustedKey } from '../../../lib/feedback/signing/key-list.ts';
import { ActionList } from './ActionList.tsx';
import { ChartLegend, IndicatorChart } from './IndicatorChart.tsx';
import { KeepAndShare } from './KeepAndShare.tsx';
import { LinkProblem, NoCode } from './LinkProblem.tsx';
import { useFragmentCode } from './use-fragment-code.ts';
import { ScoresDate, Validity } from './Validity.tsx';
import { Verdict } from './Verdict.tsx';
import './feedback-report.css';

interface StandardLink {
  label: string;
  url: string;
}
interface Props {
  investigation: InvestigationDefinition;
  /** Next-step candidates per comparison group id, computed at build time from the site's content. */
  nextSteps: Record<string, StepCandidate[]>;
  /** Labels and pages of the indicators' standards. */
  standards: Record<string, StandardLink>;
  /** The investigation's own page. */
  investigationUrl: string;
  /** The board page, for a board's link opened here. */
  boardUrl: string;
  /** Id of the <script type="application/json"> that holds the trusted public keys. */
  keysElement: string;
}

export default function FeedbackReport({ investigation, nextSteps, standards, investigationUrl, boardUrl, keysElement }: Props) {
  const read = useCallback((hash: string, keys: TrustedKey[], today: string) => readFeedbackFragment(hash, investigation, keys, today), [investigation]);
  const state = useFragmentCode(read, keysElement);
  if (state.status === 'loading') return null;
  if (state.status === 'none') return <NoCode />;
  if (state.status === 'error') return <LinkProblem reason={state.reason} error={state.error} otherPage={boardUrl} />;
  const report = buildReport(state.value, investigation);
  return <Report report={report} verified={state.value} code={state.code} investigation={investigation} candidates={nextSteps[report.group.id] ?? []} standards={standards} investigationUrl={investigationUrl} />;
}

interface ReportProps {
  report: SchoolReport;
  verified: VerifiedFeedback;
  code: string;
  investigation: InvestigationDefinition;
  candidates: StepCandidate[];
  standards: Record<string, StandardLink>;
  investigationUrl: string;
}

function Report({ report, verified, code, investigation, candidates, standards, investigationUrl }: ReportProps) {
  const id = useId();
  const { group } = report;
  const focus = focusIndicators(report);
  const actions = chooseNextSteps(report, candidates);
  const focusStandards = [...new Set(focus.flatMap((i) => (i.standard ? [i.standard] : [])))].flatMap((s) => (standards[s] ? [standards[s]] : []));
  // Only a genuine report names the school in a heading; a demonstration does not.
  const title = verified.demo ? t('feedback.report.titleDemo') : t('feedback.report.title', { school: report.school });
  return (
    <section className="kp-feedback" aria-labelledby={`${id}-title`}>
      {verified.demo && <Validity verified={verified} name={verified.school} />}
      <h2 id={`${id}-title`} className="kp-feedback__title">{title}</h2>
      <ScoresDate period={investigation.period} />
      <p className="kp-feedback__meta">{plural('feedback.report.group', group.schools, { group: group.label })} <span className="kp-feedback__group-description">{group.description}</span></p>
      <h3 id={`${id}-verdict`} className="kp-visually-hidden">{t('feedback.verdict.title')}</h3>
      <Verdict report={report} standards={standards} labelledBy={`${id}-verdict`} />
      {!verified.demo && <Validity verified={verified} name={verified.school} />}
      <p className="kp-feedback__print-meta">{t('feedback.print.meta', { date: new Date().toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' }) })}</p>
      <p className="kp-feedback__privacy kp-muted kp-no-print">{t('feedback.report.privacy')}</p>
      <KeepAndShare code={code} />

      <h3 id={`${id}-next`}>{t('feedback.next.title')}</h3>
      {focus.length === 0 ? (
        <p>
          {t('feedback.next.noneLow')} <a href={investigationUrl}>{t('feedback.next.investigation', { title: investigation.title })}</a>
        </p>
      ) : (
        <ActionList actions={actions} focus={focus.length} standards={focusStandards} investigationUrl={investigationUrl} />
      )}

      <h3>{t('feedback.chart.title')}</h3>
      <ChartLegend />
      <ul className="kp-feedback__charts">
        {report.indicators.map((ind) => (
          <li key={ind.id} className={ind.low ? 'kp-feedback__indicator kp-feedback__indicator--low' : 'kp-feedback__indicator'}>
            <h4 id={`${id}-${ind.id}-h`}>{ind.label}{ind.low && <span className="kp-feedback__low"> {t('feedback.low')}</span>}</h4>
            <IndicatorChart id={`${id}-${ind.id}`} indicator={ind} scaleMax={investigation.scaleMax} />
            <p className="kp-feedback__sentence">{ind.sentence}</p>
          </li>
        ))}
      </ul>

      <DataTable id={id} report={report} name={verified.demo ? t('feedback.demo.nameWord') : report.school} />
    </section>
  );
}

function DataTable({ id, report, name }: { id: string; report: SchoolReport; name: string }) {
  const range = (a: number, b: number) => `${formatScore(a)} – ${formatScore(b)}`;
  return (
    <>
      <h3 id={`${id}-table`}>{t('feedback.table.title')}</h3>
      {/* The caption is shown above the scroll area (a caption scrolls away with a wide table on a phone). */}
      <p aria-hidden="true" className="kp-feedback__table-caption">{t('feedback.table.caption', { school: name, group: report.group.label })}</p>
      <p className="kp-feedback__scroll-hint kp-muted kp-no-print" id={`${id}-hint`}>{t('feedback.table.scrollHint')}</p>
      <div className="kp-feedback__table" role="region" aria-labelledby={`${id}-table`} aria-describedby={`${id}-hint`} tabIndex={0}>
        <table>
          <caption className="kp-visually-hidden">{t('feedback.table.caption', { school: name, group: report.group.label })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('feedback.table.indicator')}</th>
              <th scope="col">{t('feedback.table.school')}</th>
              <th scope="col">{t('feedback.table.median')}</th>
              <th scope="col">{t('feedback.table.box')}</th>
              <th scope="col">{t('feedback.table.whisker')}</th>
              <th scope="col">{t('feedback.table.low')}</th>
            </tr>
          </thead>
          <tbody>
            {report.indicators.map((ind) => (
              <tr key={ind.id}>
                <th scope="row">{ind.label}</th>
                <td>{ind.score === null ? t('feedback.table.noScore') : formatScoreAgainst(ind.score, ind.lowBelow)}</td>
                <td>{formatScore(ind.distribution.median)}</td>
                <td>{range(ind.distribution.p25, ind.distribution.p75)}</td>
                <td>{range(ind.distribution.p10, ind.distribution.p90)}</td>
                <td>{ind.low ? t('feedback.table.yes', { n: formatScore(ind.lowBelow) }) : t('feedback.table.no')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
