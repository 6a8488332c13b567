/**
 * One action list for the school: first how to ask for a conversation with the inspector (the
 * follow-up the Inspectorate promises when scores are low), then each brochure, guide, example and
 * expert school once, with the low indicators it helps with. Printed links show their full address.
 */
import { t, plural } from '../../../i18n/t.ts';
import type { Action, IndicatorReport } from '../../../lib/feedback/report.ts';

const KIND_LABEL = {
  brochures: 'feedback.action.kind.brochures',
  guides: 'feedback.action.kind.guides',
  practices: 'feedback.action.kind.practices',
  experts: 'feedback.action.kind.experts',
} as const;

/** Full address for print: a relative /brochures/… means nothing on paper. */
const absolute = (url: string) => (typeof location === 'undefined' ? url : new URL(url, location.origin).href);

interface Props {
  actions: Action[];
  low: IndicatorReport[];
  standards: { label: string; url: string }[];
  investigationUrl: string;
}

export function ActionList({ actions, low, standards, investigationUrl }: Props) {
  const list = (labels: string[]) => (labels.length <= 1 ? labels.join('') : `${labels.slice(0, -1).join(', ')} en ${labels.at(-1)}`);
  return (
    <>
      <p className="kp-prose kp-feedback__actions-intro">{plural('feedback.action.intro', low.length)}</p>
      <ol className="kp-feedback__actions">
        <li className="kp-feedback__action kp-feedback__action--talk">
          <p className="kp-feedback__action-title">{t('feedback.talk.title')}</p>
          <p>{t('feedback.talk.text')}</p>
          <p>
            <a href={t('feedback.talk.url')} data-print-url={t('feedback.talk.url')}>{t('feedback.talk.link')}</a>
          </p>
        </li>
        {actions.map((a) => (
          <li key={a.url} className="kp-feedback__action">
            <span className="kp-feedback__action-kind">{t(KIND_LABEL[a.kind])}</span>{' '}
            <a href={a.url} data-print-url={absolute(a.url)}>{a.title}</a>
            <br />
            <span className="kp-feedback__action-helps">
              <span className="kp-feedback__screen-only">{t(a.helps.length > 1 ? 'feedback.action.helpsMany' : 'feedback.action.helpsOne', { list: list(a.helps), n: a.helps.length })}</span>
              {/* On paper the names would take three lines per item; the count says what ranks it. */}
              <span className="kp-feedback__print-only">{a.helps.length > 1 ? t('feedback.action.helpsCount', { n: a.helps.length }) : t('feedback.action.helpsOne', { list: list(a.helps) })}</span>
            </span>
          </li>
        ))}
        {standards.map((s) => (
          <li key={s.url} className="kp-feedback__action kp-no-print">
            <a href={s.url} data-print-url={absolute(s.url)}>{t('feedback.next.standard', { standard: s.label })}</a>
          </li>
        ))}
      </ol>
      {actions.length === 0 && (
        <p>
          <a href={investigationUrl}>{t('feedback.next.fallback')}</a>
        </p>
      )}
    </>
  );
}
