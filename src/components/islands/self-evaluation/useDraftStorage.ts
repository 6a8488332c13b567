/**
 * The self-evaluation's memory in this browser: the draft, what was set aside from it, and the
 * last few versions. Reading is answer by answer (src/lib/self-evaluation/draft-recovery.ts), so a bad value never
 * costs the other answers; what does not fit is added to the set-aside list (never overwriting an
 * earlier one), and every write reports whether it worked.
 *
 * Two tabs or windows on one guide share this memory. Each hears the other's saves (the storage
 * event, and again when it comes back into view) and merges them field by field
 * (src/lib/self-evaluation/tab-sync.ts); before every write it reads what is stored, so a tab that
 * missed an event never writes over answers it has not seen. Where the tabs gave different answers,
 * both are kept and the reader is told. The set-aside list and the history are changed where they
 * are stored, not in this tab's copy, so one tab never drops the other's items.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { t } from '../../../i18n/t.ts';
import { emptyDraft, type AnswersDraft, type GuideDefinition } from '../../../lib/self-evaluation/answers.ts';
import { asideItemFor, dropped, restoreTarget, valueOf, withValue } from '../../../lib/self-evaluation/draft-fields.ts';
import { mergeSetAside, parseHistory, parseSetAside, pushHistory, recoverDraft, type HistoryEntry, type SetAsideItem } from '../../../lib/self-evaluation/draft-recovery.ts';
import { commitEdit, conflictPlaces, isWholeReplacement, openTab, pullStored, replaceDraft, written, type TabState, type TabStep } from '../../../lib/self-evaluation/tab-sync.ts';
import { storageGet, storageKey, storageRemove, storageSet } from './storage.ts';

export type SaveState = 'idle' | 'saved' | 'failed';
export interface LoadNotice {
  kind: 'ok' | 'error';
  text: string;
  /** Set for what another tab did, so a plain "taken over" does not hide a warning about different answers. */
  tab?: 'synced' | 'conflict';
}

export function useDraftStorage(guide: GuideDefinition) {
  const key = storageKey(guide.id);
  const asideKey = `${key}:apart`;
  const historyKey = `${key}:historie`;
  /** savedAt of the last draft a tab put in place as a whole (import, clearing, a version put back). */
  const replacedKey = `${key}:vervangen`;
  const [mounted, setMounted] = useState(false);
  const tab = useRef<TabState | null>(null);
  const [draft, setDraft] = useState<AnswersDraft>(() => emptyDraft(guide));
  const [saved, setSaved] = useState<SaveState>('idle');
  const [setAside, setSetAside] = useState<SetAsideItem[]>([]);
  const asideNow = useRef<SetAsideItem[]>([]);
  const [asideSaveFailed, setAsideSaveFailed] = useState(false);
  const [history, setHistory] = useState<HistoryEntry[]>([]);
  const [notice, setNotice] = useState<LoadNotice | null>(null);

  const showAside = useCallback((items: SetAsideItem[]) => {
    asideNow.current = items;
    setSetAside(items);
  }, []);

  /** Changes the set-aside list as it is stored now (another tab may have added to it). */
  const changeAside = useCallback(
    (change: (items: SetAsideItem[]) => SetAsideItem[]) => {
      const stored = storageGet(asideKey);
      const items = change(stored === undefined ? asideNow.current : parseSetAside(stored));
      showAside(items);
      const ok = items.length ? storageSet(asideKey, JSON.stringify(items)) : (storageRemove(asideKey), true);
      setAsideSaveFailed(!ok);
    },
    [asideKey, showAside],
  );

  const tellConflicts = useCallback(
    (fields: Parameters<typeof conflictPlaces>[0]) => {
      if (fields.length) setNotice({ kind: 'error', text: t('selfEval.otherTab.conflict', { where: conflictPlaces(fields, guide) }), tab: 'conflict' });
    },
    [guide],
  );

  /** Carries out a step of tab-sync: set aside first (other tabs read it when the draft arrives), then write the draft. */
  const apply = useCallback(
    (step: TabStep) => {
      if (step.setAside.length) changeAside((items) => mergeSetAside(items, step.setAside));
      let state = step.state;
      if (step.write) {
        const text = JSON.stringify(state.draft);
        const ok = storageSet(key, text);
        if (ok) state = written(state, text);
        setSaved(ok ? 'saved' : 'failed');
      } else if (step.takenOver) setSaved('saved');
      tab.current = state;
      setDraft(state.draft);
      tellConflicts(step.conflicts);
    },
    [changeAside, key, tellConflicts],
  );

  /** Takes in what another tab stored, if anything changed since this tab last read or wrote. */
  const sync = useCallback(() => {
    const current = tab.current;
    const stored = storageGet(key);
    if (!current || stored === undefined) return;
    const replaced = isWholeReplacement(stored, storageGet(replacedKey));
    const step = pullStored(current, stored, guide, new Date(), replaced);
    apply(step);
    if (replaced) setNotice({ kind: 'ok', text: t('selfEval.otherTab.replaced') });
    else if (step.takenOver && !step.conflicts.length) setNotice((n) => (n?.tab === 'conflict' ? n : { kind: 'ok', text: t('selfEval.otherTab.synced'), tab: 'synced' }));
  }, [apply, guide, key, replacedKey]);

  /** The set-aside list as another tab left it; what it set aside because the tabs differed is told here too. */
  const syncAside = useCallback(() => {
    const stored = storageGet(asideKey);
    if (stored === undefined) return;
    const items = parseSetAside(stored);
    const known = new Set(asideNow.current.map((i) => i.key));
    showAside(items);
    tellConflicts(items.filter((i) => i.origin === 'tab' && !known.has(i.key)).map((i) => ({ ...(i.question ? { question: i.question } : {}), field: i.field })));
  }, [asideKey, showAside, tellConflicts]);

  /** An edit in this tab, on top of whatever other tabs stored meanwhile. */
  const edit = useCallback(
    (update: (draft: AnswersDraft) => AnswersDraft) => {
      if (!tab.current) return;
      const stored = storageGet(key);
      apply(commitEdit(tab.current, stored, update, guide, new Date(), isWholeReplacement(stored ?? null, storageGet(replacedKey))));
    },
    [apply, guide, key, replacedKey],
  );

  /** A whole new draft on purpose; other tabs take it over as it is (the caller keeps the old one in the history). */
  const replace = useCallback(
    (next: AnswersDraft) => {
      if (!tab.current) return;
      storageSet(replacedKey, next.savedAt);
      apply(replaceDraft(tab.current, next));
    },
    [apply, replacedKey],
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
      tab.current = openTab(emptyDraft(guide), null);
      setSaved('failed');
      setNotice({ kind: 'error', text: t('selfEval.storage.unavailable') });
      return;
    }
    let aside = parseSetAside(storageGet(asideKey));
    // Set aside by an earlier version of this page under another name: fold it in, lose nothing.
    const legacy = storageGet(`${key}:onleesbaar`);
    if (legacy) aside = mergeSetAside(aside, [{ key: `legacy:${legacy.length}:${legacy.slice(0, 40)}`, field: 'file', value: legacy, reason: t('draft.aside.foreign'), restorable: false, savedAt: new Date().toISOString() }]);
    setHistory(parseHistory(storageGet(historyKey)));
    tab.current = openTab(emptyDraft(guide), stored);
    if (stored) {
      const recovery = recoverDraft(stored, guide);
      aside = mergeSetAside(aside, recovery.setAside);
      tab.current = openTab(recovery.draft, stored);
      setDraft(recovery.draft);
      if (recovery.setAside.length || recovery.migrated) {
        // Keep the original in the history before saving the repaired draft over it.
        const next = pushHistory(parseHistory(storageGet(historyKey)), { savedAt: recovery.draft.savedAt, text: stored });
        setHistory(next);
        storageSet(historyKey, JSON.stringify(next));
        const text = JSON.stringify(recovery.draft);
        const ok = storageSet(key, text);
        if (ok) tab.current = written(tab.current, text);
        setSaved(ok ? 'idle' : 'failed');
      }
      if (recovery.setAside.length) setNotice({ kind: 'error', text: t('draft.aside.loaded', { n: recovery.setAside.length }) });
    }
    changeAside((items) => mergeSetAside(items, aside));
    if (legacy && storageGet(asideKey) !== null) storageRemove(`${key}:onleesbaar`);
  }, [asideKey, changeAside, guide, historyKey, key]);

  // Another tab or window on this guide saved: take it in now, and check again whenever this one comes back into view.
  useEffect(() => {
    if (!mounted) return;
    const onStorage = (e: StorageEvent) => {
      if (e.key === null || e.key === asideKey) syncAside();
      if (e.key === null || e.key === historyKey) setHistory(parseHistory(storageGet(historyKey)));
      if (e.key === null || e.key === key) sync();
    };
    const onShow = () => {
      if (document.visibilityState !== 'visible') return;
      syncAside();
      sync();
    };
    addEventListener('storage', onStorage);
    addEventListener('focus', onShow);
    addEventListener('pageshow', onShow);
    document.addEventListener('visibilitychange', onShow);
    return () => {
      removeEventListener('storage', onStorage);
      removeEventListener('focus', onShow);
      removeEventListener('pageshow', onShow);
      document.removeEventListener('visibilitychange', onShow);
    };
  }, [asideKey, historyKey, key, mounted, sync, syncAside]);

  /**
   * Puts a set-aside value back at its question; what stood there is set aside in its place. A text
   * over the limit goes back shortened and stays listed.
   */
  const restoreAside = (item: SetAsideItem): { cut: boolean } => {
    const target = restoreTarget(item, guide);
    if (!target) return { cut: false };
    let displaced: SetAsideItem | undefined;
    edit((d) => {
      const old = valueOf(d, target.field);
      if (old !== undefined && dropped(old, target.value)) displaced = asideItemFor(target.field, old, guide, t('draft.aside.replaced'), d.savedAt);
      return { ...withValue(d, target.field, target.value), savedAt: new Date().toISOString() };
    });
    changeAside((items) => mergeSetAside(target.cut ? items : items.filter((i) => i.key !== item.key), displaced ? [displaced] : []));
    return { cut: target.cut };
  };

  const removeAside = (item: SetAsideItem) => changeAside((items) => items.filter((i) => i.key !== item.key));

  const restoreHistory = (entry: HistoryEntry) => {
    snapshot();
    const recovery = recoverDraft(entry.text, guide);
    changeAside((items) => mergeSetAside(items, recovery.setAside));
    replace(recovery.draft);
  };

  return { mounted, draft, edit, replace, saved, notice, setAside, asideSaveFailed, restoreAside, removeAside, history, restoreHistory, snapshot, storageKey: key };
}
