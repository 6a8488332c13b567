import { pluralForm } from './format.ts';

/** Timestamps in content are written as "m:ss" or "h:mm:ss"; code works in seconds. */
const TIMESTAMP = /^(?:(\d+):)?([0-5]?\d):([0-5]\d)(?:\.(\d{1,3}))?$/;

export function isTimestamp(value: string): boolean {
  return TIMESTAMP.test(value);
}

export function timestampToSeconds(value: string): number {
  const m = TIMESTAMP.exec(value.trim());
  if (!m) throw new Error(`"${value}" is geen tijdstip; schrijf m:ss of u:mm:ss`);
  const [, h, mi, s, ms] = m;
  return Number(h ?? 0) * 3600 + Number(mi) * 60 + Number(s) + Number(`0.${ms ?? 0}`);
}

/** 75 → "1:15", 3725 → "1:02:05". Used for anchors, labels and feeds (itunes:duration). */
export function secondsToTimestamp(total: number): string {
  const whole = Math.floor(total);
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** "t-1m15s" style anchor id, stable for a cue so a search hit can link to that moment. */
export function timestampAnchor(seconds: number): string {
  const whole = Math.floor(seconds);
  return `t-${Math.floor(whole / 60)}m${String(whole % 60).padStart(2, '0')}s`;
}

/** Dutch spoken length: 95 → "2 minuten", 3900 → "1 uur en 5 minuten". */
export function durationInWords(seconds: number): string {
  const minutes = Math.max(1, Math.round(seconds / 60));
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const mins = `${m} ${pluralForm(m) === 'one' ? 'minuut' : 'minuten'}`;
  if (h === 0) return mins;
  return m === 0 ? `${h} uur` : `${h} uur en ${mins}`;
}
