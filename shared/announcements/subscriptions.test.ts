import { receiptCounts, receiptFilename, receiptRow, receiptSheetRow } from './receipts';
import type { QuotaDoc } from './subscriptions';
import {
  classifySend,
  fieldValue,
  quotaAfterRefusal,
  quotaViews,
  recordAnswer,
  spendQuota,
  subscribeAsk,
  subscribeData,
  subscriptionKind,
  templateFor,
  wxDate,
  wxTime,
} from './subscriptions';

const NOW = new Date('2026-12-01T02:00:00Z');
const GOV = { governmentAppId: true, longTermTemplates: ['announcement' as const] };

describe('what a send’s answer means', () => {
  it('43101 is refused (recorded, never retried); our own mistakes fail; busy and limits retry', () => {
    expect(classifySend({ errcode: 0 })).toBe('sent');
    expect(classifySend({})).toBe('sent');
    expect(classifySend({ errcode: 43101 })).toBe('refused');
    expect(classifySend({ errcode: 40003 })).toBe('failed');
    expect(classifySend({ errcode: 47003 })).toBe('failed');
    expect(classifySend({ errcode: -1 })).toBe('retryable');
    expect(classifySend({ errcode: 45009 })).toBe('retryable');
    expect(classifySend({ error: 'timeout' })).toBe('retryable');
    expect(classifySend({ errcode: 99999 })).toBe('retryable');
  });
});

describe('quota per person and template', () => {
  it('each accept of a one-time subscription allows one message; reject, ban and filter allow none', () => {
    let q = recordAnswer(null, 'o-1', 'announcement', 'accept', NOW);
    q = recordAnswer(q, 'o-1', 'announcement', 'accept', NOW);
    q = recordAnswer(q, 'o-1', 'announcement', 'reject', NOW);
    expect(q.count).toBe(2);
    const spent = spendQuota(q, NOW);
    expect(spent).toMatchObject({ allowed: true, next: { count: 1 } });
    const last = spendQuota((spent as { next: QuotaDoc }).next, NOW);
    expect(spendQuota((last as { next: QuotaDoc }).next, NOW)).toEqual({ allowed: false });
    expect(spendQuota(null, NOW)).toEqual({ allowed: false });
    expect(recordAnswer(null, 'o-1', 'progress', 'ban', NOW).count).toBe(0);
  });

  it('long-term only when configured for a government-owned AppID', () => {
    expect(subscriptionKind('announcement')).toBe('one_time');
    expect(subscriptionKind('announcement', GOV)).toBe('long_term');
    expect(subscriptionKind('progress', GOV)).toBe('one_time');
    const q = recordAnswer(null, 'o-1', 'announcement', 'accept', NOW, GOV);
    expect(q).toMatchObject({ longTerm: true, count: 0 });
    expect(spendQuota(q, NOW, GOV)).toMatchObject({ allowed: true, next: { count: 0 } });
    // The same record under an AppID that is not a government body's: nothing to spend.
    expect(spendQuota(q, NOW)).toEqual({ allowed: false });
  });

  it('after 43101 nothing is left on our count', () => {
    const q = recordAnswer(null, 'o-1', 'announcement', 'accept', NOW);
    expect(quotaAfterRefusal(q, NOW).count).toBe(0);
  });

  it('我的 shows what is left for every template', () => {
    const views = quotaViews([{ openid: 'o-1', template: 'briefing_reminder', count: 2, longTerm: false, updatedAt: '' }]);
    expect(views.find((v) => v.template === 'briefing_reminder')).toMatchObject({ remaining: 2, text: '还能收到 2 条' });
    expect(views.find((v) => v.template === 'progress')).toMatchObject({ remaining: 0, text: '未订阅（下次办理时点“允许”即可收到）' });
    const gov = quotaViews([{ openid: 'o-1', template: 'announcement', count: 0, longTerm: true, updatedAt: '' }], GOV);
    expect(gov.find((v) => v.template === 'announcement')).toMatchObject({ kind: 'long_term', remaining: null, text: '已长期订阅' });
  });
});

describe('asking at the moments that matter', () => {
  it('at most 3 templates of one kind, the least quota first', () => {
    expect(subscribeAsk('after_check', [])).toEqual({ kind: 'one_time', templates: ['policy_match', 'announcement', 'briefing_reminder'] });
    const quotas: QuotaDoc[] = [{ openid: 'o', template: 'policy_match', count: 5, longTerm: false, updatedAt: '' }];
    expect(subscribeAsk('after_check', quotas).templates).toEqual(['announcement', 'briefing_reminder', 'policy_match']);
    expect(subscribeAsk('after_signup', [])).toEqual({ kind: 'one_time', templates: ['briefing_reminder', 'briefing_update'] });
    expect(subscribeAsk('after_apply', [])).toEqual({ kind: 'one_time', templates: ['progress', 'announcement'] });
  });

  it('never mixes one-time and long-term in one call; a long-term subscription held is not asked again', () => {
    expect(subscribeAsk('after_apply', [], GOV)).toEqual({ kind: 'one_time', templates: ['progress'] });
    expect(subscribeAsk('after_check', [], GOV)).toEqual({ kind: 'one_time', templates: ['policy_match', 'briefing_reminder'] });
    const held: QuotaDoc[] = [{ openid: 'o', template: 'announcement', count: 0, longTerm: true, updatedAt: '' }];
    expect(subscribeAsk('after_apply', held, GOV).templates).toEqual(['progress']);
  });

  it('our messages map onto the templates that carry them', () => {
    expect(templateFor('announcement')).toBe('announcement');
    expect(templateFor('defense_notice')).toBe('progress');
    expect(templateFor('returned')).toBe('progress');
    expect(templateFor('briefing_reminder_hour')).toBe('briefing_reminder');
    expect(templateFor('briefing_moved')).toBe('briefing_update');
    expect(templateFor('round_open')).toBe('policy_match');
  });
});

describe('message fields fit WeChat’s limits', () => {
  it('thing ≤ 20, phrase ≤ 5 Chinese characters, time and date in the template formats (China time)', () => {
    expect(Array.from(fieldValue('thing', '关于开展2026年度非公领域专业技术人员职称申报工作的通知'))).toHaveLength(20);
    expect(fieldValue('phrase', '已取消 (cancelled)')).toBe('已取消');
    expect(fieldValue('phrase', '时间地点已调整')).toBe('时间地点已');
    expect(wxTime('2026-12-01T16:30:00.000Z')).toBe('2026年12月2日 00:30');
    expect(wxDate('2027-03-01')).toBe('2027年3月1日');
    expect(fieldValue('character_string', 'AB 12-中')).toBe('AB12-');
    expect(subscribeData('announcement', { title: '通知', publisher: '稀土高新区组织人社部', time: '2026-12-01T02:00:00.000Z' })).toEqual({
      thing1: { value: '通知' },
      thing2: { value: '稀土高新区组织人社部' },
      time3: { value: '2026年12月1日 10:00' },
    });
  });
});

describe('receipts', () => {
  it('counts targeted / delivered / read / refused from the deliveries by status', () => {
    expect(receiptCounts({ sent: 7, refused: 2, no_quota: 5, queued: 1, retryable: 1, failed: 1 }, 4)).toEqual({
      targeted: 17,
      delivered: 7,
      read: 4,
      refused: 2,
      noQuota: 5,
      pending: 2,
      failed: 1,
    });
  });

  it('the list masks names; the export names its columns in Chinese', () => {
    const r = receiptRow({ status: 'refused' }, { name: '王建国', employer: '包头某公司' }, { at: '2026-12-01T02:00:00.000Z' });
    expect(r).toEqual({ name: '王*国', employer: '包头某公司', status: '用户未订阅或次数已用完', read: true, readAt: '2026-12-01 10:00' });
    expect(receiptSheetRow(r)).toMatchObject({ readText: '已读' });
    expect(receiptFilename('关于/申报:通知', NOW)).toBe('回执_关于_申报_通知_2026-12-01.xlsx');
  });
});
