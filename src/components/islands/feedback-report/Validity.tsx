/**
 * Who signed the link, when, and how long it works, plus the date of the scores: the lines under
 * the school's (or board's) name. A link signed with the public test key gets a warning box
 * instead, with the name only as quoted, untrusted text.
 */
import { t } from '../../../i18n/t.ts';
import { formatMonth } from '../../../core/format.ts';
import { formatDay, type LinkValidity } from '../../../lib/feedback/code.ts';

export function keyWindow(v: LinkValidity): string {
  return v.keyValidUntil ? t('feedback.validity.keyWindow', { from: formatDay(v.keyValidFrom), until: formatDay(v.keyValidUntil) }) : t('feedback.validity.keySince', { from: formatDay(v.keyValidFrom) });
}

/** When the schools were visited, to the month: "februari tot en met juni 2025", "juni 2025". */
export function periodText(period: { start: string; end: string }): string {
  const month = (day: string) => formatMonth(new Date(`${day}T12:00:00Z`));
  const [start, end] = [month(period.start), month(period.end)];
  if (start === end) return start;
  return t('feedback.validity.period', { start: period.start.slice(0, 4) === period.end.slice(0, 4) ? start.replace(/ \d{4}$/, '') : start, end });
}

/** "Scores van februari tot en met juni 2025.": the date of the scores, on one line on a phone. */
export function ScoresDate({ period }: { period: { start: string; end: string } | undefined }) {
  if (!period) return null;
  return <p className="kp-feedback__meta" data-scores-date="">{t('feedback.validity.scores', { period: periodText(period) })}</p>;
}

export function Validity({ verified, name }: { verified: LinkValidity; name: string }) {
  const until = verified.validUntil ? t('feedback.validity.until', { date: formatDay(verified.validUntil) }) : t('feedback.validity.noEnd');
  if (verified.demo) {
    return (
      <div className="kp-feedback__notice kp-feedback__notice--error kp-feedback__authenticity" data-authenticity="demo">
        <p className="kp-feedback__notice-title">{t('feedback.demo.title')}</p>
        <p>{t('feedback.demo.text')}</p>
        <p>
          {t('feedback.demo.name')} <q className="kp-feedback__untrusted">{name}</q>
        </p>
        <p className="kp-feedback__meta">{t('feedback.validity.made', { date: formatDay(verified.signedOn) })} {until}</p>
      </div>
    );
  }
  return (
    <p className="kp-feedback__meta kp-feedback__authenticity" data-authenticity="genuine">
      <span className="kp-feedback__check" aria-hidden="true">✓</span> {t('feedback.genuine.text', { date: formatDay(verified.signedOn), key: verified.keyId, window: keyWindow(verified) })} {until}
    </p>
  );
}
