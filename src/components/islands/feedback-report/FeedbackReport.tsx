/**
 * A school's feedback after a themed investigation. The school's scores are in the URL fragment
 * (#v2.…), which browsers never send to a server; this island checks the link's signature in the
 * browser (src/lib/feedback/code.ts) and only then draws, per indicator, the school's score against
 * comparable schools (accessible SVG + data table + sentences) and one action list. A link signed
 * with the public test key is shown as a demonstration with the name as untrusted quoted text; any
 * other failure shows a clear message and no report. Nothing is stored or sent.
 */
import { useEffect, useId, useState } from 'react';
import { t } from '../../../i18n/t.ts';
import { codeFromFragment, looksLikeFeedbackCode, readFeedbackFragment, type InvestigationDefinition, type VerifiedFeedback } from '../../../lib/feedback/code.ts';
import { todayInAmsterdam } from '../../../core/amsterdam-time.ts';
import { buildReport, formatScore, formatScoreAgainst, mergeActions, type FollowUp, type SchoolReport } from '../../../lib/feedback/report.ts';
import type { TrustedKey } from '../../../lib/feedback/signing/key-list.ts';
import { ActionList } from './ActionList.tsx';
import { ChartLegend, IndicatorChart } from './IndicatorChart.tsx';
import { KeepAndShare } from './KeepAndShare.tsx';
import { keepInPageAnchors } from './keep-fragment.ts';
import './feedback-report.css';

interface StandardLink {
  label: string;
  url: string;
}
interface Props {
  investigation: InvestigationDefinition;
  /** Follow-up per comparison group id, then per indicator id, computed at build time from the site's content. */
  followUp: Record<string, Record<string, FollowUp>>;
  /** Labels and pages of the indicators' standards. */
  standards: Record<string, StandardLink>;
  /** The investigation's own page. */
  investigationUrl: string;
  /** Id of the <script type="application/json"> that holds the trusted public keys. */
  keysElement: string;
}

type State =
  | { status: 'loading' }
  | { status: 'none' }
  | { status: 'error'; error: string }
  | { status: 'ok'; report: SchoolReport; verified: VerifiedFeedback; code: string };

function readKeys(elementId: string): TrustedKey[] {
  const text = document.getElementById(elementId)?.textContent;
  return text ? (JSON.parse(text) as TrustedKey[]) : [];
}

export default function FeedbackReport({ investigation, followUp, standards, investigationUrl, keysElement }: Props) {
  const [state, setState] = useState<State>({ status: 'loading' });

  useEffect(() => {
    let current = 0;
    const read = async (hash: string) => {
      const run = ++current;
      // A code that a mail program or a copy percent-encoded is read as the code itself.
      const found = codeFromFragment(hash);
      if (found.kind === 'none') {
        setState({ status: 'none' });
        return;
      }
      const code = found.kind === 'code' ? found.code : '';
      try {
        const result = await readFeedbackFragment(hash, investigation, readKeys(keysElement), todayInAmsterdam());
        if (run !== current) return;
        // The address shows the clean code, so a bookmark or a copied link works everywhere.
        if (result.ok && location.hash !== `#${code}`) history.replaceState(history.state, '', `${location.pathname}${location.search}#${code}`);
        setState(result.ok ? { status: 'ok', report: buildReport(result.value, investigation), verified: result.value, code } : { status: 'error', error: result.error });
      } catch {
        // e.g. no WebCrypto (a page opened over plain http on a network address)
        if (run === current) setState({ status: 'error', error: t('feedback.error.browser') });
      }
    };
    void read(location.hash);
    // A new code pasted into the address bar; in-page anchors (#inhoud) leave the report alone.
    const onHash = () => {
      if (looksLikeFeedbackCode(location.hash)) void read(location.hash);
    };
    addEventListener('hashchange', onHash);
    const stopAnchors = keepInPageAnchors();
    return () => {
      removeEventListener('hashchange', onHash);
      stopAnchors();
    };
  }, [investigation, keysElement]);

  if (state.status === 'loading') return null;
  if (state.status === 'none') {
    return (
      <div className="kp-feedback kp-feedback__notice">
        <p className="kp-feedback__notice-title">{t('feedback.none.title')}</p>
        <p>{t('feedback.none.text')}</p>
      </div>
    );
  }
  if (state.status === 'error') {
    return (
      <div className="kp-feedback kp-feedback__notice kp-feedback__notice--error" role="alert">
        <p className="kp-feedback__notice-title">{t('feedback.error.title')}</p>
        <p>{state.error}</p>
        <p>{t('feedback.error.general')}</p>
      </div>
    );
  }
  return <Report report={state.report} verified={state.verified} code={state.code} investigation={investigation} followUp={followUp} standards={standards} investigationUrl={investigationUrl} />;
}

function Authenticity({ verified }: { verified: VerifiedFeedback }) {
  const date = new Date(`${verified.signedOn}T12:00:00Z`).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
  if (verified.demo) {
    return (
      <div className="kp-feedback__notice kp-feedback__notice--error kp-feedback__authenticity" data-authenticity="demo">
        <p className="kp-feedback__notice-title">{t('feedback.demo.title')}</p>
        <p>{t('feedback.demo.text')}</p>
        <p>
          {t('feedback.demo.name')} <q className="kp-feedback__untrusted">{verified.school}</q>
        </p>
      </div>
    );
  }
  return (
    <div className="kp-feedback__notice kp-feedback__authenticity" data-authenticity="genuine">
      <p className="kp-feedback__notice-title">{t('feedback.genuine.title')}</p>
      <p>{t('feedback.genuine.text', { date, key: verified.keyId })}</p>
    </div>
  );
}

function Report({ report, verified, code, investigation, followUp, standards, investigationUrl }: Omit<Props, 'keysElement'> & { report: SchoolReport; verified: VerifiedFeedback; code: string }) {
  const id = useId();
  const { group } = report;
  const actions = mergeActions(report.low, followUp[group.id] ?? {});
  const lowStandards = [...new Set(report.low.flatMap((i) => (i.standard ? [i.standard] : [])))].flatMap((s) => (standards[s] ? [standards[s]] : []));
  // Only a genuine report names the school in a heading; a demonstration does not.
  const title = verified.demo ? t('feedback.report.titleDemo') : t('feedback.report.title', { school: report.school });
  return (
    <section className="kp-feedback" aria-labelledby={`${id}-title`}>
      <Authenticity verified={verified} />
      <h2 id={`${id}-title`}>{title}</h2>
      <p className="kp-feedback__print-meta">{t('feedback.print.meta', { date: new Date().toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' }) })}</p>
      <p>{t('feedback.report.group', { group: group.label, n: group.schools })} <span className="kp-feedback__group-description">{group.description}</span></p>
      <p className="kp-feedback__summary">{report.summary}</p>
      <p className="kp-feedback__privacy kp-muted kp-no-print">{t('feedback.report.privacy')}</p>
      <KeepAndShare code={code} />

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

      <h2>{t('feedback.next.title')}</h2>
      {report.low.length === 0 ? (
        <p>
          {t('feedback.next.noneLow')} <a href={investigationUrl}>{t('feedback.next.investigation', { title: investigation.title })}</a>
        </p>
      ) : (
        <ActionList actions={actions} low={report.low} standards={lowStandards} investigationUrl={investigationUrl} />
      )}
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

