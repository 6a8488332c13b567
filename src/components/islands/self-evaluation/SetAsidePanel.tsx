/**
 * What did not fit when the saved answers were read: each item with its question, the reason and
 * the value in a read-only box to copy; a text or a rating can go back to its question with one button.
 */
import { useState } from 'react';
import { t } from '../../../i18n/t.ts';
import type { GuideDefinition } from '../../../lib/self-evaluation/answers.ts';
import type { SetAsideItem } from '../../../lib/self-evaluation/draft-recovery.ts';
import { ANSWER_TEXT_MAX } from '../../../schemas/answers.ts';

interface Props {
  id: string;
  guide: GuideDefinition;
  items: SetAsideItem[];
  saveFailed: boolean;
  onRestore: (item: SetAsideItem) => { cut: boolean };
  onRemove: (item: SetAsideItem) => void;
}

export function SetAsidePanel({ id, guide, items, saveFailed, onRestore, onRemove }: Props) {
  const [status, setStatus] = useState('');
  if (!items.length) return null;
  const questions = guide.sections.flatMap((s) => s.questions);
  const where = (item: SetAsideItem) => {
    if (!item.question) return t('draft.aside.general');
    const n = questions.findIndex((q) => q.id === item.question);
    return n >= 0 ? t('draft.aside.question', { n: n + 1, text: questions[n]!.text }) : t('draft.aside.otherQuestion', { id: item.question });
  };
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(t('draft.aside.copied'));
    } catch {
      setStatus(t('draft.aside.copyFailed'));
    }
  };
  return (
    <section className="kp-selfeval__aside kp-no-print" aria-labelledby={`${id}-aside`}>
      <h3 id={`${id}-aside`}>{t('draft.aside.title', { n: items.length })}</h3>
      <p className="kp-prose">{t('draft.aside.intro')}</p>
      {saveFailed && <p className="kp-selfeval__message kp-selfeval__message--error">{t('draft.aside.saveFailed')}</p>}
      <p role="status" className="kp-selfeval__aside-status">{status}</p>
      <ul>
        {items.map((item, i) => {
          const n = questions.findIndex((q) => q.id === item.question) + 1;
          return (
            <li key={item.key} className="kp-selfeval__aside-item" data-field={item.field} data-question={item.question ?? ''}>
              <p><strong>{where(item)}</strong></p>
              <p>{item.reason}</p>
              <label htmlFor={`${id}-aside-${i}`} className="kp-selfeval__label">{t('draft.aside.valueLabel')}</label>
              <textarea id={`${id}-aside-${i}`} readOnly rows={Math.min(6, 1 + Math.ceil(item.value.length / 70))} value={item.value} />
              <div className="kp-selfeval__buttons">
                <button type="button" className="kp-button kp-button--secondary" onClick={() => void copy(item.value)}>
                  {t('draft.aside.copy')}<span className="kp-visually-hidden"> ({where(item)})</span>
                </button>
                {item.restorable && (
                  <button
                    type="button"
                    className="kp-button kp-button--secondary"
                    onClick={() => {
                      const { cut } = onRestore(item);
                      setStatus(item.field === 'rating' ? t('draft.aside.restoredRating', { label: item.value, n }) : cut ? t('draft.aside.restoredCut', { n, max: ANSWER_TEXT_MAX }) : t('draft.aside.restored', { n }));
                    }}
                  >
                    {t('draft.aside.restore')}<span className="kp-visually-hidden"> ({where(item)})</span>
                  </button>
                )}
                <button type="button" className="kp-button kp-button--secondary" onClick={() => onRemove(item)}>
                  {t('draft.aside.remove')}<span className="kp-visually-hidden"> ({where(item)})</span>
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
