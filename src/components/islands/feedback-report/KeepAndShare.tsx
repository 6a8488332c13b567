/**
 * "Afdrukken / PDF" (the browser's print dialog, which also saves as PDF; the print stylesheet fits
 * the report on one A4) and "Link kopiëren voor uw team", with what sharing the link means.
 * The copied link is the one the report was read from, even after an in-page jump.
 */
import { useState } from 'react';
import { t, type UiKey } from '../../../i18n/t.ts';

export function KeepAndShare({ code, privacy = 'feedback.share.privacy', share = 'feedback.share.button' }: { code: string; privacy?: UiKey; share?: UiKey }) {
  const [message, setMessage] = useState('');
  const copy = async () => {
    const url = `${location.origin}${location.pathname}#${code}`;
    try {
      await navigator.clipboard.writeText(url);
      setMessage(t('feedback.share.copied'));
    } catch {
      // No clipboard (permissions, old browser): say so, and show the link to copy by hand.
      setMessage(t('feedback.share.failed', { url }));
    }
  };
  return (
    <div className="kp-feedback__keep kp-no-print">
      <div className="kp-feedback__keep-buttons">
        <button type="button" className="kp-button" onClick={() => print()}>{t('feedback.print.button')}</button>
        <button type="button" className="kp-button" onClick={() => void copy()}>{t(share)}</button>
      </div>
      <p className="kp-muted">{t(privacy)}</p>
      <p role="status" className="kp-feedback__keep-status">{message}</p>
    </div>
  );
}
