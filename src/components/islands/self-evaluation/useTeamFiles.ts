/**
 * Colleagues' answer files added in team mode, kept in this browser as a list of the files' texts.
 * Another tab on the same guide may add or remove files too: every change is made to the list as it
 * is stored now, never to this tab's copy, and a change made in another tab shows here at once.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { plural, t } from '../../../i18n/t.ts';
import { parseAnswersFile, type AnswersFile, type GuideDefinition } from '../../../lib/self-evaluation/answers.ts';
import { storageGet, storageRemove, storageSet } from './storage.ts';

/** The stored list; an unreadable list is kept as one text (shown as an unreadable file, never dropped). */
function teamTexts(stored: string | null): string[] {
  if (!stored) return [];
  try {
    const texts = JSON.parse(stored) as unknown;
    return Array.isArray(texts) ? texts.map(String) : [String(texts)];
  } catch {
    return [stored];
  }
}

function checksumOf(text: string): unknown {
  try {
    return (JSON.parse(text) as { checksum?: unknown }).checksum;
  } catch {
    return undefined;
  }
}

export function useTeamFiles(guide: GuideDefinition, key: string, onUnreadable: (message: string) => void) {
  const [team, setTeam] = useState<AnswersFile[]>([]);
  const texts = useRef<string[]>([]);
  const shown = useRef(0);

  /** Reads the list; a file that no longer reads is named once, never dropped silently. */
  const show = useCallback(
    async (list: string[], tell: boolean) => {
      texts.current = list;
      const run = ++shown.current;
      const files = await Promise.all(list.map((text) => parseAnswersFile(text, guide)));
      if (run !== shown.current) return;
      setTeam(files.flatMap((f) => (f.ok ? [f.value] : [])));
      const bad = files.flatMap((f, i) => (f.ok ? [] : [t('selfEval.team.fileN', { n: i + 1 })]));
      if (tell && bad.length) onUnreadable(plural('draft.team.unreadable', bad.length, { files: bad.join(', ') }));
    },
    [guide, onUnreadable],
  );

  useEffect(() => {
    const stored = storageGet(key);
    if (stored) void show(teamTexts(stored), true);
    const onStorage = (e: StorageEvent) => {
      const now = storageGet(key);
      if ((e.key === key || e.key === null) && now !== undefined) void show(teamTexts(now), false);
    };
    addEventListener('storage', onStorage);
    return () => removeEventListener('storage', onStorage);
  }, [key, show]);

  const change = (update: (list: string[]) => string[]) => {
    const stored = storageGet(key);
    const next = update(stored === undefined ? texts.current : teamTexts(stored));
    if (next.length) storageSet(key, JSON.stringify(next));
    else storageRemove(key);
    void show(next, false);
  };

  const add = (files: AnswersFile[]) =>
    change((list) => {
      const known = new Set(list.map(checksumOf));
      return [...list, ...files.filter((f) => !known.has(f.checksum)).map((f) => JSON.stringify(f))];
    });
  const remove = (checksum: string) => change((list) => list.filter((text) => checksumOf(text) !== checksum));

  return { team, add, remove };
}
