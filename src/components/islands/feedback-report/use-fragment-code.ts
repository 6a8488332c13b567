/**
 * Reads the signed code in the address (#v3.…) with the page's trusted keys, again when a new code
 * is pasted into the address bar, and keeps in-page anchors from replacing it. Shared by the
 * school and board islands.
 */
import { useEffect, useState } from 'react';
import { t } from '../../../i18n/t.ts';
import { todayInAmsterdam } from '../../../core/amsterdam-time.ts';
import { codeFromFragment, looksLikeFeedbackCode, type FeedbackErrorReason, type FeedbackResult } from '../../../lib/feedback/code.ts';
import type { TrustedKey } from '../../../lib/feedback/signing/key-list.ts';
import { keepInPageAnchors } from './keep-fragment.ts';

export type CodeState<T> =
  | { status: 'loading' }
  | { status: 'none' }
  | { status: 'error'; reason: FeedbackErrorReason; error: string }
  | { status: 'ok'; value: T; code: string };

function readKeys(elementId: string): TrustedKey[] {
  const text = document.getElementById(elementId)?.textContent;
  return text ? (JSON.parse(text) as TrustedKey[]) : [];
}

export function useFragmentCode<T>(read: (hash: string, keys: TrustedKey[], today: string) => Promise<FeedbackResult<T>>, keysElement: string): CodeState<T> {
  const [state, setState] = useState<CodeState<T>>({ status: 'loading' });
  useEffect(() => {
    let current = 0;
    const run = async (hash: string) => {
      const mine = ++current;
      // A code that a mail program or a copy percent-encoded is read as the code itself.
      const found = codeFromFragment(hash);
      if (found.kind === 'none') {
        setState({ status: 'none' });
        return;
      }
      const code = found.kind === 'code' ? found.code : '';
      try {
        const result = await read(hash, readKeys(keysElement), todayInAmsterdam());
        if (mine !== current) return;
        // The address shows the clean code, so a bookmark or a copied link works everywhere.
        if (result.ok && location.hash !== `#${code}`) history.replaceState(history.state, '', `${location.pathname}${location.search}#${code}`);
        setState(result.ok ? { status: 'ok', value: result.value, code } : { status: 'error', reason: result.reason, error: result.error });
      } catch {
        // e.g. no WebCrypto (a page opened over plain http on a network address)
        if (mine === current) setState({ status: 'error', reason: 'malformed', error: t('feedback.error.browser') });
      }
    };
    void run(location.hash);
    // A new code pasted into the address bar; in-page anchors (#inhoud) leave the report alone.
    const onHash = () => {
      if (looksLikeFeedbackCode(location.hash)) void run(location.hash);
    };
    addEventListener('hashchange', onHash);
    const stopAnchors = keepInPageAnchors();
    return () => {
      removeEventListener('hashchange', onHash);
      stopAnchors();
    };
  }, [read, keysElement]);
  return state;
}
