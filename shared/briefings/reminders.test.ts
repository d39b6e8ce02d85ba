import fc from 'fast-check';
import { china, session } from '../../test/fixtures/briefings';
import { escapeText, foldLine, icsFilename, icsFor, icsTime } from './ics';
import { reminderEffects, reminderPlan, reminderStillDue } from './reminders';

const utc = (s: string) => new Date(s).toISOString();

describe('reminders in China time: the day before at 09:00 and an hour before', () => {
  it('an ordinary morning session', () => {
    expect(reminderPlan(utc('2026-12-10T09:30:00+08:00'), china('2026-12-01T10:00'))).toEqual([
      { kind: 'day_before', at: utc('2026-12-09T09:00:00+08:00') },
      { kind: 'hour_before', at: utc('2026-12-10T08:30:00+08:00') },
    ]);
  });

  it('around midnight: the China date decides “the day before”, not the UTC date', () => {
    // 00:30 on 10 December in China is 16:30 on 9 December UTC: the day before is 9 December (China).
    expect(reminderPlan(utc('2026-12-10T00:30:00+08:00'), china('2026-12-01T10:00'))).toEqual([
      { kind: 'day_before', at: utc('2026-12-09T09:00:00+08:00') },
      { kind: 'hour_before', at: utc('2026-12-09T23:30:00+08:00') },
    ]);
    // 23:30 China is 15:30 UTC the same day.
    expect(reminderPlan(utc('2026-12-10T23:30:00+08:00'), china('2026-12-01T10:00'))[0].at).toBe(utc('2026-12-09T09:00:00+08:00'));
    // Across a month and a year end.
    expect(reminderPlan(utc('2027-01-01T08:00:00+08:00'), china('2026-12-01T10:00'))[0].at).toBe('2026-12-31T01:00:00.000Z');
  });

  it('no daylight saving: the same wall-clock offset in January and in July', () => {
    const jan = reminderPlan(utc('2027-01-15T10:00:00+08:00'), china('2027-01-01T00:00'));
    const jul = reminderPlan(utc('2027-07-15T10:00:00+08:00'), china('2027-07-01T00:00'));
    expect(jan.map((r) => r.at.slice(11))).toEqual(jul.map((r) => r.at.slice(11)));
    expect(jan[0].at.slice(11)).toBe('01:00:00.000Z');
  });

  it('a reminder whose time has passed is skipped', () => {
    const starts = utc('2026-12-10T09:30:00+08:00');
    expect(reminderPlan(starts, china('2026-12-09T09:00')).map((r) => r.kind)).toEqual(['hour_before']);
    expect(reminderPlan(starts, china('2026-12-10T08:45'))).toEqual([]);
  });

  it('property: never in the past, always before the start, the day-before one at 09:00 China time', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 * 24 * 60 }), fc.integer({ min: 0, max: 30 * 24 * 60 }), (startMin, beforeMin) => {
        const starts = new Date(Date.UTC(2026, 0, 1) + startMin * 60_000).toISOString();
        const now = new Date(Date.parse(starts) - beforeMin * 60_000);
        for (const r of reminderPlan(starts, now)) {
          expect(r.at > now.toISOString()).toBe(true);
          expect(r.at < starts).toBe(true);
          if (r.kind === 'day_before') expect(new Date(Date.parse(r.at) + 8 * 3_600_000).toISOString().slice(11, 16)).toBe('09:00');
        }
      }),
    );
  });

  it('reminder effects are keyed per person and dropped when the session moved, was cancelled, or the person left', () => {
    const s = session();
    const [day] = reminderEffects(s, 'o-1', china('2026-12-02T10:00'));
    expect(day).toMatchObject({ key: 'briefing:b-1:o-1:day_before', onlyIf: { sessionId: 'b-1', openid: 'o-1', startsAt: s.startsAt }, notify: { template: 'briefing_reminder_day', to: { openid: 'o-1' } } });
    expect(reminderStillDue(day, s, ['o-1'])).toBe(true);
    expect(reminderStillDue(day, { ...s, startsAt: utc('2026-12-11T09:30:00+08:00') }, ['o-1'])).toBe(false);
    expect(reminderStillDue(day, { ...s, status: 'cancelled' }, ['o-1'])).toBe(false);
    expect(reminderStillDue(day, s, [])).toBe(false);
  });
});

describe('.ics for H5 (RFC 5545)', () => {
  const s = session({ summary: '讲解第二条;直接申报中级, 副高级\n以及流程\\附件' });
  const ics = icsFor(s, { now: new Date('2026-12-02T02:00:00Z') });
  const lines = ics.split('\r\n');

  it('CRLF line ends, one VEVENT with UTC times, status and sequence', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines).toContain('BEGIN:VEVENT');
    expect(lines).toContain('UID:b-1@zhichengtong');
    expect(lines).toContain('DTSTAMP:20261202T020000Z');
    expect(lines).toContain('DTSTART:20261210T013000Z');
    expect(lines).toContain('DTEND:20261210T033000Z');
    expect(lines).toContain('STATUS:CONFIRMED');
    expect(lines).toContain('SEQUENCE:0');
    expect(lines).toContain('TRIGGER:-PT1H');
    expect(lines.at(-2)).toBe('END:VCALENDAR');
    expect(icsTime('2026-12-10T09:30:00+08:00')).toBe('20261210T013000Z');
  });

  it('lines are at most 75 octets, folded with CRLF and a space, never inside a character', () => {
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain('DESCRIPTION:讲解第二条\\;直接申报中级\\, 副高级\\n以及流程\\\\附件\\n涉及条款：');
    const long = foldLine(`SUMMARY:${'宣'.repeat(40)}`);
    expect(long.split('\r\n ').join('')).toBe(`SUMMARY:${'宣'.repeat(40)}`);
    expect(long.split('\r\n').every((l) => Buffer.byteLength(l, 'utf8') <= 75)).toBe(true);
  });

  it('TEXT escaping: backslash, semicolon, comma, newline', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
    expect(icsFilename(s)).toBe('宣讲_非公领域职称申报政策宣讲_2026-12-10.ics');
  });

  it('online sessions carry the link; cancelled ones say so', () => {
    const online = session({ venue: { kind: 'online', url: 'https://meeting.tencent.com/dm/abc', platform: '腾讯会议' } });
    const text = icsFor({ ...online, status: 'cancelled' }, { now: new Date('2026-12-02T02:00:00Z') }).replace(/\r\n /g, '');
    expect(text).toContain('URL:https://meeting.tencent.com/dm/abc');
    expect(text).toContain('LOCATION:线上（腾讯会议）');
    expect(text).toContain('STATUS:CANCELLED');
  });
});
