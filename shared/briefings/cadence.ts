import type { DistrictCode } from '../org/districts';
import { DISTRICT_CODES, districtName } from '../org/districts';
import type { IsoDate } from '../time/dates';
import { chinaDate, daysInMonth, isoMonth, pad } from '../time/dates';
import { chinaDateOf } from '../time/instants';
import { BRIEFING_RULES } from './rules';
import type { Session } from './session';

/**
 * The regular system (第六条 “职称政策定期宣讲制度”; rule `briefing-cadence`): each district should hold at
 * least `perQuarter` briefings a quarter, a number the city sets. The city dashboard shows, per district,
 * whether this quarter's are held, planned, not yet planned, or missed (rule `briefing-cadence-states`).
 */
export interface Quarter {
  year: number;
  quarter: 1 | 2 | 3 | 4;
}

export function quarterOf(date: IsoDate): Quarter {
  return { year: Number(date.slice(0, 4)), quarter: Math.ceil(Number(date.slice(5, 7)) / 3) as Quarter['quarter'] };
}

/** The China dates a quarter covers. */
export function quarterRange(q: Quarter): { from: IsoDate; to: IsoDate } {
  const first = (q.quarter - 1) * 3 + 1;
  return { from: `${isoMonth(q.year, first)}-01`, to: `${isoMonth(q.year, first + 2)}-${pad(daysInMonth(q.year, first + 2), 2)}` };
}

export function quarterLabel(q: Quarter): string {
  return `${q.year}年第${q.quarter}季度`;
}

/** '2026-Q4' ↔ a quarter. */
export function quarterKey(q: Quarter): string {
  return `${q.year}-Q${q.quarter}`;
}
export function parseQuarter(key: string): Quarter | null {
  const m = /^(\d{4})-Q([1-4])$/.exec(key);
  return m ? { year: Number(m[1]), quarter: Number(m[2]) as Quarter['quarter'] } : null;
}

export type CadenceSession = Pick<Session, 'id' | 'status' | 'startsAt' | 'endsAt'> & {
  organizer: Pick<Session['organizer'], 'role' | 'district'>;
  audience: Pick<Session['audience'], 'districts'>;
};

/** The districts a session counts for (rule `briefing-cadence`). */
export function countsFor(s: CadenceSession, p = BRIEFING_RULES.cadence.parameters): DistrictCode[] {
  if (s.organizer.role === 'district_officer') return s.organizer.district ? [s.organizer.district] : [];
  if (p.citySessionsCountFor === 'none') return [];
  if (p.citySessionsCountFor === 'all_districts') return [...DISTRICT_CODES];
  return s.audience.districts ?? [];
}

export type CadenceState = (typeof BRIEFING_RULES.cadenceStates.parameters.states)[number];
export const CADENCE_STATE_LABELS: Record<CadenceState, string> = { held: '已举办', planned: '已安排', unplanned: '未安排', missed: '未完成' };

export interface CadenceRow {
  district: DistrictCode;
  name: string;
  state: CadenceState;
  label: string;
  required: number;
  held: number;
  planned: number;
  /** The sessions counted, ended first then by start. */
  sessions: string[];
}

/**
 * Per district, for `quarter` as seen at `now` (an instant: a session later today is planned, not yet held).
 * A session counts in the quarter of its China start date; cancelled sessions never count.
 */
export function cadenceStatus(
  districts: readonly DistrictCode[],
  sessions: readonly CadenceSession[],
  quarter: Quarter,
  now: Date,
  p = BRIEFING_RULES.cadence.parameters,
): CadenceRow[] {
  const { from, to } = quarterRange(quarter);
  const at = now.toISOString();
  const today = chinaDate(now);
  const over = today > to;
  const inQuarter = sessions
    .filter((s) => s.status === 'scheduled')
    .filter((s) => {
      const d = chinaDateOf(s.startsAt);
      return d >= from && d <= to;
    })
    .sort((a, b) => (a.startsAt < b.startsAt ? -1 : a.startsAt > b.startsAt ? 1 : 0));
  return districts.map((district) => {
    const mine = inQuarter.filter((s) => countsFor(s, p).includes(district));
    const ended = mine.filter((s) => s.endsAt <= at);
    const coming = mine.filter((s) => s.endsAt > at);
    const required = p.perQuarter;
    const state: CadenceState =
      ended.length >= required ? 'held' : over ? 'missed' : ended.length + coming.length >= required ? 'planned' : 'unplanned';
    return {
      district,
      name: districtName(district),
      state,
      label: CADENCE_STATE_LABELS[state],
      required,
      held: ended.length,
      planned: coming.length,
      sessions: [...ended, ...coming].map((s) => s.id),
    };
  });
}

/** The dashboard's line: how many districts are in each state. */
export function cadenceSummary(rows: readonly CadenceRow[]): Record<CadenceState, number> {
  const out: Record<CadenceState, number> = { held: 0, planned: 0, unplanned: 0, missed: 0 };
  for (const r of rows) out[r.state]++;
  return out;
}
