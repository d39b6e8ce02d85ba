import { PEOPLE, PUBLISHERS, china } from '../announcements/fixtures';
import type { Actor } from '../auth/roles';
import type { Roster } from './roster';
import { newRoster } from './roster';
import type { Session, SessionFieldsInput } from './session';
import { createSession } from './session';

/** Test fixtures: a 昆都仑区 briefing on 2026-12-10 09:30–11:30 China time, created on 2026-12-01. */
export const CREATED = china('2026-12-01T10:00');

export const FIELDS: SessionFieldsInput = {
  topic: '非公领域职称申报政策宣讲',
  summary: '讲解第二条直接申报中级、副高级的条件和申报流程。',
  clauses: ['第二条', '附件2 第三项'],
  startsAt: '2026-12-10T09:30:00+08:00',
  endsAt: '2026-12-10T11:30:00+08:00',
  venue: { kind: 'place', address: '昆都仑区人社局', room: '三楼会议室' },
  capacity: 30,
  audience: { districts: ['150203'] },
};

export function session(fields: Partial<SessionFieldsInput> = {}, actor: Actor = PEOPLE.kdlOfficer, organizer = PUBLISHERS.kdl, id = 'b-1'): Session {
  const r = createSession({ id, organizer, fields: { ...FIELDS, ...fields } }, actor, CREATED);
  if (!r.ok) throw new Error(`refused: ${r.message}`);
  return r.next;
}

export function roster(s: Session): Roster {
  return newRoster(s);
}

export { PEOPLE, PUBLISHERS, china };
