import type { DistrictCode } from '../org/districts';
import type { CadenceSession } from './cadence';
import { cadenceStatus, cadenceSummary, countsFor, parseQuarter, quarterKey, quarterLabel, quarterOf, quarterRange } from './cadence';
import { BRIEFING_RULES } from './rules';

const KDL: DistrictCode = '150203';
const GX: DistrictCode = '150271';
const DH: DistrictCode = '150202';
const JY: DistrictCode = '150207';
const Q4 = { year: 2026, quarter: 4 as const };

const at = (local: string) => new Date(`${local}:00+08:00`).toISOString();
function held(id: string, district: DistrictCode | null, start: string, extra: Partial<CadenceSession> = {}): CadenceSession {
  return {
    id,
    status: 'scheduled',
    startsAt: at(start),
    endsAt: new Date(Date.parse(at(start)) + 2 * 3_600_000).toISOString(),
    organizer: district ? { role: 'district_officer', district } : { role: 'city_officer', district: null },
    audience: {},
    ...extra,
  };
}

describe('quarters', () => {
  it('of a date, their range, label and key', () => {
    expect(quarterOf('2026-11-15')).toEqual(Q4);
    expect(quarterRange(Q4)).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(quarterRange({ year: 2028, quarter: 1 })).toEqual({ from: '2028-01-01', to: '2028-03-31' });
    expect(quarterLabel(Q4)).toBe('2026年第4季度');
    expect(parseQuarter(quarterKey(Q4))).toEqual(Q4);
    expect(parseQuarter('2026-Q5')).toBeNull();
  });
});

describe('the regular system (第六条): each district at least once a quarter', () => {
  const sessions = [
    held('kdl-oct', KDL, '2026-10-20T09:30'),
    held('gx-dec', GX, '2026-12-20T09:30'),
    held('dh-cancelled', DH, '2026-11-05T09:30', { status: 'cancelled' }),
    held('city-for-jy', null, '2026-11-10T09:30', { audience: { districts: [JY] } }),
    held('city-wide', null, '2026-11-12T09:30'),
    held('kdl-last-quarter', KDL, '2026-09-30T23:30'),
  ];
  const districts = [KDL, GX, DH, JY];

  it('mid-quarter: held, planned, not yet planned', () => {
    const rows = cadenceStatus(districts, sessions, Q4, new Date(at('2026-12-01T10:00')));
    expect(rows.map((r) => [r.name, r.state, r.held, r.planned])).toEqual([
      ['昆都仑区', 'held', 1, 0],
      ['稀土高新区', 'planned', 0, 1],
      ['东河区', 'unplanned', 0, 0],
      ['九原区', 'held', 1, 0],
    ]);
    expect(rows[0].label).toBe('已举办');
    expect(cadenceSummary(rows)).toEqual({ held: 2, planned: 1, unplanned: 1, missed: 0 });
  });

  it('after the quarter: not enough held is missed, a planned one that never ended is missed too', () => {
    const rows = cadenceStatus(districts, [...sessions.slice(0, 1), held('gx-dec', GX, '2026-12-31T23:00')], Q4, new Date(at('2027-01-01T00:30')));
    expect(rows.map((r) => r.state)).toEqual(['held', 'missed', 'missed', 'missed']);
  });

  it('a session later today is planned, not held; the quarter is the China date of its start', () => {
    const today = [held('kdl-today', KDL, '2026-12-01T15:00')];
    expect(cadenceStatus([KDL], today, Q4, new Date(at('2026-12-01T10:00')))[0].state).toBe('planned');
    expect(cadenceStatus([KDL], today, Q4, new Date(at('2026-12-01T17:00')))[0].state).toBe('held');
    // 2026-09-30 23:30 in China is Q3, although its UTC date is the same and its end falls in Q4.
    expect(cadenceStatus([KDL], [sessions[5]], Q4, new Date(at('2026-12-01T10:00')))[0].state).toBe('unplanned');
  });

  it('the cadence is the city’s parameter', () => {
    const twice = { ...BRIEFING_RULES.cadence.parameters, perQuarter: 2 };
    expect(cadenceStatus([KDL], sessions, Q4, new Date(at('2026-12-01T10:00')), twice)[0]).toMatchObject({ state: 'unplanned', required: 2 });
    expect(countsFor(sessions[4], { ...BRIEFING_RULES.cadence.parameters, citySessionsCountFor: 'all_districts' })).toHaveLength(10);
    expect(countsFor(sessions[3], { ...BRIEFING_RULES.cadence.parameters, citySessionsCountFor: 'none' })).toEqual([]);
  });
});
