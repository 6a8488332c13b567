/**
 * A school's feedback after a themed investigation. The school's scores are in the URL fragment
 * (#v1.…), which browsers never send to a server; this island reads it in the browser and draws,
 * per indicator, the school's score against comparable schools (accessible SVG + data table +
 * sentences), then follow-up for each low indicator. Without a valid code it shows a clear message;
 * the general page around it (static HTML) stays readable either way, and no chart is drawn from
 * bad data. Nothing is stored or sent.
 */
import { useEffect, useId, useState } from 'react';
import { t } from '../../i18n/t.ts';
import { looksLikeFeedbackCode, readFeedbackFragment, type InvestigationDefinition } from '../../lib/feedback-code.ts';
import { buildReport, formatScore, type FollowUp, type IndicatorReport, type SchoolReport } from '../../lib/feedback.ts';
import './feedback-report.css';

interface StandardLink {
  label: string;
  url: string;
}
interface Props {
  investigation: InvestigationDefinition;
  /** Follow-up per indicator id, computed at build time from the site's content. */
  followUp: Record<string, FollowUp>;
  /** Labels and pages of the indicators' standards. */
  standards: Record<string, StandardLink>;
  /** The investigation's own page. */
  investigationUrl: string;
}

type State = { status: 'loading' } | { status: 'none' } | { status: 'error'; error: string } | { status: 'ok'; report: SchoolReport };

export default function FeedbackReport({ investigation, followUp, standards, investigationUrl }: Props) {
  const [state, setState] = useState<State>({ status: 'loading' });

  useEffect(() => {
    let current = 0;
    const read = async (hash: string) => {
      const run = ++current;
      if (!looksLikeFeedbackCode(hash)) {
        setState({ status: 'none' });
        return;
      }
      try {
        const result = await readFeedbackFragment(hash, investigation);
        if (run !== current) return;
        setState(result.ok ? { status: 'ok', report: buildReport(result.value, investigation) } : { status: 'error', error: result.error });
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
    return () => removeEventListener('hashchange', onHash);
  }, [investigation]);

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
  return <Report report={state.report} investigation={investigation} followUp={followUp} standards={standards} investigationUrl={investigationUrl} />;
}

function Report({ report, investigation, followUp, standards, investigationUrl }: Props & { report: SchoolReport }) {
  const id = useId();
  const { group } = report;
  return (
    <section className="kp-feedback" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('feedback.report.title', { school: report.school })}</h2>
      <p>{t('feedback.report.group', { group: group.label, n: group.schools })} {group.description}</p>
      <p className="kp-feedback__summary">{report.summary}</p>
      <p className="kp-feedback__privacy kp-muted">{t('feedback.report.privacy')}</p>

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

      <DataTable id={id} report={report} />

      <h2>{t('feedback.next.title')}</h2>
      {report.low.length === 0 ? (
        <p>
          {t('feedback.next.noneLow')} <a href={investigationUrl}>{t('feedback.next.investigation', { title: investigation.title })}</a>
        </p>
      ) : (
        <>
          <p className="kp-prose">{t('feedback.next.intro')}</p>
          {report.low.map((ind) => (
            <FollowUpBlock key={ind.id} indicator={ind} followUp={followUp[ind.id]} standard={ind.standard ? standards[ind.standard] : undefined} investigationUrl={investigationUrl} />
          ))}
        </>
      )}
    </section>
  );
}

/** Where a score sits on the 1..scaleMax axis, as a percentage of the chart's width (with room for labels). */
const at = (value: number, max: number) => 4 + ((value - 1) / Math.max(1, max - 1)) * 92;
const pct = (n: number) => `${n.toFixed(2)}%`;

function ticks(max: number): number[] {
  const step = max <= 10 ? 1 : max <= 20 ? 2 : max <= 50 ? 5 : 10;
  const out = [1];
  for (let v = step; v <= max; v += step) if (v > 1) out.push(v);
  if (out.at(-1) !== max) out.push(max);
  return out;
}

/**
 * One row of the infographic. Shapes are placed in percentages (no viewBox), so the chart fills any
 * width from 320 px up while its text stays at reading size. role="img" with the SVG's own <title>
 * as accessible name; the sentence below and the table give the same information as text.
 */
function IndicatorChart({ id, indicator, scaleMax }: { id: string; indicator: IndicatorReport; scaleMax: number }) {
  const d = indicator.distribution;
  const x = (v: number) => pct(at(v, scaleMax));
  const s = indicator.score;
  const sAt = s === null ? 0 : at(s, scaleMax);
  const anchor = sAt < 14 ? 'start' : sAt > 86 ? 'end' : 'middle';
  const title = t('feedback.chart.alt', {
    indicator: indicator.label,
    score: s === null ? t('feedback.table.noScore') : formatScore(s),
    median: formatScore(d.median),
    p25: formatScore(d.p25),
    p75: formatScore(d.p75),
    p10: formatScore(d.p10),
    p90: formatScore(d.p90),
  });
  return (
    <svg className="kp-feedback__chart" role="img" aria-labelledby={`${id}-t`} width="100%" height="84" xmlns="http://www.w3.org/2000/svg">
      <title id={`${id}-t`}>{title}</title>
      <line className="kp-chart__axis" x1={x(1)} x2={x(scaleMax)} y1="60" y2="60" />
      {ticks(scaleMax).map((v) => (
        <g key={v}>
          <line className="kp-chart__axis" x1={x(v)} x2={x(v)} y1="60" y2="65" />
          <text className="kp-chart__tick" x={x(v)} y="79" textAnchor="middle">{v}</text>
        </g>
      ))}
      <line className="kp-chart__low" x1={x(indicator.lowBelow)} x2={x(indicator.lowBelow)} y1="22" y2="58" />
      <line className="kp-chart__whisker" x1={x(d.p10)} x2={x(d.p90)} y1="40" y2="40" />
      <line className="kp-chart__whisker" x1={x(d.p10)} x2={x(d.p10)} y1="33" y2="47" />
      <line className="kp-chart__whisker" x1={x(d.p90)} x2={x(d.p90)} y1="33" y2="47" />
      <rect className="kp-chart__box" x={x(d.p25)} width={pct(at(d.p75, scaleMax) - at(d.p25, scaleMax))} y="28" height="24" />
      <line className="kp-chart__median" x1={x(d.median)} x2={x(d.median)} y1="26" y2="54" />
      {s !== null && (
        <>
          <circle className={indicator.low ? 'kp-chart__school kp-chart__school--low' : 'kp-chart__school'} cx={pct(sAt)} cy="40" r="8" />
          <text className="kp-chart__label" x={pct(sAt)} y="15" textAnchor={anchor}>
            {t('feedback.chart.you', { score: formatScore(s) })}
          </text>
        </>
      )}
    </svg>
  );
}

function ChartLegend() {
  return (
    <div className="kp-feedback__legend" aria-hidden="true">
      <span><svg width="18" height="18"><circle className="kp-chart__school" cx="9" cy="9" r="7" /></svg> {t('feedback.legend.school')}</span>
      <span><svg width="18" height="18"><line className="kp-chart__median" x1="9" x2="9" y1="1" y2="17" /></svg> {t('feedback.legend.median')}</span>
      <span><svg width="26" height="18"><rect className="kp-chart__box" x="1" y="3" width="24" height="12" /></svg> {t('feedback.legend.box')}</span>
      <span><svg width="26" height="18"><line className="kp-chart__whisker" x1="1" x2="25" y1="9" y2="9" /><line className="kp-chart__whisker" x1="1" x2="1" y1="4" y2="14" /><line className="kp-chart__whisker" x1="25" x2="25" y1="4" y2="14" /></svg> {t('feedback.legend.whisker')}</span>
      <span><svg width="18" height="18"><line className="kp-chart__low" x1="9" x2="9" y1="1" y2="17" /></svg> {t('feedback.legend.low')}</span>
    </div>
  );
}

function DataTable({ id, report }: { id: string; report: SchoolReport }) {
  const range = (a: number, b: number) => `${formatScore(a)} – ${formatScore(b)}`;
  return (
    <>
      <h3 id={`${id}-table`}>{t('feedback.table.title')}</h3>
      {/* The caption is shown above the scroll area (a caption scrolls away with a wide table on a phone). */}
      <p aria-hidden="true">{t('feedback.table.caption', { school: report.school, group: report.group.label })}</p>
      <div className="kp-feedback__table" role="region" aria-labelledby={`${id}-table`} tabIndex={0}>
        <table>
          <caption className="kp-visually-hidden">{t('feedback.table.caption', { school: report.school, group: report.group.label })}</caption>
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
                <td>{ind.score === null ? t('feedback.table.noScore') : formatScore(ind.score)}</td>
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

function FollowUpBlock({ indicator, followUp, standard, investigationUrl }: { indicator: IndicatorReport; followUp: FollowUp | undefined; standard: StandardLink | undefined; investigationUrl: string }) {
  const kinds = [
    ['brochures', t('feedback.next.brochures')],
    ['guides', t('feedback.next.guides')],
    ['practices', t('feedback.next.practices')],
    ['experts', t('feedback.next.experts')],
  ] as const;
  const any = followUp && kinds.some(([k]) => followUp[k].length > 0);
  return (
    <section className="kp-feedback__followup">
      <h3>{indicator.label}</h3>
      <p>{indicator.sentence} {indicator.description}</p>
      {any ? (
        <div className="kp-feedback__kinds">
          {kinds.map(([k, label]) =>
            followUp[k].length ? (
              <div key={k}>
                <h4>{label}</h4>
                <ul>{followUp[k].map((l) => <li key={l.url}><a href={l.url}>{l.title}</a></li>)}</ul>
              </div>
            ) : null,
          )}
        </div>
      ) : (
        <p><a href={investigationUrl}>{t('feedback.next.fallback')}</a></p>
      )}
      {standard && <p><a href={standard.url}>{t('feedback.next.standard', { standard: standard.label })}</a></p>}
    </section>
  );
}
