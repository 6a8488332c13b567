/** The last few versions of the answers in this browser, each one button away. */
import { t, plural } from '../../../i18n/t.ts';
import { recoverDraft, HISTORY_SIZE, type HistoryEntry } from '../../../lib/self-evaluation/draft-recovery.ts';
import type { GuideDefinition } from '../../../lib/self-evaluation/answers.ts';
import { formatDate, formatTime } from '../../../core/format.ts';

export function DraftHistory({ id, guide, history, onRestore }: { id: string; guide: GuideDefinition; history: HistoryEntry[]; onRestore: (entry: HistoryEntry, label: { date: string; time: string }) => void }) {
  if (!history.length) return null;
  return (
    <details className="kp-selfeval__history kp-no-print">
      <summary id={`${id}-history`}>{t('draft.history.title')}</summary>
      <p>{t('draft.history.intro', { n: HISTORY_SIZE })}</p>
      <ul>
        {history.map((entry) => {
          const when = new Date(entry.savedAt);
          const valid = !Number.isNaN(when.getTime());
          const date = valid ? formatDate(when) : entry.savedAt;
          const time = valid ? formatTime(when) : '';
          const n = Object.keys(recoverDraft(entry.text, guide).draft.answers).length;
          return (
            <li key={entry.text}>
              {plural('draft.history.item', n, { date, time })}{' '}
              <button type="button" className="kp-selfeval__reset" onClick={() => onRestore(entry, { date, time })}>
                {t('draft.history.restore')}<span className="kp-visually-hidden"> ({date} {time})</span>
              </button>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
