import { checkRound, greenChannelWindow, nextGreenChannel, roundStatus, socializedCalendar } from './calendar';
import { round } from './fixtures';

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

  it('describes the round, or says none has been published', () => {
    expect(socializedCalendar(round({ defenseFrom: '2026-11-02', defenseTo: '2026-11-06' }), '2026-09-10')).toMatchObject({
      status: 'open',
      clause: '附件2 第二项',
      note: '2026年度包头市社会化职称评审：申报 2026-09-01 至 2026-09-30（正在申报），工作年限计算到 2025-12-31；答辩 2026-11-02 至 2026-11-06。',
    });
    expect(socializedCalendar(undefined, '2026-09-10')).toMatchObject({ round: null, quote: '根据自治区和我市的工作安排进行。' });
  });
});
