import { chinaDate } from '../time/dates';
import type { PolicyWatch, RoundLike, WatchLine } from './policy-match';
import {
  POLICY_MATCH_RULES,
  matchEligibleFrom,
  matchRound,
  newRoundMatchJob,
  nextWatch,
  planRoundPage,
  policyMatchId,
  roundCovers,
  staffCounts,
  watchLines,
  claimRoundMatch,
} from './policy-match';
import { subscribeData, templateFor } from './subscriptions';

const NOW = new Date('2026-12-01T02:00:00Z');
const likelyEng: WatchLine = { series: 'engineering', level: 'intermediate', titleName: '工程师', verdict: 'likely', channels: ['socialized'] };
const notYetSenior: WatchLine = { series: 'engineering', level: 'deputy_senior', titleName: '高级工程师', verdict: 'not_yet', channels: ['socialized'], eligibleFrom: '2027-03-01' };
const round: RoundLike = { id: 'r-2026q4', name: '2026年第四季度社会化评审', applyFrom: '2026-12-01', applyTo: '2026-12-31' };
const watch = (lines: WatchLine[], extra: Partial<PolicyWatch> = {}): PolicyWatch => ({
  openid: 'alice',
  consent: true,
  consentAt: NOW.toISOString(),
  lines,
  checkId: 'c1',
  dueFrom: null,
  rev: 1,
  updatedAt: NOW.toISOString(),
  ...extra,
});

describe('rule policy-match-consent (第六条): only with consent, revocable', () => {
  it('cites its clause and is editable', () => {
    for (const r of Object.values(POLICY_MATCH_RULES)) {
      expect(r.editable).toBe(true);
      expect(r.clauses.length).toBeGreaterThan(0);
    }
    expect(POLICY_MATCH_RULES.consent.clauses).toContain('第六条');
  });
  it('no consent: no round message, no date message, nothing kept to match on', () => {
    const w = nextWatch(null, 'alice', { consent: false, check: { id: 'c1', lines: [likelyEng, notYetSenior] } }, '2026-11-01', NOW);
    expect(w).toMatchObject({ consent: false, lines: [], dueFrom: null, checkId: null });
    expect(matchRound(w, round, '2026-12-01')).toBeNull();
    expect(matchEligibleFrom({ ...w, dueFrom: '2027-03-01' }, '2027-03-01').match).toBeNull();
  });
  it('consent keeps the latest check and the next eligible-from date; withdrawing drops both', () => {
    const on = nextWatch(null, 'alice', { consent: true, check: { id: 'c1', lines: [likelyEng, notYetSenior] } }, '2026-11-01', NOW);
    expect(on).toMatchObject({ consent: true, checkId: 'c1', dueFrom: '2027-03-01', rev: 1 });
    const off = nextWatch(on, 'alice', { consent: false }, '2026-11-02', new Date('2026-11-02T00:00:00Z'));
    expect(off).toMatchObject({ consent: false, lines: [], dueFrom: null, rev: 2, consentAt: '2026-11-02T00:00:00.000Z' });
    // A new saved check while consenting replaces the lines.
    const again = nextWatch(on, 'alice', { check: { id: 'c2', lines: [likelyEng] } }, '2026-11-03', NOW);
    expect(again).toMatchObject({ checkId: 'c2', dueFrom: null, consentAt: on.consentAt });
  });
  it('builds lines from an engine result', () => {
    const lines = watchLines({ routes: [{ verdict: 'not_yet', channels: ['socialized'], eligibleFrom: '2027-03-01', title: { series: 'engineering', level: 'deputy_senior', titleName: '高级工程师' } }] });
    expect(lines).toEqual([notYetSenior]);
  });
});

describe('rule policy-match-round-open (附件2 第二项): an open round that fits a likely route', () => {
  it('one message per person × round, saying 可能符合', () => {
    const m = matchRound(watch([likelyEng, { ...likelyEng, level: 'assistant', titleName: '助理工程师' }]), round, '2026-12-01')!;
    expect(m).toMatchObject({ id: policyMatchId('round_open', 'r-2026q4', 'alice'), reason: 'round_open', key: 'r-2026q4' });
    expect(m.text).toContain('可能符合申报工程师');
    expect(m.text).not.toMatch(/您符合|已符合/);
    expect(templateFor(m.reason)).toBe('policy_match');
    expect(subscribeData('policy_match', m.data)).toEqual({
      thing1: { value: expect.any(String) },
      date2: { value: '2026年12月31日' },
      thing3: { value: '可能符合申报工程师' },
    });
  });
  it('only while the round is open (China date), only likely, only a covered channel / series / level', () => {
    expect(matchRound(watch([likelyEng]), round, '2026-11-30')).toBeNull();
    expect(matchRound(watch([likelyEng]), round, '2027-01-01')).toBeNull();
    expect(matchRound(watch([notYetSenior]), round, '2026-12-05')).toBeNull();
    expect(matchRound(watch([{ ...likelyEng, verdict: 'confirm' }]), round, '2026-12-05')).toBeNull();
    expect(roundCovers(round, { ...likelyEng, channels: ['green'] })).toBe(false);
    expect(roundCovers({ ...round, series: ['health'] }, likelyEng)).toBe(false);
    expect(roundCovers({ ...round, series: ['engineering'], levels: ['intermediate'] }, likelyEng)).toBe(true);
    expect(roundCovers({ ...round, levels: ['deputy_senior'] }, likelyEng)).toBe(false);
  });
  it('01:00 China time on 1 December is already 1 December (the round opens then)', () => {
    const today = chinaDate(new Date('2026-11-30T17:00:00Z'));
    expect(today).toBe('2026-12-01');
    expect(matchRound(watch([likelyEng]), round, today)).not.toBeNull();
  });
  it('the round pass pages in openid order, resumes after the cursor, and a page done twice yields the same ids', () => {
    const job = claimRoundMatch(newRoundMatchJob(round.id, NOW), 'run-1', NOW, 15_000)!;
    expect(claimRoundMatch(job, 'run-2', NOW, 15_000)).toBeNull(); // held by run-1
    const page = ['a', 'b', 'c'].map((openid) => ({ openid, consent: true, lines: openid === 'b' ? [notYetSenior] : [likelyEng] }));
    const first = planRoundPage(job, round, page, '2026-12-01', 3, NOW);
    expect(first.matches.map((m) => m.openid)).toEqual(['a', 'c']);
    expect(first.next).toMatchObject({ after: 'c', done: false, enqueued: 2 });
    const again = planRoundPage(job, round, page, '2026-12-01', 3, NOW);
    expect(again.matches.map((m) => m.id)).toEqual(first.matches.map((m) => m.id));
    const last = planRoundPage(first.next, round, [page[2], { openid: 'd', consent: true, lines: [likelyEng] }], '2026-12-01', 3, NOW);
    expect(last.matches.map((m) => m.openid)).toEqual(['d']);
    expect(last.next).toMatchObject({ done: true, lease: null });
    expect(claimRoundMatch(last.next, 'run-3', NOW, 15_000)).toBeNull();
  });
});

describe('rule policy-match-eligible-from (第二条、第七条、第八条): the day the years are met', () => {
  const w = watch([likelyEng, notYetSenior, { ...notYetSenior, series: 'economics', titleName: '高级经济师', eligibleFrom: '2027-06-01' }], { dueFrom: '2027-03-01' });
  it('on the day (China time): one message, then waits for the next date', () => {
    expect(matchEligibleFrom(w, '2027-02-28')).toEqual({ match: null, dueFrom: '2027-03-01' });
    const today = chinaDate(new Date('2027-02-28T16:30:00Z')); // 00:30 on 1 March in China
    expect(today).toBe('2027-03-01');
    const r = matchEligibleFrom(w, today);
    expect(r.match).toMatchObject({ id: policyMatchId('eligible_from', '2027-03-01', 'alice'), key: '2027-03-01' });
    expect(r.match!.text).toContain('您从 2027-03-01 起可能符合申报高级工程师');
    expect(r.dueFrom).toBe('2027-06-01');
  });
  it('two routes on one date make one message', () => {
    const two = watch([notYetSenior, { ...notYetSenior, series: 'economics', titleName: '高级经济师' }], { dueFrom: '2027-03-01' });
    const r = matchEligibleFrom(two, '2027-03-01');
    expect(r.match!.text).toContain('高级工程师、高级经济师');
    expect(r.dueFrom).toBeNull();
  });
  it('a few days late is still told (lateDays); later is dropped, the next date kept', () => {
    expect(matchEligibleFrom(w, '2027-03-08').match).not.toBeNull();
    expect(matchEligibleFrom(w, '2027-03-09')).toEqual({ match: null, dueFrom: '2027-06-01' });
  });
  it('a date already past when consent is given is not told', () => {
    const on = nextWatch(null, 'alice', { consent: true, check: { id: 'c1', lines: [notYetSenior] } }, '2027-04-01', NOW);
    expect(on.dueFrom).toBeNull();
  });
});

describe('rule policy-match-staff-counts (第九条): counts only, small counts masked', () => {
  const likely = (s: string) => [`likely:${s}:intermediate`, `likely:${s}:*`];
  it('per series, a person once per series; fewer than 3 not shown', () => {
    const rows = [
      ...Array.from({ length: 4 }, () => ({ titles: ['engineering:*'], eligibility: [...likely('engineering'), 'likely:engineering:assistant'] })),
      { titles: ['economics:*'], eligibility: likely('economics') },
      { titles: ['economics:*'], eligibility: likely('economics') },
      { titles: [], eligibility: [] },
    ];
    const c = staffCounts(rows);
    expect(c.items).toEqual([{ series: 'engineering', seriesName: '工程技术', count: 4, text: '4 人' }]);
    expect(c.checked).toEqual({ count: 6, text: '6 人' });
    expect(c.note).toContain('少于3人');
    expect(JSON.stringify(c)).not.toMatch(/economics/);
  });
  it('a small staff shows no number at all', () => {
    expect(staffCounts([{ titles: ['x'], eligibility: likely('engineering') }])).toMatchObject({ checked: { count: null, text: '少于3人' }, items: [] });
  });
});
