import { describe, expect, it } from 'vitest';
import { amsterdamLocalToDate, amsterdamOffsetMinutes, formatAmsterdamLocal, todayInAmsterdam } from '../../../src/core/amsterdam-time.ts';

describe('Amsterdam wall-clock time', () => {
  it('uses CET (+1) in winter and CEST (+2) in summer', () => {
    expect(amsterdamLocalToDate('2026-01-15 15:30').toISOString()).toBe('2026-01-15T14:30:00.000Z');
    expect(amsterdamLocalToDate('2026-06-15 15:30').toISOString()).toBe('2026-06-15T13:30:00.000Z');
    expect(amsterdamOffsetMinutes(new Date('2026-06-15T12:00:00Z'))).toBe(120);
  });
  it('handles the day clocks go back (25 October 2026)', () => {
    expect(amsterdamLocalToDate('2026-10-25 12:00').toISOString()).toBe('2026-10-25T11:00:00.000Z');
  });
  it('rejects a time that does not exist when clocks go forward', () => {
    expect(() => amsterdamLocalToDate('2026-03-29 02:30')).toThrow(/bestaat niet/);
  });
  it('rejects malformed input with a Dutch message', () => {
    expect(() => amsterdamLocalToDate('12-03-2026 15:30')).toThrow(/JJJJ-MM-DD UU:MM/);
  });
  it('round-trips', () => {
    expect(formatAmsterdamLocal(amsterdamLocalToDate('2027-02-11 19:45'))).toBe('2027-02-11 19:45');
  });
  it('knows which day it is in the Netherlands, not in UTC (a link signed at 00:30 must carry that day)', () => {
    expect(todayInAmsterdam(new Date('2026-12-06T23:30:00Z'))).toBe('2026-12-07');
    expect(todayInAmsterdam(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(todayInAmsterdam(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
  });
});
