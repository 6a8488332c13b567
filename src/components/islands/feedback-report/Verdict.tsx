/** The verdict in a few lines: per standard, the indicators under their tone (low, below the middle, not below it). */
import { t } from '../../../i18n/t.ts';
import { verdictLines, type SchoolReport } from '../../../lib/feedback/report.ts';

export function Verdict({ report, standards, labelledBy }: { report: Pick<SchoolReport, 'indicators'>; standards: Record<string, { label: string }>; labelledBy?: string }) {
  return (
    <ul className="kp-feedback__verdict" aria-labelledby={labelledBy}>
      {verdictLines(report).map((line) => (
        <li key={line.standard} className={`kp-feedback__verdict-line kp-feedback__verdict-line--${line.tone}`} data-tone={line.tone}>
          <strong>{line.standard ? (standards[line.standard]?.label ?? line.standard) : t('feedback.verdict.otherGroup')}</strong> {line.text}
        </li>
      ))}
    </ul>
  );
}
