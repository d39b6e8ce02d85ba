import { CLAUSES, CLAUSE_IDS } from './clauses';
import { clauseFacts, hotlines } from './clause-facts';

const TODAY = '2026-11-24';

describe('each clause’s facts, read from its parameters', () => {
  it('第二条 and 第七条 give their numbers; 第四条 its exemption', () => {
    expect(clauseFacts('第二条', TODAY)).toEqual([
      '大学本科毕业、专业技术工作满 5 年，或大学专科（大专）毕业、专业技术工作满 8 年，业绩达到中级条件 → 可直接申报中级',
      '大学本科毕业、专业技术工作满 12 年，业绩达到副高级条件 → 可直接申报副高级（考评结合的专业除外）',
    ]);
    expect(clauseFacts('第七条', TODAY)).toContain('技师 + 技术技能工作满 3 年 → 可申报中级（工程技术系列）');
    expect(clauseFacts('第七条', TODAY)).toContain('技工院校预备技师（技师）班 = 大学本科学历');
    expect(clauseFacts('第四条', TODAY)).toEqual(['继续教育学时：不作硬性要求']);
    expect(clauseFacts('附件1 第一项', TODAY)).toContain('可以转系列评审；也可以选择社会化评审');
  });

  it('附件1 第二项: the green channel’s months, a quarter apart', () => {
    expect(clauseFacts('附件1 第二项', TODAY)).toEqual([
      '每年 4 次，每季度一次',
      '申报：1月、4月、7月、10月',
      '评审：2月、5月、8月、11月',
      '核准结果、发证书：3月、6月、9月、12月',
    ]);
  });

  it('every clause has facts, and an edited parameter shows in them', () => {
    for (const id of CLAUSE_IDS) expect(clauseFacts(id, TODAY).length).toBeGreaterThan(0);
    const edited = {
      ...CLAUSES,
      '附件2 第三项': {
        ...CLAUSES['附件2 第三项'],
        parameters: {
          ...CLAUSES['附件2 第三项'].parameters,
          defenseNoticeDaysBefore: { values: [{ from: '2021-05-08', value: 10, ref: '测试' }] },
        },
      },
    };
    expect(clauseFacts('附件2 第三项', TODAY, edited)).toContain('中级要参加答辩，答辩通知提前 10 天发布');
  });

  it('lists each hotline once', () => {
    expect(hotlines(TODAY).sort()).toEqual(['0472-6169341', '0472-6169343']);
  });
});
