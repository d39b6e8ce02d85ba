/**
 * Demo briefings (政策宣讲) so `npm start` shows one of each: past (held, with check-ins and a rating), open,
 * and full with a waiting list. Written in the shapes the briefings function reads (cloudfunctions/briefings/store.ts).
 */
import { publisherOf } from '../../shared/announcements/publishers';
import type { Roster, RosterEntry, Session } from '../../shared/briefings';
import { newRoster } from '../../shared/briefings';
import { toRosterDoc, toSessionDoc } from '../../cloudfunctions/briefings/store';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

type Doc = Record<string, unknown> & { _id: string };

export function demoBriefings(now: Date): Record<'briefings' | 'briefing_rosters' | 'briefing_signups' | 'briefing_checkins' | 'briefing_ratings', Doc[]> {
  const t = (ms: number) => new Date(now.getTime() + ms).toISOString();
  /** 09:30 China time on the day `ms` from now (a briefing at a working hour, whatever time the seed runs). */
  const morning = (ms: number) => {
    const day = new Date(now.getTime() + ms + 8 * HOUR).toISOString().slice(0, 10);
    return new Date(`${day}T09:30:00+08:00`).getTime() - now.getTime();
  };
  const city = publisherOf({ role: 'city_officer', scope: { kind: 'city' } });
  const kdl = publisherOf({ role: 'district_officer', scope: { kind: 'district', district: '150203' } });
  const xtgx = publisherOf({ role: 'district_officer', scope: { kind: 'district', district: '150271' } });
  const session = (id: string, organizer: Session['organizer'], topic: string, startsIn: number, capacity: number, audience: Session['audience']): Session => ({
    id,
    organizer,
    topic,
    summary: '解读《包头市关于畅通非公领域专技人员职称评审渠道实施细则》（包人社办字〔2021〕82号）的申报条件、材料要求和评审流程，现场答疑。',
    clauses: ['第二条', '第六条'],
    startsAt: t(morning(startsIn)),
    endsAt: t(morning(startsIn) + 2 * HOUR),
    venue: { kind: 'place', address: `${organizer.name}三楼会议室` },
    capacity,
    audience,
    signUp: { opensAt: t(Math.min(startsIn, 0) - 14 * DAY), closesAt: t(morning(startsIn)) },
    status: 'scheduled',
    moves: [],
    materials: [],
    version: 1,
    createdBy: { openid: organizer.role === 'city_officer' ? 'demo-city' : 'demo-district-kdl', role: organizer.role },
    createdAt: t(Math.min(startsIn, 0) - 15 * DAY),
    updatedAt: t(Math.min(startsIn, 0) - 15 * DAY),
  });
  const entry = (openid: string, name: string, seq: number, seats = 1): RosterEntry => ({ openid, name, employerOrgId: null, seats, seq, at: t(-2 * DAY) });
  const past = session('demo-briefing-past', xtgx, '稀土高新区职称申报政策解读会', -10 * DAY, 40, { districts: ['150271'] });
  const open = session('demo-briefing-open', city, '2026年度全市职称评审政策宣讲', 5 * DAY, 30, {});
  const full = session('demo-briefing-full', kdl, '昆都仑区评审材料准备专场', 3 * DAY, 2, {});
  const roster = (s: Session, confirmed: RosterEntry[], waiting: RosterEntry[] = []): Roster => ({
    ...newRoster(s),
    confirmed,
    waiting,
    nextSeq: confirmed.length + waiting.length + 1,
  });
  const rosters = [
    roster(past, [entry('demo-hr-1', '刘芳', 1), entry('demo-applicant-1', '高志远', 2)]),
    roster(open, [entry('demo-applicant-2', '马晓燕', 1)]),
    roster(full, [entry('demo-applicant-1', '高志远', 1), entry('demo-hr-2', '陈磊', 2)], [entry('demo-applicant-2', '马晓燕', 3)]),
  ];
  const sessions = [past, open, full];
  const signups = rosters.flatMap((r) => {
    const s = sessions.find((x) => x.id === r.sessionId)!;
    return [...r.confirmed.map((e) => ['confirmed', e] as const), ...r.waiting.map((e) => ['waiting', e] as const)].map(([status, e]) => ({
      _id: `${s.id}:${e.openid}`,
      sessionId: s.id,
      openid: e.openid,
      status,
      seats: e.seats,
      startsAt: s.startsAt,
      at: e.at,
    }));
  });
  const checkins = ['demo-hr-1', 'demo-applicant-1'].map((openid) => ({ _id: `${past.id}:${openid}`, sessionId: past.id, openid, at: t(-10 * DAY - 10 * 60_000), seats: 1 }));
  const ratings = [{ _id: `${past.id}:demo-hr-1`, sessionId: past.id, openid: 'demo-hr-1', score: 5, comment: '讲解清楚，答疑耐心', at: t(-9 * DAY) }];
  return {
    briefings: sessions.map((s) => ({ _id: s.id, ...toSessionDoc(s) })),
    briefing_rosters: rosters.map((r) => ({ _id: r.sessionId, ...toRosterDoc(r) })),
    briefing_signups: signups,
    briefing_checkins: checkins,
    briefing_ratings: ratings,
  };
}
