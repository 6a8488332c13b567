import { describe, expect, it } from 'vitest';
import { cuesToVtt, formatVttTime, parseVtt } from '../../../src/lib/media/vtt.ts';

const SAMPLE = `WEBVTT

NOTE voorbeeld

1
00:00:00.000 --> 00:00:04.500
<v Anouk de Vries>Welkom bij de podcast.

00:00:04.500 --> 00:01:02.250
<v Jeroen Bakker>Dank je. Vandaag gaat het over lezen.
Een tweede regel.
`;

describe('WebVTT', () => {
  it('reads cues with speakers, identifiers, notes and multi-line text', () => {
    const { cues, errors } = parseVtt(SAMPLE);
    expect(errors).toEqual([]);
    expect(cues.map((c) => [c.start, c.end, c.speaker, c.text])).toEqual([
      [0, 4.5, 'Anouk de Vries', 'Welkom bij de podcast.'],
      [4.5, 62.25, 'Jeroen Bakker', 'Dank je. Vandaag gaat het over lezen. Een tweede regel.'],
    ]);
  });
  it('reports a missing header, bad timing and times going backwards with line numbers', () => {
    expect(parseVtt('00:00:00.000 --> 00:00:01.000\nHoi').errors[0]).toEqual({ line: 1, message: 'een WebVTT-bestand moet beginnen met de regel WEBVTT' });
    expect(parseVtt('WEBVTT\n\n00:00:05.000 --> 00:00:01.000\nTerug').errors[0]?.message).toMatch(/eindtijd ligt niet na begintijd/);
    expect(parseVtt('WEBVTT\n\n00:00:05.000 --> 00:00:06.000\nA\n\n00:00:01.000 --> 00:00:02.000\nB').errors[0]).toMatchObject({ line: 6 });
    expect(parseVtt('WEBVTT\n\n00:00:05 --> 00:00:06\nA').errors[0]?.message).toMatch(/ongeldige tijdregel/);
  });
  it('writes what it reads', () => {
    const { cues } = parseVtt(SAMPLE);
    expect(parseVtt(cuesToVtt(cues)).cues.map(({ line: _line, ...c }) => c)).toEqual(cues.map(({ line: _line, ...c }) => c));
    expect(formatVttTime(3725.5)).toBe('01:02:05.500');
  });
});
