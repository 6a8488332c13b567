import { describe, expect, it } from 'vitest';
import { durationInWords, secondsToTimestamp, timestampAnchor, timestampToSeconds } from '../../../src/core/duration.ts';
import { formatBytes, formatDateTime, listInWords } from '../../../src/core/format.ts';

describe('timestamps', () => {
  it('parses m:ss and h:mm:ss', () => {
    expect(timestampToSeconds('1:15')).toBe(75);
    expect(timestampToSeconds('1:02:05')).toBe(3725);
    expect(() => timestampToSeconds('75')).toThrow(/m:ss/);
  });
  it('formats seconds and anchors', () => {
    expect(secondsToTimestamp(75.9)).toBe('1:15');
    expect(secondsToTimestamp(3725)).toBe('1:02:05');
    expect(timestampAnchor(75.9)).toBe('t-1m15s');
  });
  it('says durations in Dutch', () => {
    expect(durationInWords(95)).toBe('2 minuten');
    expect(durationInWords(60)).toBe('1 minuut');
    expect(durationInWords(3900)).toBe('1 uur en 5 minuten');
  });
});

describe('Dutch formatting', () => {
  it('writes dates and times the government way', () => {
    expect(formatDateTime(new Date('2026-03-12T14:30:00Z'))).toBe('donderdag 12 maart 2026, 15.30 uur');
  });
  it('writes sizes with a decimal comma', () => {
    expect(formatBytes(1_234_567)).toBe('1,2 MB');
    expect(formatBytes(45_678)).toBe('46 kB');
  });
  it('joins lists with "en"', () => {
    expect(listInWords(['a', 'b', 'c'])).toBe('a, b en c');
    expect(listInWords(['a'])).toBe('a');
  });
});
