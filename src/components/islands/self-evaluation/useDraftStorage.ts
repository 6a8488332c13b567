/**
 * The self-evaluation's memory in this browser: the draft, what was set aside from it, and the
 * last few versions. Reading is answer by answer (src/lib/self-evaluation/draft-recovery.ts), so a bad value never
 * costs the other answers; what does not fit is added to the set-aside list (never overwriting an
 * earlier one), and every write reports whether it worked.
 */
import { useCallback, useEffect, useState } from 'react';
import { t } from '../../../i18n/t.ts';
import { emptyDraft, updateAnswer, type AnswersDraft, type GuideDefinition } from '../../../lib/self-evaluation/answers.ts';
import { mergeSetAside, parseHistory, parseSetAside, pushHistory, recoverDraft, type HistoryEntry, type SetAsideItem } from '../../../lib/self-evaluation/draft-recovery.ts';
import { ANSWER_TEXT_MAX } from '../../../schemas/answers.ts';
import { storageGet, storageKey, storageRemove, storageSet } from './storage.ts';

export type SaveState = 'idle' | 'saved' | 'failed';
export interface LoadNotice {
  kind: 'ok' | 'error';
  text: string;
}

export function useDraftStorage(guide: GuideDefinition) {
  const key = storageKey(guide.id);
  const asideKey = `${key}:apart`;
  const historyKey = `${key}:historie`;
  const [mounted, setMounted] = useState(false);
  const [draft, setDraft] = useState<AnswersDraft>(() => emptyDraft(guide));
  const [saved, setSaved] = useState<SaveState>('idle');
  const [setAside, setSetAside] = useState<SetAsideItem[]>([]);
  const [asideSaveFailed, setAsideSaveFailed] = useState(false);
  const [history, setHistory] = useState<HistoryEntry[]>([]);
  const [notice, setNotice] = useState<LoadNotice | null>(null);

  const writeAside = useCallback(
    (items: SetAsideItem[]) => {
      setSetAside(items);
      const ok = items.length ? storageSet(asideKey, JSON.stringify(items)) : (storageRemove(asideKey), true);
      setAsideSaveFailed(!ok);
    },
    [asideKey],
  );

  const commit = useCallback(
    (next: AnswersDraft) => {
      setDraft(next);
      setSaved(storageSet(key, JSON.stringify(next)) ? 'saved' : 'failed');
    },
    [key],
  );

  /** Keeps the version stored now in the history (before an import, a reset or a restore). */
  const snapshot = useCallback(() => {
    const stored = storageGet(key);
    if (!stored) return;
    const savedAt = recoverDraft(stored, guide).draft.savedAt;
    const next = pushHistory(parseHistory(storageGet(historyKey)), { savedAt, text: stored });
    setHistory(next);
    storageSet(historyKey, JSON.stringify(next));
  }, [guide, historyKey, key]);

  // Load once, after hydration (the server renders nothing).
  useEffect(() => {
    setMounted(true);
    const stored = storageGet(key);
    if (stored === undefined) {
      setSaved('failed');
      setNotice({ kind: 'error', text: t('selfEval.storage.unavailable') });
      return;
    }
    let aside = parseSetAside(storageGet(asideKey));
    // Set aside by an earlier version of this page under another name: fold it in, lose nothing.
    const legacy = storageGet(`${key}:onleesbaar`);
    if (legacy) aside = mergeSetAside(aside, [{ key: `legacy:${legacy.length}:${legacy.slice(0, 40)}`, field: 'file', value: legacy, reason: t('draft.aside.foreign'), restorable: false, savedAt: new Date().toISOString() }]);
    setHistory(parseHistory(storageGet(historyKey)));
    if (stored) {
      const recovery = recoverDraft(stored, guide);
      aside = mergeSetAside(aside, recovery.setAside);
      setDraft(recovery.draft);
      if (recovery.setAside.length || recovery.migrated) {
        // Keep the original in the history before saving the repaired draft over it.
        const next = pushHistory(parseHistory(storageGet(historyKey)), { savedAt: recovery.draft.savedAt, text: stored });
        setHistory(next);
        storageSet(historyKey, JSON.stringify(next));
        setSaved(storageSet(key, JSON.stringify(recovery.draft)) ? 'idle' : 'failed');
      }
      if (recovery.setAside.length) setNotice({ kind: 'error', text: t('draft.aside.loaded', { n: recovery.setAside.length }) });
    }
    writeAside(aside);
    if (legacy && storageGet(asideKey) !== null) storageRemove(`${key}:onleesbaar`);
  }, [asideKey, guide, historyKey, key, writeAside]);

  /** Puts a set-aside text back at its question; a text over the limit goes back shortened and stays listed. */
  const restoreAside = (item: SetAsideItem): { cut: boolean } => {
    if (!item.question || !['evidence', 'notes', 'nextSteps'].includes(item.field)) return { cut: false };
    const cut = item.value.length > ANSWER_TEXT_MAX;
    commit(updateAnswer(draft, item.question, { [item.field]: item.value.slice(0, ANSWER_TEXT_MAX) }));
    if (!cut) writeAside(setAside.filter((i) => i.key !== item.key));
    return { cut };
  };

  const removeAside = (item: SetAsideItem) => writeAside(setAside.filter((i) => i.key !== item.key));

  const restoreHistory = (entry: HistoryEntry) => {
    snapshot();
    const recovery = recoverDraft(entry.text, guide);
    writeAside(mergeSetAside(setAside, recovery.setAside));
    commit(recovery.draft);
  };

  return { mounted, draft, commit, saved, notice, setAside, asideSaveFailed, restoreAside, removeAside, history, restoreHistory, snapshot, storageKey: key };
}
