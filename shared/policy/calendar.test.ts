import {
  checkRound,
  chooseRound,
  followingGreenChannel,
  greenChannelWindow,
  greenChannelWindowAt,
  nextGreenChannel,
  roundStatus,
  socializedCalendar,
} from './calendar';
import { MONTH_OF_QUARTER_LABELS, greenChannelMonthOfQuarter, greenChannelMonths, monthInItsQuarter, quarterOfMonth } from './quarters';
import { DEFAULT_RULESET } from './ruleset';
import { round } from '../../test/fixtures/policy';

describe('green-channel calendar (附件1 第二项): apply in the quarter’s first month, review in the second, certificates in the third', () => {
  it.each`
    asOf            | apply        | review       | certificates | now
    ${'2026-01-01'} | ${'2026-01'} | ${'2026-02'} | ${'2026-03'} | ${true}
    ${'2026-01-31'} | ${'2026-01'} | ${'2026-02'} | ${'2026-03'} | ${true}
    ${'2026-02-01'} | ${'2026-04'} | ${'2026-05'} | ${'2026-06'} | ${false}
    ${'2026-03-15'} | ${'2026-04'} | ${'2026-05'} | ${'2026-06'} | ${false}
    ${'2026-04-10'} | ${'2026-04'} | ${'2026-05'} | ${'2026-06'} | ${true}
    ${'2026-05-20'} | ${'2026-07'} | ${'2026-08'} | ${'2026-09'} | ${false}
    ${'2026-06-30'} | ${'2026-07'} | ${'2026-08'} | ${'2026-09'} | ${false}
    ${'2026-07-01'} | ${'2026-07'} | ${'2026-08'} | ${'2026-09'} | ${true}
    ${'2026-08-31'} | ${'2026-10'} | ${'2026-11'} | ${'2026-12'} | ${false}
    ${'2026-09-09'} | ${'2026-10'} | ${'2026-11'} | ${'2026-12'} | ${false}
    ${'2026-10-31'} | ${'2026-10'} | ${'2026-11'} | ${'2026-12'} | ${true}
    ${'2026-11-24'} | ${'2027-01'} | ${'2027-02'} | ${'2027-03'} | ${false}
    ${'2026-12-31'} | ${'2027-01'} | ${'2027-02'} | ${'2027-03'} | ${false}
  `('on $asOf the next application month is $apply', ({ asOf, apply, review, certificates, now }) => {
    const c = nextGreenChannel(asOf);
    expect(c.next).toMatchObject({ applicationMonth: apply, reviewMonth: review, certificateMonth: certificates });
    expect(c.applicationMonthIsNow).toBe(now);
    expect(c.clause).toBe('附件1 第二项');
    expect(c.quote).toContain('每季度第一月申报');
    if (now) expect(c.following?.applicationMonth).toBe(nextGreenChannel(`${review}-01`).next.applicationMonth);
    else expect(c.following).toBeUndefined();
  });

  it('when this month is the application month, also gives the following round', () => {
    expect(nextGreenChannel('2026-10-05').following).toMatchObject({ applicationMonth: '2027-01', label: '2027年第1季度' });
    expect(nextGreenChannel('2026-10-05').note).toContain('本月（2026-10）就是绿色通道申报月');
  });

  it.each`
    asOf            | quarter            | monthOfQuarter | phase            | label
    ${'2026-01-01'} | ${'2026年第1季度'} | ${1}           | ${'application'} | ${'申报月'}
    ${'2026-02-28'} | ${'2026年第1季度'} | ${2}           | ${'review'}      | ${'评审月'}
    ${'2026-03-31'} | ${'2026年第1季度'} | ${3}           | ${'certificate'} | ${'核准结果、发放证书月'}
    ${'2026-04-01'} | ${'2026年第2季度'} | ${1}           | ${'application'} | ${'申报月'}
    ${'2026-08-15'} | ${'2026年第3季度'} | ${2}           | ${'review'}      | ${'评审月'}
    ${'2026-11-24'} | ${'2026年第4季度'} | ${2}           | ${'review'}      | ${'评审月'}
    ${'2026-12-01'} | ${'2026年第4季度'} | ${3}           | ${'certificate'} | ${'核准结果、发放证书月'}
  `('$asOf is the $label of $quarter (month $monthOfQuarter)', ({ asOf, quarter, monthOfQuarter, phase, label }) => {
    const c = nextGreenChannel(asOf);
    expect(c.today).toMatchObject({
      date: asOf,
      month: asOf.slice(0, 7),
      monthOfQuarter,
      phase,
      phaseLabel: label,
      quarter: { label: quarter },
    });
    expect(c.today.note).toContain(`${asOf}（北京时间）在${quarter}`);
    expect(c).toMatchObject({ clause: '附件1 第二项', citation: '包人社办字〔2021〕82号 附件1 第二项' });
  });

  it('says what this month is for in words (the calendar’s note says when the next application is)', () => {
    expect(nextGreenChannel('2026-12-01').today.note).toBe(
      '2026-12-01（北京时间）在2026年第4季度的第三个月，是绿色通道核准结果、发放证书的月份；本季度的申报已在 2026-10 结束。',
    );
    expect(nextGreenChannel('2026-11-24').today.note).toBe(
      '2026-11-24（北京时间）在2026年第4季度的第二个月，是绿色通道的评审月：本季度的申报已在 2026-10 结束，2026-12 核准结果、发放证书。',
    );
    expect(nextGreenChannel('2027-01-05').today.note).toBe(
      '2027-01-05（北京时间）在2027年第1季度的第一个月，是绿色通道的申报月；本季度的评审在 2027-02，2027-03 核准结果、发放证书。',
    );
  });

  it('reads the months from the clause data', () => {
    const clauses = { ...DEFAULT_RULESET.clauses };
    clauses['附件1 第二项'] = {
      ...clauses['附件1 第二项'],
      parameters: {
        ...clauses['附件1 第二项'].parameters,
        reviewMonthOfQuarter: { values: [{ from: '2021-05-08', value: 3, ref: '测试' }] },
        certificateMonthOfQuarter: { values: [{ from: '2021-05-08', value: 3, ref: '测试' }] },
      },
    };
    const ruleset = { ...DEFAULT_RULESET, clauses };
    expect(nextGreenChannel('2026-11-24', ruleset).today).toMatchObject({ phase: 'none', phaseLabel: '本季度这个月没有安排' });
    expect(nextGreenChannel('2026-12-24', ruleset).today.phase).toBe('review');
  });

  it('has four rounds a year', () => {
    expect([1, 2, 3, 4].map((q) => greenChannelWindow(2027, q as 1).applicationMonth)).toEqual([
      '2027-01',
      '2027-04',
      '2027-07',
      '2027-10',
    ]);
  });
});

describe('socialized rounds published by city officers', () => {
  const issues = (input: unknown) => {
    const r = checkRound(input);
    return r.ok ? [] : r.issues;
  };

  it('accepts a well-formed round, with or without a defense period', () => {
    expect(issues(round())).toEqual([]);
    expect(issues(round({ defenseFrom: '2026-11-02', defenseTo: '2026-11-06', publishedAt: '2026-08-15T09:30:00+08:00' }))).toEqual([]);
  });

  it.each`
    change                                                                               | path                 | message
    ${{ applyTo: '2026-08-31' }}                                                         | ${'applyTo'}         | ${'申报截止日期不能早于申报开始日期'}
    ${{ seniorityCutoff: '2026-10-01' }}                                                 | ${'seniorityCutoff'} | ${'年限计算截止日不能晚于申报截止日期'}
    ${{ defenseFrom: '2026-11-02' }}                                                     | ${'defenseTo'}       | ${'答辩开始和结束日期要一起填写'}
    ${{ defenseFrom: '2026-11-06', defenseTo: '2026-11-02' }}                            | ${'defenseTo'}       | ${'答辩结束日期不能早于答辩开始日期'}
    ${{ defenseFrom: '2026-09-15', defenseTo: '2026-09-20' }}                            | ${'defenseFrom'}     | ${'答辩应安排在申报截止之后'}
    ${{ applyFrom: '2020-01-01', applyTo: '2020-02-01', seniorityCutoff: '2019-12-31' }} | ${'applyTo'}         | ${'申报截止日期不能早于政策施行日 2021-05-08'}
    ${{ applyFrom: '2026-02-30' }}                                                       | ${'applyFrom'}       | ${'申报开始日期不是有效的日期'}
    ${{ name: '' }}                                                                      | ${'name'}            | ${'轮次名称至少 2 个字'}
    ${{ name: '轮'.repeat(1000) }}                                                       | ${'name'}            | ${'轮次名称不超过 60 个字'}
    ${{ id: '' }}                                                                        | ${'id'}              | ${'请填写轮次编号'}
    ${{ publishedAt: 'yesterday' }}                                                      | ${'publishedAt'}     | ${'发布时间应为日期（2026-03-01）或带时区的时间（2026-03-01T09:00:00+08:00）'}
    ${{ publishedBy: undefined }}                                                        | ${'publishedBy'}     | ${'请填写发布单位'}
    ${{ publishedBy: 42 }}                                                               | ${'publishedBy'}     | ${'发布单位应为文字'}
    ${{ extra: 1 }}                                                                      | ${'extra'}           | ${'无法识别的项目“extra”，请删除'}
  `('rejects $path: $message', ({ change, path, message }) => {
    expect(issues({ ...round(), ...change })).toEqual([{ path, message }]);
  });

  it('knows whether a round is upcoming, open or closed', () => {
    const r = round();
    expect(roundStatus(r, '2026-08-31')).toBe('upcoming');
    expect(roundStatus(r, '2026-09-01')).toBe('open');
    expect(roundStatus(r, '2026-09-30')).toBe('open');
    expect(roundStatus(r, '2026-10-01')).toBe('closed');
  });

  const open = round({
    id: 'open',
    name: '2026年度工程系列中初级评审',
    applyFrom: '2026-11-01',
    applyTo: '2026-12-31',
    seniorityCutoff: '2026-06-30',
  });
  const closingFirst = round({
    id: 'first',
    name: '2026年度经济系列评审',
    applyFrom: '2026-11-10',
    applyTo: '2026-12-15',
    seniorityCutoff: '2025-12-31',
  });
  const upcoming = round({
    id: 'next',
    name: '2027年度社会化评审',
    applyFrom: '2027-03-01',
    applyTo: '2027-03-31',
    seniorityCutoff: '2026-12-31',
  });
  const closed = round({ id: 'old', applyFrom: '2026-09-01', applyTo: '2026-09-30' });
  const AS_OF = '2026-11-24';

  describe('which round “满 N 年” is counted to (interpretation seniority-counted-to-cutoff)', () => {
    it('with no choice, the open round closing first; upcoming and closed ones are not counted to', () => {
      expect(chooseRound({ asOf: AS_OF, rounds: [upcoming, open, closed, closingFirst] })).toEqual({
        round: closingFirst,
        by: 'default',
        open: [closingFirst, open],
        upcoming: [upcoming],
        roundsKnown: true,
      });
      expect(chooseRound({ asOf: AS_OF, rounds: [upcoming, closed] })).toEqual({
        by: 'default',
        open: [],
        upcoming: [upcoming],
        roundsKnown: true,
      });
      expect(chooseRound({ asOf: AS_OF })).toMatchObject({ by: 'default', roundsKnown: false });
    });

    it('the person’s choice wins: a round, or the evaluation date', () => {
      expect(chooseRound({ asOf: AS_OF, round: upcoming, rounds: [open, upcoming] })).toMatchObject({ round: upcoming, by: 'choice' });
      expect(chooseRound({ asOf: AS_OF, rounds: [open], countToAsOf: true })).toEqual({
        by: 'choice',
        open: [open],
        upcoming: [],
        roundsKnown: true,
      });
    });

    it('follows the interpretation’s parameter: an officer can switch the default back to the evaluation date', () => {
      const i = DEFAULT_RULESET.interpretations['seniority-counted-to-cutoff'];
      const ruleset = {
        ...DEFAULT_RULESET,
        interpretations: {
          ...DEFAULT_RULESET.interpretations,
          'seniority-counted-to-cutoff': { ...i, parameters: { whenNoneChosen: 'as_of' as const } },
        },
      };
      expect(chooseRound({ asOf: AS_OF, rounds: [open] }, ruleset)).toEqual({
        by: 'default',
        open: [open],
        upcoming: [],
        roundsKnown: true,
      });
    });
  });

  describe('the socialized calendar names the open rounds (附件2 第二项)', () => {
    const cal = (options: Parameters<typeof chooseRound>[0]) => socializedCalendar(chooseRound(options), options.asOf);

    it('counts to the open round by default and says so', () => {
      expect(cal({ asOf: AS_OF, rounds: [open, upcoming] })).toMatchObject({
        round: open,
        status: 'open',
        by: 'default',
        clause: '附件2 第二项',
        citation: '包人社办字〔2021〕82号 附件2 第二项',
        quote: '根据自治区和我市的工作安排进行。',
        note:
          '正在申报：“2026年度工程系列中初级评审”（申报 2026-11-01 至 2026-12-31，工作年限算到 2026-06-30）。即将开始：“2027年度社会化评审”（申报 2027-03-01 至 2027-03-31，工作年限算到 2026-12-31）。' +
          '您没有选择评审轮次，本结果按正在申报的“2026年度工程系列中初级评审”计算：工作年限算到 2026-06-30。',
      });
    });

    it('describes a chosen round, and the others that are open', () => {
      expect(cal({ asOf: AS_OF, round: round({ defenseFrom: '2026-11-02', defenseTo: '2026-11-06' }), rounds: [open] })).toMatchObject({
        status: 'closed',
        by: 'choice',
        note: '2026年度包头市社会化职称评审：申报 2026-09-01 至 2026-09-30（已截止），工作年限计算到 2025-12-31；答辩 2026-11-02 至 2026-11-06。另有正在申报的：“2026年度工程系列中初级评审”（申报 2026-11-01 至 2026-12-31，工作年限算到 2026-06-30）。',
      });
    });

    it('says the person chose to count to the evaluation date', () => {
      expect(cal({ asOf: AS_OF, rounds: [open], countToAsOf: true }).note).toBe(
        '正在申报：“2026年度工程系列中初级评审”（申报 2026-11-01 至 2026-12-31，工作年限算到 2026-06-30）。您选择了不按评审轮次，工作年限算到评估当天。',
      );
    });

    it('says none has been published only when it knows the published list', () => {
      expect(cal({ asOf: AS_OF, rounds: [closed] })).toMatchObject({ round: null, roundsKnown: true });
      expect(cal({ asOf: AS_OF, rounds: [closed] }).note).toContain('市人社局还没有在本程序发布正在申报或即将开始的社会化评审轮次');
      expect(cal({ asOf: AS_OF, rounds: [upcoming] }).note).toBe(
        '目前没有正在申报的评审轮次。即将开始：“2027年度社会化评审”（申报 2027-03-01 至 2027-03-31，工作年限算到 2026-12-31）。工作年限暂时算到评估当天。',
      );
      expect(cal({ asOf: AS_OF }).note).toContain('没有取得市人社局在本程序发布的评审轮次');
      expect(cal({ asOf: AS_OF }).note).not.toContain('还没有在本程序发布');
    });
  });
});

describe('附件1 第二项 quarters (shared/policy/quarters)', () => {
  it('names the months of each phase and where a month falls in its quarter', () => {
    expect(greenChannelMonths('application', '2026-11-24')).toEqual([1, 4, 7, 10]);
    expect(greenChannelMonths('certificate', '2026-11-24')).toEqual([3, 6, 9, 12]);
    expect(MONTH_OF_QUARTER_LABELS[greenChannelMonthOfQuarter('review', '2026-11-24')]).toBe('第二个月');
    expect([1, 3, 4, 12].map(quarterOfMonth)).toEqual([1, 1, 2, 4]);
    expect([1, 5, 9, 12].map(monthInItsQuarter)).toEqual([1, 2, 3, 3]);
  });

  it('a date’s round, and the round after it (across the year)', () => {
    expect(greenChannelWindowAt('2026-11-15').applicationMonth).toBe('2026-10');
    expect(followingGreenChannel(greenChannelWindowAt('2026-11-15')).applicationMonth).toBe('2027-01');
  });
});
