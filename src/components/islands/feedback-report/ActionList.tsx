/**
 * One action list for the school: first how to ask for a conversation with the inspector (the
 * follow-up the Inspectorate promises when scores are low), then each brochure, guide, example and
 * expert school once, naming the indicators it helps with, weakest first. Printed links show their
 * full address.
 */
import { listAnd, plural, t } from '../../../i18n/t.ts';
import type { Action } from '../../../lib/feedback/next-steps.ts';

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
  /** How many indicators the school should work on (low, or below the group's middle). */
  focus: number;
  standards: { label: string; url: string }[];
  investigationUrl: string;
}

export function ActionList({ actions, focus, standards, investigationUrl }: Props) {
  return (
    <>
      <p className="kp-prose kp-feedback__actions-intro">{plural('feedback.action.intro', focus)}</p>
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
            <span className="kp-feedback__action-helps">{t('feedback.action.helps', { list: listAnd(a.helps) })}</span>
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
