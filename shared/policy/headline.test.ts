import engineer from '../../test/fixtures/profiles/engineer-bachelor-6y.json';
import talent from '../../test/fixtures/profiles/high-level-talent.json';
import technician from '../../test/fixtures/profiles/technician-3y.json';
import { evaluate } from './evaluate';
import { headlineRoutes, highestLikelyTitle, rankRoutes } from './headline';
import type { ProfileInput } from './profile';

const AS_OF = '2026-12-02';
const run = (p: unknown) => evaluate(p as ProfileInput, { asOf: AS_OF });

describe('highestLikelyTitle: the result headline', () => {
  it('names 高级工程师 for the high-level talent (第八条) although 工程师 is likely too', () => {
    const result = run(talent);
    expect(result.routes.find((r) => r.id === 'art8-green-deputy-senior')?.verdict).toBe('likely');
    expect(result.routes.find((r) => r.id === 'art2-intermediate')?.verdict).toBe('likely');
    const h = highestLikelyTitle(result);
    expect(h).toMatchObject({ verdict: 'likely', titleName: '高级工程师', text: '很可能可以申报高级工程师' });
    expect(h.routesLine.startsWith('高级工程师：很可能符合')).toBe(true);
    expect(h.routesLine).toContain('工程师：很可能符合');
    expect(h.open).toBe(result.routes.filter((r) => r.verdict !== 'not_eligible').length);
  });

  it('says 可能, never a final determination', () => {
    for (const p of [talent, engineer, technician]) {
      const { text } = highestLikelyTitle(run(p));
      expect(text).toMatch(/可能/);
      expect(text).not.toMatch(/符合条件$|可以申报$|已通过|认定/);
    }
  });

  it('names the highest likely title, not a higher one that is only to be confirmed', () => {
    // 6 years after a 本科: 工程师 is likely (第二条); 高级工程师 only by 第八条, whose talent conditions are to confirm.
    const h = highestLikelyTitle(run(engineer));
    expect(h).toMatchObject({ verdict: 'likely', titleName: '工程师', text: '很可能可以申报工程师' });
    expect(h.routesLine).toMatch(/^工程师：很可能符合.*；高级工程师：可能符合，需要您确认几项/);
  });

  it('a skilled worker (技师, 第七条) is told 工程师 over 助理工程师', () => {
    expect(highestLikelyTitle(run(technician))).toMatchObject({ verdict: 'likely', titleName: '工程师', closed: 3 });
  });

  it('a not-yet-only result names the title reached soonest, with its date in words', () => {
    const result = run({
      sector: 'non_public_enterprise',
      education: { level: 'bachelor', graduatedOn: '2023-07-01' },
      workPeriods: [{ from: '2023-07-15', to: null, kind: 'professional_technical' }],
      appliedSeries: 'engineering',
      achievements: { intermediate: true },
    });
    const waiting = result.routes.filter((r) => r.verdict === 'not_yet');
    const soonest = waiting.map((r) => r.eligibleFrom!).sort()[0];
    const h = highestLikelyTitle({ routes: result.routes.filter((r) => r.verdict === 'not_yet' || r.verdict === 'not_eligible') });
    const [y, m, d] = soonest.split('-').map(Number);
    expect(h.verdict).toBe('not_yet');
    expect(h.text).toBe(`${y} 年 ${m} 月 ${d} 日起可能可以申报${waiting.find((r) => r.eligibleFrom === soonest)!.title.titleName}`);
  });

  it('with nothing open, says so', () => {
    const result = run(talent);
    const closed = result.routes.map((r) => ({ ...r, verdict: 'not_eligible' as const }));
    expect(highestLikelyTitle({ routes: closed })).toMatchObject({
      verdict: null,
      titleName: null,
      text: '暂时没有找到可以直接申报的途径',
      open: 0,
    });
  });
});

describe('the saved check says what the result said', () => {
  it.each([
    ['talent', talent],
    ['engineer', engineer],
    ['technician', technician],
  ])('%s: the saved routes (as the function keeps them) give the same headline', (_name, p) => {
    const result = run(p);
    const saved = JSON.parse(JSON.stringify(headlineRoutes(result.routes)));
    expect(highestLikelyTitle({ routes: saved })).toEqual(highestLikelyTitle(result));
  });

  it('a check saved before the level was kept still names the same title (the route’s fixed level)', () => {
    const result = run(talent);
    const old = headlineRoutes(result.routes).map(({ level: _level, ...r }) => r);
    expect(highestLikelyTitle({ routes: old }).text).toBe(highestLikelyTitle(result).text);
  });

  it('rankRoutes keeps the engine’s order among equals', () => {
    const ranked = rankRoutes(headlineRoutes(run(talent).routes)).map((r) => r.id);
    expect(ranked.slice(0, 2)).toEqual(['art8-green-deputy-senior', 'art8-direct-senior']);
  });
});
