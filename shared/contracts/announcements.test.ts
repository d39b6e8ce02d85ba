import { z } from 'zod';
import { content, GX, KDL, PEOPLE, PUBLISHERS, china } from '../../test/fixtures/announcements';
import { createDraft, transition } from '../announcements/lifecycle';
import { announcementDetail, publisherListItem } from '../announcements/views';
import { feedFor } from '../announcements/feed';
import { quotaViews } from '../announcements/subscriptions';
import { announcements } from './announcements';
import { CONTRACTS } from './index';
import { toFieldIssues } from '../errors/field-issues';

const issues = (schema: z.ZodType, value: unknown) => {
  const r = schema.safeParse(value);
  return r.success ? [] : toFieldIssues(r.error);
};

/** Every schema node under `s` whose kind is `custom` (z.custom): contracts must have none. */
function customNodes(s: unknown, seen = new Set<unknown>()): number {
  const def = (s as { _zod?: { def?: Record<string, unknown> } })?._zod?.def;
  if (!def || seen.has(s)) return 0;
  seen.add(s);
  let n = def.type === 'custom' ? 1 : 0;
  const children: unknown[] = [];
  for (const key of ['element', 'innerType', 'in', 'out', 'left', 'right', 'keyType', 'valueType', 'rest', 'catchall'])
    if (def[key]) children.push(def[key]);
  if (def.shape) children.push(...Object.values(def.shape as object));
  if (Array.isArray(def.options)) children.push(...def.options);
  if (Array.isArray(def.items)) children.push(...def.items);
  if (typeof def.getter === 'function') children.push((def.getter as () => unknown)());
  for (const c of children) n += customNodes(c, seen);
  return n;
}

describe('every contract is a real schema', () => {
  it('no z.custom anywhere, inputs or outputs', () => {
    // The walker finds them where they are.
    expect(customNodes(z.object({ a: z.array(z.custom<string>()) }))).toBe(1);
    const all = Object.entries(CONTRACTS).flatMap(([fn, actions]) => Object.entries(actions).map(([a, c]) => [`${fn}.${a}`, c] as const));
    for (const [name, contract] of all) {
      expect([name, customNodes(contract.input)]).toEqual([name, 0]);
      expect([name, customNodes(contract.output)]).toEqual([name, 0]);
    }
  });
});

describe('announcement inputs speak Chinese, field by field, and are bounded', () => {
  const publisher = { role: 'district_officer', scope: { kind: 'district', district: KDL } };

  it('a draft: the content’s own rules, a version when editing, no stray fields', () => {
    const good = { publisher, content: { ...content({ target: { districts: [KDL] } }) } };
    expect(issues(announcements['draft.save'].input, good)).toEqual([]);
    expect(issues(announcements['draft.save'].input, { ...good, id: 'a-1' })).toEqual([
      { path: 'expectedVersion', message: '修改时须带上版本号' },
    ]);
    expect(issues(announcements['draft.save'].input, { ...good, openid: 'o-forged' })).toHaveLength(1);
    expect(issues(announcements['draft.save'].input, { ...good, publisher: { role: 'admin', scope: { kind: 'city' } } })[0].message).toBe(
      '请选择以什么身份发布',
    );
    const html = { ...good, content: { ...good.content, body: [{ type: 'html', html: '<script>alert(1)</script>' }] } };
    expect(issues(announcements['draft.save'].input, html)).toEqual([
      { path: 'content.body.0.type', message: '正文只能包含段落、小标题和列表' },
    ]);
    const big = { ...good, content: { ...good.content, title: '题'.repeat(61) } };
    expect(issues(announcements['draft.save'].input, big)).toEqual([{ path: 'content.title', message: '标题不超过 60 个字' }]);
    const exe = {
      ...good,
      content: {
        ...good.content,
        attachments: [{ fileID: 'cloud://local.6c6f-local-1250000000/a.exe', name: 'a.exe', size: 10, type: 'application/x-msdownload' }],
      },
    };
    expect(issues(announcements['draft.save'].input, exe)[0].message).toMatch(/^不支持这种文件类型/);
  });

  it('withdraw needs a reason; read needs ids or all; subscription answers are bounded', () => {
    expect(issues(announcements.withdraw.input, { id: 'a', expectedVersion: 2 })).toEqual([{ path: 'reason', message: '请填写撤回理由' }]);
    expect(issues(announcements.read.input, {})[0].message).toBe('请选择公告，或者选择全部已读');
    expect(issues(announcements.read.input, { all: true })).toEqual([]);
    expect(issues(announcements['subscriptions.record'].input, { moment: 'after_check', answers: [] })[0].message).toBe('没有订阅结果');
    expect(
      issues(announcements['subscriptions.record'].input, {
        moment: 'after_check',
        answers: [
          { template: 'announcement', answer: 'accept' },
          { template: 'announcement', answer: 'reject' },
        ],
      })[0].message,
    ).toBe('订阅结果重复');
    expect(issues(announcements.feed.input, { after: { pinned: false, publishAt: 'javascript:', id: 'a' } })[0].message).toBe(
      '翻页位置不正确',
    );
    expect(issues(announcements.feed.input, { keyword: '字'.repeat(31) })[0].message).toBe('关键词不超过 30 个字');
    expect(issues(announcements.reach.input, { publisher, target: { districts: [] } })[0].message).toBe(
      '请至少选择一个旗县区，或者不限旗县区',
    );
  });
});

describe('announcement outputs: what the domain builds is what the contract says', () => {
  const T0 = china('2026-12-01T10:00');
  const draft = createDraft(
    {
      id: 'a-1',
      publisher: PUBLISHERS.gx,
      content: content({ target: { districts: [GX], industries: ['稀土新材料'], roles: ['employer_hr'] } }),
    },
    PEOPLE.gxOfficer,
    T0,
  );
  if (!draft.ok) throw new Error(draft.message);
  const published = transition(draft.next, 'publish', PEOPLE.gxOfficer, T0);
  if (!published.ok) throw new Error(published.message);
  const a = published.next;

  it('detail for the publisher (history, actions) and for the audience (no history, unread)', () => {
    const forPublisher = announcementDetail(a, PEOPLE.gxOfficer, T0, null);
    expect(announcements.get.output.parse(forPublisher)).toEqual(forPublisher);
    expect(forPublisher.announcement.history).toHaveLength(1);
    expect(forPublisher.announcement.targetSummary).toBe('稀土高新区 · 稀土新材料行业 · 单位人事');
    const forAudience = announcementDetail(a, PEOPLE.gxHr, T0, null);
    expect(announcements.get.output.parse(forAudience)).toEqual(forAudience);
    expect(forAudience).toMatchObject({ unread: true, available: [], announcement: { history: [] } });
    expect(JSON.stringify(forAudience)).not.toContain('o-gx');
  });

  it('feed items, publisher list items and quotas', () => {
    const items = feedFor(PEOPLE.gxHr, [a], [], T0);
    expect(announcements.feed.output.parse({ items, next: null, unread: 1 }).items).toHaveLength(1);
    const item = publisherListItem(a, T0, { targeted: 3, delivered: 2, read: 1, refused: 0 });
    expect(announcements.list.output.parse({ items: [item], total: 1 }).items[0]).toEqual(item);
    expect(announcements['subscriptions.quota'].output.parse({ quotas: quotaViews([]) }).quotas).toHaveLength(5);
  });
});
