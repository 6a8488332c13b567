/** The infographic row of one indicator and its legend (feedback page). */
import { t } from '../../../i18n/t.ts';
import { formatScore, formatScoreAgainst, type IndicatorReport } from '../../../lib/feedback/report.ts';

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
export function IndicatorChart({ id, indicator, scaleMax }: { id: string; indicator: IndicatorReport; scaleMax: number }) {
  const d = indicator.distribution;
  const x = (v: number) => pct(at(v, scaleMax));
  const s = indicator.score;
  const sAt = s === null ? 0 : at(s, scaleMax);
  const anchor = sAt < 14 ? 'start' : sAt > 86 ? 'end' : 'middle';
  const title = t('feedback.chart.alt', {
    indicator: indicator.label,
    score: s === null ? t('feedback.table.noScore') : `${formatScoreAgainst(s, indicator.lowBelow)}${indicator.low ? ` (${t('feedback.low')})` : ''}`,
    median: formatScore(d.median),
    p25: formatScore(d.p25),
    p75: formatScore(d.p75),
    p10: formatScore(d.p10),
    p90: formatScore(d.p90),
    low: formatScore(indicator.lowBelow),
  });
  return (
    <svg className="kp-feedback__chart" role="img" aria-labelledby={`${id}-t`} width="100%" height="100" xmlns="http://www.w3.org/2000/svg">
      <title id={`${id}-t`}>{title}</title>
      <line className="kp-chart__axis" x1={x(1)} x2={x(scaleMax)} y1="60" y2="60" />
      {ticks(scaleMax).map((v) => (
        <g key={v}>
          <line className="kp-chart__axis" x1={x(v)} x2={x(v)} y1="60" y2="65" />
          <text className="kp-chart__tick" x={x(v)} y="79" textAnchor="middle">{v}</text>
        </g>
      ))}
      <line className="kp-chart__low" x1={x(indicator.lowBelow)} x2={x(indicator.lowBelow)} y1="22" y2="84" />
      <text className="kp-chart__low-label" x={x(indicator.lowBelow)} y="96" textAnchor="middle" aria-hidden="true">{t('feedback.chart.threshold', { n: formatScore(indicator.lowBelow) })}</text>
      <line className="kp-chart__whisker" x1={x(d.p10)} x2={x(d.p90)} y1="40" y2="40" />
      <line className="kp-chart__whisker" x1={x(d.p10)} x2={x(d.p10)} y1="33" y2="47" />
      <line className="kp-chart__whisker" x1={x(d.p90)} x2={x(d.p90)} y1="33" y2="47" />
      <rect className="kp-chart__box" x={x(d.p25)} width={pct(at(d.p75, scaleMax) - at(d.p25, scaleMax))} y="28" height="24" />
      <line className="kp-chart__median" x1={x(d.median)} x2={x(d.median)} y1="26" y2="54" />
      {s !== null && (
        <>
          <circle className={indicator.low ? 'kp-chart__school kp-chart__school--low' : 'kp-chart__school'} cx={pct(sAt)} cy="40" r="8" />
          <text className="kp-chart__label" x={pct(sAt)} y="15" textAnchor={anchor}>
            {t(indicator.low ? 'feedback.chart.youLow' : 'feedback.chart.you', { score: formatScoreAgainst(s, indicator.lowBelow) })}
          </text>
        </>
      )}
    </svg>
  );
}

export function ChartLegend() {
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

