import { CLAUSES } from '../policy/clauses';
import type { Session } from './session';
import { venueText } from './session';

/**
 * An iCalendar file (RFC 5545) for a session, offered on H5: one VEVENT with UTC times (no VTIMEZONE
 * needed; China has one offset all year), TEXT values escaped, lines folded at 75 octets without splitting
 * a UTF-8 character, CRLF line ends. SEQUENCE grows with each move, so calendars update the event.
 */

/** RFC 5545 §3.3.11: backslash, semicolon, comma escaped; a line break as \n. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** Octets of one character in UTF-8 (no TextEncoder: the weapp runtime may lack it). */
function utf8Length(ch: string): number {
  const cp = ch.codePointAt(0)!;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/** RFC 5545 §3.1: lines longer than 75 octets are folded: CRLF and one space, never inside a character. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = utf8Length(ch);
    // The first line holds 75 octets; continuation lines 74 after their leading space.
    const limit = out.length === 0 ? 75 : 74;
    if (size + n > limit) {
      out.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** 20261210T010000Z */
export function icsTime(instant: string): string {
  return new Date(instant).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

export function icsFor(s: Session, options: { now: Date; pageUrl?: string; domain?: string }): string {
  const domain = options.domain ?? 'zhichengtong';
  const clauses = s.clauses.map((c) => `${c} ${CLAUSES[c].heading}`).join('；');
  const online = s.venue.kind === 'online' ? s.venue : null;
  const description = [s.summary, `涉及条款：${clauses}`, online ? `线上链接：${online.url}${online.meetingCode ? `（会议号 ${online.meetingCode}）` : ''}` : '', `主办：${s.organizer.name}`]
    .filter(Boolean)
    .join('\n');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//zhichengtong//briefings//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${s.id}@${domain}`,
    `DTSTAMP:${icsTime(options.now.toISOString())}`,
    `DTSTART:${icsTime(s.startsAt)}`,
    `DTEND:${icsTime(s.endsAt)}`,
    `SEQUENCE:${s.moves.length}`,
    `STATUS:${s.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'}`,
    `SUMMARY:${escapeText(s.topic)}`,
    `LOCATION:${escapeText(venueText(s.venue))}`,
    `DESCRIPTION:${escapeText(description)}`,
    `ORGANIZER;CN=${escapeParam(s.organizer.name)}:mailto:noreply@${domain}.invalid`,
    ...(online || options.pageUrl ? [`URL:${(online?.url ?? options.pageUrl)!}`] : []),
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    'TRIGGER:-PT1H',
    `DESCRIPTION:${escapeText(`${s.topic} 1 小时后开始`)}`,
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** A parameter value (CN=…): quoted, with the characters a quoted value cannot hold dropped. */
function escapeParam(value: string): string {
  return `"${value.replace(/["\r\n]/g, '')}"`;
}

export function icsFilename(s: Pick<Session, 'topic' | 'startsAt'>): string {
  const date = new Date(Date.parse(s.startsAt) + 8 * 3_600_000).toISOString().slice(0, 10);
  return `宣讲_${Array.from(s.topic.replace(/[\\/:*?"<>|\s]+/g, '_')).slice(0, 20).join('')}_${date}.ics`;
}
