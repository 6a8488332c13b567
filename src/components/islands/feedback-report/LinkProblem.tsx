/**
 * What the feedback and board pages say when a link cannot be shown. A link a mail program cut
 * short or broke is "niet compleet", with how to open it again; only a complete link whose
 * signature or key fails is called untrustworthy; a board's link opened on the school page (or the
 * other way round) gets a link to the right page, code and all.
 */
import { t, type UiKey } from '../../../i18n/t.ts';
import { UNTRUSTED_REASONS, type FeedbackErrorReason } from '../../../lib/feedback/code.ts';

export type Problem = 'incomplete' | 'untrusted' | 'other';
export const problemOf = (reason: FeedbackErrorReason): Problem => (reason === 'incomplete' ? 'incomplete' : UNTRUSTED_REASONS.has(reason) ? 'untrusted' : 'other');

const TITLE: Record<Problem, UiKey> = {
  incomplete: 'feedback.problem.incomplete',
  untrusted: 'feedback.problem.untrusted',
  other: 'feedback.error.title',
};

interface Props {
  reason: FeedbackErrorReason;
  error: string;
  /** The page a code of the other kind belongs on (school ↔ board). */
  otherPage: string;
}

export function LinkProblem({ reason, error, otherPage }: Props) {
  const problem = problemOf(reason);
  return (
    <div className="kp-feedback kp-feedback__notice kp-feedback__notice--error" role="alert" data-problem={problem}>
      <p className="kp-feedback__notice-title">{t(TITLE[problem])}</p>
      <p>{error}</p>
      {reason === 'other-kind' && typeof location !== 'undefined' && (
        <p>
          <a href={`${otherPage}${location.hash}`}>{t('feedback.error.otherPage')}</a>
        </p>
      )}
      <p>{t('feedback.error.general')}</p>
    </div>
  );
}

/** No code in the address: how to get one, and what a link cut off before the # looks like. */
export function NoCode({ text = 'feedback.none.text' }: { text?: UiKey }) {
  return (
    <div className="kp-feedback kp-feedback__notice">
      <p className="kp-feedback__notice-title">{t('feedback.none.title')}</p>
      <p>{t(text)}</p>
    </div>
  );
}
