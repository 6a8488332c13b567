import { describe, it, expect } from 'vitest';
import { cuesToVtt, formatVttTime, parseVtt, parseVttTime, validateCues, validateVtt } from '../../../src/lib/media/vtt.ts';

const EPISODE = `WEBVTT
Kind: captions
Language: nl

NOTE Dit is een opmerking
over twee regels.

intro
00:00:00.000 --> 00:00:03.250 align:start
<v Sanne Verhoef>Welkom bij Onderwijs in beeld.

00:00:03.600 --> 00:01:05.000
<v.gast Mark de Graaf>Dank je wel.
Fijn dat ik er ben.</v>

01:00:00.000 --> 01:00:01.500
Zonder spreker &amp; met <b>opmaak</b> &lt;3
`;

describe('parseVttTime / formatVttTime', () => {
  it('reads times with and without hours', () => {
    expect(parseVttTime('00:00:03.250')).toBe(3.25);
    expect(parseVttTime('01:05.000')).toBe(65);
    expect(parseVttTime('02:00:00.001')).toBeCloseTo(7200.001, 6);
  });
  it('rejects times that are not WebVTT', () => {
    expect(parseVttTime('00:00:03')).toBeNaN();
    expect(parseVttTime('00:61:00.000')).toBeNaN();
    expect(parseVttTime('0:00:03,000')).toBeNaN();
  });
  it('writes hh:mm:ss.ttt and rounds to milliseconds', () => {
    expect(formatVttTime(0)).toBe('00:00:00.000');
    expect(formatVttTime(65.4)).toBe('00:01:05.400');
    expect(formatVttTime(3599.9996)).toBe('01:00:00.000');
  });
});

describe('parseVtt', () => {
  it('reads header lines, notes, identifiers, settings, voice tags and entities', () => {
    const { cues, errors } = parseVtt(EPISODE);
    expect(errors).toEqual([]);
    expect(cues).toEqual([
      { start: 0, end: 3.25, speaker: 'Sanne Verhoef', text: 'Welkom bij Onderwijs in beeld.', line: 9 },
      { start: 3.6, end: 65, speaker: 'Mark de Graaf', text: 'Dank je wel. Fijn dat ik er ben.', line: 12 },
      { start: 3600, end: 3601.5, text: 'Zonder spreker & met opmaak <3', line: 16 },
    ]);
    expect(cues[2]).not.toHaveProperty('speaker');
  });

  it('accepts Windows line endings and a byte order mark', () => {
    const { cues, errors } = parseVtt('\uFEFFWEBVTT\r\n\r\n00:00:01.000 --> 00:00:02.000\r\n<v Ali>Hoi\r\n');
    expect(errors).toEqual([]);
    expect(cues).toEqual([{ start: 1, end: 2, speaker: 'Ali', text: 'Hoi', line: 3 }]);
  });

  it('requires the WEBVTT header on line 1', () => {
    expect(parseVtt('WEBVT\n\n00:00:00.000 --> 00:00:01.000\nA').errors).toEqual([
      { line: 1, message: 'een WebVTT-bestand moet beginnen met de regel WEBVTT' },
    ]);
    expect(parseVtt('\nWEBVTT\n').errors[0]?.line).toBe(1);
    expect(parseVtt('').cues).toEqual([]);
  });

  it('reports a cue glued to the header', () => {
    const errors = validateVtt('WEBVTT\n00:00:00.000 --> 00:00:01.000\nA');
    expect(errors).toEqual([{ line: 2, message: 'na de regel WEBVTT hoort een lege regel vóór het eerste tekstblok' }]);
  });

  it('reports an end time that is not after the start, with the timing line number', () => {
    const errors = validateVtt('WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nA\n\n00:00:05.000 --> 00:00:05.000\nB');
    expect(errors).toEqual([{ line: 6, message: 'eindtijd ligt niet na begintijd (00:00:05.000 --> 00:00:05.000)' }]);
  });

  it('reports cues that go back in time', () => {
    const errors = validateVtt('WEBVTT\n\n00:00:10.000 --> 00:00:12.000\nA\n\nb\n00:00:04.000 --> 00:00:06.000\nB');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toEqual({ line: 7, message: 'begintijd 00:00:04.000 ligt vóór die van de vorige tekst (regel 3)' });
  });

  it('reports a malformed timing line, skips that block and keeps reading', () => {
    const { cues, errors } = parseVtt('WEBVTT\n\n00:00:01 --> 00:00:02\nKapot\n\n00:00:03.000 -> 00:00:04.000\nOok kapot\n\n00:00:05.000 --> 00:00:06.000\nGoed');
    expect(errors.map((e) => e.line)).toEqual([3, 6]);
    expect(errors[0]!.message).toMatch(/^ongeldige tijdregel "00:00:01 --> 00:00:02"/);
    expect(cues.map((c) => c.text)).toEqual(['Goed']);
  });

  it('reports an identifier without a timing line and a cue without text', () => {
    expect(validateVtt('WEBVTT\n\nalleen-een-naam\n\n00:00:01.000 --> 00:00:02.000\nA')[0]).toMatchObject({ line: 4 });
    expect(validateVtt('WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ali></v>')).toEqual([{ line: 3, message: 'tekstblok zonder tekst' }]);
  });

  it('reports an empty file after the header', () => {
    expect(validateVtt('WEBVTT\n\nNOTE alleen een opmerking\n')).toEqual([{ line: 1, message: 'het bestand bevat geen tekstblokken' }]);
  });
});

describe('cuesToVtt', () => {
  it('writes voice tags and escapes text so it reads back the same', () => {
    const cues = [
      { start: 0, end: 2.5, speaker: 'Sanne Verhoef', text: 'Lezen & rekenen: <samen> sterk' },
      { start: 2.5, end: 75.125, text: 'Zonder spreker' },
    ];
    const vtt = cuesToVtt(cues);
    expect(vtt).toBe(
      'WEBVTT\n\n00:00:00.000 --> 00:00:02.500\n<v Sanne Verhoef>Lezen &amp; rekenen: &lt;samen&gt; sterk\n\n00:00:02.500 --> 00:01:15.125\nZonder spreker\n',
    );
    const back = parseVtt(vtt);
    expect(back.errors).toEqual([]);
    expect(back.cues.map(({ line: _line, ...c }) => c)).toEqual(cues);
  });

  it('round-trips a parsed file', () => {
    const { cues } = parseVtt(EPISODE);
    const again = parseVtt(cuesToVtt(cues)).cues;
    expect(again.map(({ line: _line, ...c }) => c)).toEqual(cues.map(({ line: _line, ...c }) => c));
  });
});

describe('validateCues', () => {
  it('accepts a valid list', () => {
    expect(validateCues([{ start: 0, end: 1, text: 'a' }, { start: 1, end: 2, text: 'b' }])).toEqual([]);
  });
  it('names the cue number for each problem', () => {
    expect(
      validateCues([
        { start: 5, end: 4, text: 'a' },
        { start: 1, end: 2, text: ' ' },
        { start: Number.NaN, end: 3, text: 'c' },
      ]),
    ).toEqual([
      { line: 1, message: 'tekstblok 1: eindtijd ligt niet na begintijd' },
      { line: 2, message: 'tekstblok 2: begintijd ligt vóór die van de vorige tekst' },
      { line: 2, message: 'tekstblok 2: tekstblok zonder tekst' },
      { line: 3, message: 'tekstblok 3: ongeldige tijd' },
    ]);
  });
});
