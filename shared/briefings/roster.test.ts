import fc from 'fast-check';
import { person } from '../../test/fixtures/announcements';
import type { Recipient } from '../announcements/target';
import { CREATED, PEOPLE, china, roster, session } from '../../test/fixtures/briefings';
import type { Roster, SignUpRequest } from './roster';
import { attendanceRows, cancelSignUp, promote, resizeRoster, rosterView, seatsFree, seatsTaken, signUp, statusOf } from './roster';
import { BRIEFING_RULES } from './rules';

const NOW = china('2026-12-02T10:00');
const kdl = (i: number): Recipient => person(`o-${String(i).padStart(3, '0')}`, { districts: ['150203'] });
const req = (p: Recipient, extra: Partial<SignUpRequest> = {}): SignUpRequest => ({ person: p, ...extra });

function must<T extends { ok: boolean }>(r: T): Extract<T, { ok: true }> {
  if (!r.ok) throw new Error(`refused: ${(r as unknown as { message: string }).message}`);
  return r as Extract<T, { ok: true }>;
}

describe('sign-up: window, audience, once, seats', () => {
  const s = session();

  it('confirms within capacity, with a notice and the two reminders', () => {
    const r = must(signUp(s, roster(s), req(kdl(1), { name: '李明' }), NOW));
    expect(r.outcome).toBe('confirmed');
    expect(r.roster.confirmed).toEqual([{ openid: 'o-001', name: '李明', employerOrgId: null, seats: 1, seq: 1, at: NOW.toISOString() }]);
    expect(r.effects.map((e) => e.kind)).toEqual(['notify', 'remind', 'remind']);
    expect(r.effects[0]).toMatchObject({ template: 'briefing_confirmed', data: { topic: '非公领域职称申报政策宣讲', time: '2026-12-10 09:30', place: '昆都仑区人社局三楼会议室' } });
  });

  it('no sign-up outside the window, after the start, for a cancelled session, or twice', () => {
    const early = session({ signUpOpensAt: '2026-12-03T09:00:00+08:00' });
    expect(signUp(early, roster(early), req(kdl(1)), NOW)).toMatchObject({ ok: false, code: 'NOT_ALLOWED_NOW', message: '报名将于 2026-12-03 09:00 开始' });
    const closing = session({ signUpClosesAt: '2026-12-08T18:00:00+08:00' });
    expect(signUp(closing, roster(closing), req(kdl(1)), china('2026-12-08T18:00'))).toMatchObject({ message: '报名已于 2026-12-08 18:00 截止' });
    expect(signUp(s, roster(s), req(kdl(1)), china('2026-12-10T09:30'))).toMatchObject({ message: '宣讲已经开始，不能再报名' });
    expect(signUp({ ...s, status: 'cancelled' }, roster(s), req(kdl(1)), NOW)).toMatchObject({ message: '这场宣讲已取消' });
    const once = must(signUp(s, roster(s), req(kdl(1)), NOW)).roster;
    expect(signUp(s, once, req(kdl(1)), NOW)).toMatchObject({ ok: false, code: 'NOT_ALLOWED_NOW', message: '您已报名这场宣讲' });
  });

  it('only people in the audience sign up', () => {
    expect(signUp(s, roster(s), req(PEOPLE.gxHr), NOW)).toMatchObject({ ok: false, code: 'FORBIDDEN', message: '这场宣讲面向昆都仑区，您不在宣讲对象范围内' });
  });

  it('HR may sign up several colleagues of their employer; nobody else more than one', () => {
    const hr = person('o-hr', { districts: ['150203'], grants: [['employer_hr', { kind: 'org', orgId: 'emp-kdl' }]] });
    const r = must(signUp(s, roster(s), req(hr, { seats: 4, employerOrgId: 'emp-kdl', employerName: '包头钢铁配件公司' }), NOW));
    expect(seatsTaken(r.roster)).toBe(4);
    expect(signUp(s, roster(s), req(kdl(1), { seats: 2, employerOrgId: 'emp-kdl' }), NOW)).toMatchObject({ ok: false, message: '只有单位人事可以为本单位报名多人' });
    expect(signUp(s, roster(s), req(hr, { seats: 11, employerOrgId: 'emp-kdl' }), NOW)).toMatchObject({ ok: false, message: '一次最多报名 10 人' });
    const small = session({ capacity: 3 });
    expect(signUp(small, roster(small), req(hr, { seats: 4, employerOrgId: 'emp-kdl' }), NOW)).toMatchObject({ ok: false, message: '报名人数不能超过名额（3 人）' });
  });

  it('a full session puts people on the waiting list, in order; a full list refuses', () => {
    const tiny = session({ capacity: 1 });
    let r = roster(tiny);
    r = must(signUp(tiny, r, req(kdl(1)), NOW)).roster;
    const w = must(signUp(tiny, r, req(kdl(2)), NOW));
    expect(w).toMatchObject({ outcome: 'waiting', position: 1 });
    expect(w.effects).toEqual([expect.objectContaining({ template: 'briefing_waiting', data: expect.objectContaining({ position: '第 1 位' }) })]);
    expect(signUp(tiny, w.roster, req(kdl(2)), NOW)).toMatchObject({ message: '您已在候补名单中（第 1 位）' });
    const full: Roster = { ...w.roster, waiting: Array.from({ length: 200 }, (_, i) => ({ ...w.roster.waiting[0], openid: `w-${i}`, seq: i + 10 })) };
    expect(signUp(tiny, full, req(kdl(3)), NOW)).toMatchObject({ ok: false, message: '名额已满，候补名单也已满' });
  });
});

describe('cancelling moves the waiting list up', () => {
  const s = session({ capacity: 5 });
  const hr = (i: number) => person(`o-hr-${i}`, { districts: ['150203'], grants: [['employer_hr', { kind: 'org', orgId: `emp-${i}` }]] });
  const group = (i: number, seats: number) => req(hr(i), { seats, employerOrgId: `emp-${i}` });

  it('first fit, in sign-up order: a group that does not fit keeps its place, smaller ones behind it move up', () => {
    let r = roster(s);
    r = must(signUp(s, r, group(1, 3), NOW)).roster; // confirmed 3/5
    r = must(signUp(s, r, group(2, 2), NOW)).roster; // confirmed 5/5
    r = must(signUp(s, r, group(3, 3), NOW)).roster; // waiting 1
    r = must(signUp(s, r, req(kdl(4)), NOW)).roster; // waiting 2
    r = must(signUp(s, r, req(kdl(5)), NOW)).roster; // waiting 3
    const c = must(cancelSignUp(s, r, 'o-hr-2', NOW));
    expect(c.promoted.map((e) => e.openid)).toEqual(['o-004', 'o-005']);
    expect(c.roster.waiting.map((e) => e.openid)).toEqual(['o-hr-3']);
    expect(c.effects.map((e) => e.kind)).toEqual(['cancel_reminders', 'notify', 'remind', 'remind', 'notify', 'remind', 'remind']);
    expect(c.effects[1]).toMatchObject({ to: { openid: 'o-004' }, template: 'briefing_promoted' });
    const again = must(cancelSignUp(s, c.roster, 'o-hr-1', NOW));
    expect(again.promoted.map((e) => e.openid)).toEqual(['o-hr-3']);
  });

  it('strict order (the alternative): nobody jumps a group that does not fit yet', () => {
    const strict = { ...BRIEFING_RULES.signUp.parameters, promotion: 'strict_order' as const };
    let r = roster(s);
    r = must(signUp(s, r, group(1, 3), NOW, strict)).roster;
    r = must(signUp(s, r, group(2, 2), NOW, strict)).roster;
    r = must(signUp(s, r, group(3, 3), NOW, strict)).roster;
    r = must(signUp(s, r, req(kdl(4)), NOW, strict)).roster;
    const freed = { ...r, confirmed: r.confirmed.filter((e) => e.openid !== 'o-hr-2') };
    expect(promote(freed, strict).promoted).toEqual([]);
  });

  it('cancelling needs a sign-up and must come before the start; a bigger capacity promotes; a smaller one below the confirmed is refused', () => {
    let r = roster(s);
    expect(cancelSignUp(s, r, 'o-nobody', NOW)).toMatchObject({ ok: false, message: '您没有报名这场宣讲' });
    r = must(signUp(s, r, group(1, 5), NOW)).roster;
    r = must(signUp(s, r, req(kdl(2)), NOW)).roster;
    expect(cancelSignUp(s, r, 'o-002', china('2026-12-10T09:30'))).toMatchObject({ ok: false, message: '宣讲已经开始，不能取消报名' });
    expect(resizeRoster(s, r, 4, NOW)).toMatchObject({ ok: false, message: '已确认 5 人参加，名额不能少于 5 人' });
    const bigger = must(resizeRoster(s, r, 6, NOW));
    expect(bigger.promoted.map((e) => e.openid)).toEqual(['o-002']);
    expect(rosterView(bigger.roster, 'o-002')).toMatchObject({ capacity: 6, taken: 6, free: 0, full: true, label: '6/6', mine: { status: 'confirmed', seats: 1 } });
  });
});

describe('under concurrency: 50 simultaneous sign-ups for 30 places', () => {
  const s = session({ capacity: 30 });

  /**
   * Each client runs the function's loop: read the roster (with its version), decide with `signUp`, write with
   * compare-and-set on the version; a lost race reads again. `pick` chooses which client takes its next step.
   */
  function race(clients: number, pick: (ready: number[]) => number) {
    let stored: Roster = roster(s);
    const state = Array.from({ length: clients }, () => ({ read: null as Roster | null, done: false, outcome: '' }));
    let steps = 0;
    while (state.some((c) => !c.done)) {
      if (++steps > 100_000) throw new Error('no progress');
      const ready = state.map((c, i) => (c.done ? -1 : i)).filter((i) => i >= 0);
      const i = pick(ready);
      const c = state[i];
      if (!c.read) {
        c.read = stored; // read
        continue;
      }
      const d = signUp(s, c.read, req(kdl(i)), NOW);
      if (!d.ok) throw new Error(d.message);
      if (stored.version === c.read.version) {
        stored = d.roster; // compare-and-set wins
        c.done = true;
        c.outcome = d.outcome;
      }
      c.read = null; // lost (or done): read again
    }
    return { stored, state };
  }

  it('exactly 30 confirmed and 20 waiting, whatever the interleaving', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 400 }), (choices) => {
        let k = 0;
        const { stored, state } = race(50, (ready) => ready[choices[k++ % choices.length] % ready.length]);
        expect(stored.confirmed).toHaveLength(30);
        expect(stored.waiting).toHaveLength(20);
        expect(seatsTaken(stored)).toBe(30);
        const everyone = [...stored.confirmed, ...stored.waiting].map((e) => e.openid);
        expect(new Set(everyone).size).toBe(50);
        expect(state.filter((c) => c.outcome === 'confirmed')).toHaveLength(30);
        // Sign-up order = the order the writes landed: the first 30 to land are the confirmed ones.
        expect(stored.confirmed.map((e) => e.seq)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
      }),
      { numRuns: 200 },
    );
  });
});

describe('property: random sign-ups, cancellations and resizes never exceed capacity and never lose a person', () => {
  type Op = { kind: 'sign'; who: number; seats: number } | { kind: 'cancel'; who: number } | { kind: 'resize'; capacity: number };
  const opArb: fc.Arbitrary<Op> = fc.oneof(
    { weight: 5, arbitrary: fc.record({ kind: fc.constant('sign' as const), who: fc.integer({ min: 0, max: 14 }), seats: fc.integer({ min: 1, max: 4 }) }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('cancel' as const), who: fc.integer({ min: 0, max: 14 }) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('resize' as const), capacity: fc.integer({ min: 1, max: 12 }) }) },
  );
  const hrOf = (who: number) => person(`o-${who}`, { districts: ['150203'], grants: [['employer_hr', { kind: 'org', orgId: `emp-${who}` }]] });

  it('holds for every sequence', () => {
    const s = session({ capacity: 6 });
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 60 }), (ops) => {
        let r = roster(s);
        const expected = new Set<string>();
        for (const op of ops) {
          if (op.kind === 'sign') {
            const d = signUp(s, r, req(hrOf(op.who), { seats: op.seats, employerOrgId: `emp-${op.who}` }), NOW);
            if (d.ok) {
              r = d.roster;
              expected.add(`o-${op.who}`);
            } else expect(expected.has(`o-${op.who}`) || op.seats > r.capacity || r.waiting.length >= 200).toBe(true);
          } else if (op.kind === 'cancel') {
            const d = cancelSignUp(s, r, `o-${op.who}`, NOW);
            expect(d.ok).toBe(expected.has(`o-${op.who}`));
            if (d.ok) {
              r = d.roster;
              expected.delete(`o-${op.who}`);
            }
          } else {
            const d = resizeRoster(s, r, op.capacity, NOW);
            expect(d.ok).toBe(op.capacity >= seatsTaken(r));
            if (d.ok) r = d.roster;
          }
          // Never above capacity; nobody twice; nobody lost; the waiting list is in sign-up order;
          // and first fit is maximal: no one waiting would fit the free seats.
          expect(seatsTaken(r)).toBeLessThanOrEqual(r.capacity);
          const all = [...r.confirmed, ...r.waiting].map((e) => e.openid);
          expect(new Set(all).size).toBe(all.length);
          expect(new Set(all)).toEqual(expected);
          expect(r.waiting.map((e) => e.seq)).toEqual([...r.waiting.map((e) => e.seq)].sort((a, b) => a - b));
          expect(r.waiting.every((e) => e.seats > seatsFree(r))).toBe(true);
          for (const id of expected) expect(statusOf(r, id)).not.toBeNull();
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('the attendance list', () => {
  it('confirmed then waiting, names masked unless the organizer exports, check-in times in China time', () => {
    const s = session({ capacity: 1 });
    let r = roster(s);
    r = must(signUp(s, r, req(kdl(1), { name: '王建国' }), NOW)).roster;
    r = must(signUp(s, r, req(kdl(2), { name: '李四' }), NOW)).roster;
    const rows = attendanceRows(r, [{ openid: 'o-001', at: '2026-12-10T01:25:00.000Z' }]);
    expect(rows).toEqual([
      { name: '王*国', employer: '', seats: 1, status: '已确认', checkedIn: '2026-12-10 09:25' },
      { name: '李*', employer: '', seats: 1, status: '候补第 1 位', checkedIn: '' },
    ]);
    expect(attendanceRows(r, [], true)[0].name).toBe('王建国');
    expect(CREATED < NOW).toBe(true);
  });
});
