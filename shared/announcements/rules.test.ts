import { CLAUSE_IDS } from '../policy/clauses';
import { INTERPRETATIONS } from '../policy/interpretations';
import { BRIEFING_RULES } from '../briefings/rules';
import { ANNOUNCEMENT_RULES } from './rules';
import { SUBSCRIBE_RULES } from './subscriptions';

const all = [...Object.values(ANNOUNCEMENT_RULES), ...Object.values(SUBSCRIBE_RULES), ...Object.values(BRIEFING_RULES)];

describe('every reading of issue 8 is a named, editable rule', () => {
  it('ids are unique (also against the eligibility interpretations), clauses exist, words are Chinese', () => {
    const ids = all.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(Object.keys(INTERPRETATIONS)).not.toContain(id);
    for (const r of all) {
      expect(r.editable).toBe(true);
      expect(r.clauses.length).toBeGreaterThan(0);
      for (const c of r.clauses) expect(CLAUSE_IDS).toContain(c);
      for (const text of [r.title, r.statement, r.reading]) expect(text).toMatch(/[\u4e00-\u9fa5]/);
      expect(r.parameters).toBeDefined();
    }
  });

  it('the cadence is POLICY.md’s: at least one briefing per district per quarter; the defense notice reads the clause', () => {
    expect(BRIEFING_RULES.cadence.source).toBe('POLICY.md');
    expect(BRIEFING_RULES.cadence.parameters.perQuarter).toBe(1);
    expect(ANNOUNCEMENT_RULES.defenseNotice.parameters.daysBefore).toBe(7);
  });
});
