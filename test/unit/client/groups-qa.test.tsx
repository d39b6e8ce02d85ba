/**
 * 群内问答 pages in jsdom: 我要提问 (the live count “已输入 N / 500 字”, past 500 the contract's own message under
 * the field and nothing sent; the 仅工作人员可见 switch announced and sent; the service-day promise; the function's
 * field message once, under the field; → the question's page), 问题详情 for officers (the answer form's clauses as
 * real checkboxes whose state is announced, at most 5, sent with the answer; 设为常见问题 sends only what was
 * edited) and for the asker (the clock in words, cited clauses as links, 有帮助 once), 群内问答 (filters as a radio
 * group; overdue rows say 已超时 in words and are marked), 常见问题 (the search sends the keyword, results with
 * clause links and folded answers) and the helpers. The API is mocked at the module boundary; envelopes have the
 * contracts' shapes.
 */
import { act, fireEvent, render, waitFor } from '@testing-library/react';
import { click } from './support/events';
import type { FaqItem, GroupView, QuestionDetail, QuestionItem } from '@shared/contracts/groups';
import { PRIVACY_POLICY_VERSION } from '@shared/privacy';

jest.mock('@tarojs/taro', () => jest.requireActual('./support/pages').taroModule());
jest.mock('../../../client/src/services/api', () => jest.requireActual('./support/pages').apiModule());
import { fail, ok, page, resetPage } from './support/pages';
import AskPage from '../../../client/src/features/groups/AskPage';
import QuestionPage from '../../../client/src/features/groups/QuestionPage';
import QueuePage from '../../../client/src/features/groups/QueuePage';
import FaqPage from '../../../client/src/features/policy/FaqPage';
import {
  clockText,
  countText,
  listInput,
  overLimitMessage,
  promoteInput,
  queueViewFor,
} from '../../../client/src/features/groups/qa-views';

const HR = {
  openid: 'o-hr-gl',
  openidMasked: 'o-h***',
  profile: { name: '王丽' },
  roles: [
    {
      id: 'g2',
      role: 'employer_hr' as const,
      roleLabel: '单位人事',
      scope: { kind: 'org' as const, orgId: 'org-gl' },
      scopeLabel: '钢联特钢',
    },
  ],
  capabilities: { grantRoles: false, issueInvitations: false, manageOrganizations: false, claimInvitation: true, publishRounds: false },
  organizations: [{ id: 'org-gl', name: '包头钢联特钢有限公司' }],
  privacyConsent: { version: PRIVACY_POLICY_VERSION, at: '2026-12-01T00:00:00.000Z' } as { version: string; at: string } | null,
};
const OFFICER = {
  ...HR,
  openid: 'o-kdl',
  profile: { name: '张海峰' },
  roles: [
    {
      id: 'g1',
      role: 'district_officer' as const,
      roleLabel: '旗县区人社部门',
      scope: { kind: 'district' as const, district: '150203' as const },
      scopeLabel: '昆都仑区',
    },
  ],
  organizations: [],
};

function group(over: Partial<GroupView> = {}, me: Partial<GroupView['me']> = {}): GroupView {
  return {
    id: 'grp1',
    name: '昆都仑区非公企业职称联络群',
    district: '150203',
    bureau: '昆都仑区人社局',
    officers: [{ openid: 'o-kdl', name: '张海峰' }],
    bound: true,
    boundAt: '2026-11-20T00:00:00.000Z',
    status: 'active',
    memberCount: 3,
    enterpriseCount: 2,
    openQuestions: 0,
    overdueQuestions: 0,
    me: { runs: false, manages: false, membership: 'active', ...me },
    version: 2,
    ...over,
  };
}

function item(over: Partial<QuestionItem> = {}, clock: Partial<QuestionItem['clock']> = {}): QuestionItem {
  return {
    id: 'q1',
    groupId: 'grp1',
    groupName: '昆都仑区非公企业职称联络群',
    summary: '本科毕业 6 年能直接申报中级工程师吗？',
    orgName: '包头钢联特钢有限公司',
    private: false,
    status: 'open',
    askedAt: '2026-12-01T02:00:00.000Z',
    askedAtText: '12月1日 10:00',
    clock: {
      dueAt: '2026-12-03T09:30:00.000Z',
      dueText: '12月3日（周四）17:30 前',
      state: 'on_time',
      label: '剩余 2 个工作日',
      estimated: false,
      ...clock,
    },
    helpful: 0,
    mine: false,
    faqId: null,
    ...over,
  };
}

function detail(over: Partial<QuestionDetail> = {}): QuestionDetail {
  return {
    ...item(),
    text: '本科毕业 6 年能直接申报中级工程师吗？我在民营企业做技术。',
    answer: null,
    markedHelpful: false,
    manage: { answer: false, promote: false },
    version: 1,
    ...over,
  };
}

const faq = (over: Partial<FaqItem> = {}): FaqItem => ({
  id: 'f1',
  question: '本科毕业满 5 年能直接申报中级吗？',
  answer: `可以。${'按第二条，本科毕业后从事本专业技术工作满 5 年，可以直接申报中级职称，不需要先取得初级。'.repeat(3)}`,
  clauses: [{ id: '第二条', heading: '打破资历条件限制' }],
  helpful: 4,
  promotedAt: '2026-12-02T02:00:00.000Z',
  source: '昆都仑区人社局',
  ...over,
});

beforeEach(() => {
  resetPage();
  page.answers['identity.whoami'] = () => ok(HR);
  page.answers['groups.settings.get'] = () => ok({ serviceDays: 2, reminderHoursBefore: 4, version: 1 });
});

const type = async (el: Element | null, value: string) => {
  expect(el).not.toBeNull();
  await act(async () => {
    fireEvent(el!, new CustomEvent('input', { detail: { value }, bubbles: true }));
  });
};
const calls = (action: string) => page.calls.filter((c) => c.fn === 'groups' && c.action === action);

describe('the helpers', () => {
  it('counts characters as a person does and says the limit in the contract’s words', () => {
    expect(countText('', 500)).toBe('已输入 0 / 500 字');
    expect(countText('职称𠀀', 500)).toBe('已输入 3 / 500 字');
    expect(overLimitMessage('问'.repeat(500), 'question')).toBeUndefined();
    expect(overLimitMessage('问'.repeat(501), 'question')).toBe('问题不超过 500 个字（现 501 个字）');
    expect(overLimitMessage('答'.repeat(2001), 'answer')).toBe('答复不超过 2000 个字（现 2001 个字）');
  });

  it('says the clock in words and asks for the right list', () => {
    expect(clockText('open', item({}, { state: 'overdue', label: '已超时 1 个工作日' }).clock)).toBe('未答复 · 已超时 1 个工作日');
    expect(clockText('answered', item({}, { state: 'answered_on_time', label: '按时答复' }).clock)).toBe('已答复 · 按时答复');
    expect(queueViewFor({ groupId: 'grp1' }, HR)).toBe('group');
    expect(queueViewFor({}, HR)).toBe('mine');
    expect(queueViewFor({}, OFFICER)).toBe('queue');
    expect(queueViewFor({ view: 'overdue' }, OFFICER)).toBe('overdue');
    expect(queueViewFor({ view: 'overdue' }, HR)).toBe('mine');
    expect(listInput('group', 'overdue', 'grp1', 2, 20)).toEqual({
      view: 'group',
      groupId: 'grp1',
      status: 'overdue',
      page: 2,
      pageSize: 20,
    });
    expect(listInput('queue', 'all', undefined, 1, 20)).toEqual({ view: 'queue', page: 1, pageSize: 20 });
  });

  it('sends to 设为常见问题 only what the officer changed', () => {
    const o = { question: '问题原文', answer: '答复原文', clauses: ['第二条'] };
    expect(promoteInput('q1', o, { ...o, question: ' 问题原文 ' })).toEqual({ questionId: 'q1' });
    expect(promoteInput('q1', o, { ...o, question: '改过的问题' })).toEqual({ questionId: 'q1', question: '改过的问题' });
  });
});

describe('我要提问', () => {
  it('counts as the person types; past 500 the message is under the field and nothing is sent', async () => {
    page.routeParams = { groupId: 'grp1' };
    page.answers['groups.get'] = () => ok(group());
    const { container } = render(<AskPage />);
    await waitFor(() => expect(container.querySelector('#ask-page')).not.toBeNull());
    expect(container.querySelector('#ask-text-count')?.textContent).toBe('已输入 0 / 500 字');
    expect(container.querySelector('#ask-promise')?.textContent).toContain('工作人员将在 2 个工作日内答复');

    await type(container.querySelector('#ask-text'), '能评中级吗');
    expect(container.querySelector('#ask-text-count')?.textContent).toBe('已输入 5 / 500 字');
    expect(container.querySelector('#ask-text-count')?.getAttribute('aria-live')).toBe('polite');

    await type(container.querySelector('#ask-text'), '问'.repeat(10_000));
    const count = container.querySelector('#ask-text-count');
    expect(count?.textContent).toBe('已输入 10000 / 500 字，超出 9500 字');
    expect(count?.getAttribute('data-over')).toBe('true');
    expect(container.querySelector('#ask-text-error')?.textContent).toBe('问题不超过 500 个字（现 10000 个字）');
    await click(container.querySelector('#ask-submit'));
    expect(calls('questions.ask')).toHaveLength(0);
    // Once: under the field, not again above the button.
    expect(container.querySelector('#ask-error')).toBeNull();
    expect(container.textContent?.split('问题不超过 500 个字').length).toBe(2);
  });

  it('sends the private switch and opens the question; the function’s field message shows once, under the field', async () => {
    page.routeParams = { groupId: 'grp1' };
    page.answers['groups.get'] = () => ok(group());
    let answer: unknown = fail('VALIDATION', '输入有误', [{ path: 'text', message: '问题含有不适宜公开的内容，请修改后再提交' }]);
    page.answers['groups.questions.ask'] = () => answer;
    const { container } = render(<AskPage />);
    await waitFor(() => expect(container.querySelector('#ask-page')).not.toBeNull());
    const sw = container.querySelector('#ask-private');
    expect(sw?.getAttribute('role')).toBe('switch');
    expect(sw?.getAttribute('aria-checked')).toBe('false');
    await click(sw);
    expect(container.querySelector('#ask-private')?.getAttribute('aria-checked')).toBe('true');
    expect(container.querySelector('#ask-private')?.textContent).toContain('已开启');

    await type(container.querySelector('#ask-text'), '本科毕业 6 年能直接申报中级工程师吗？');
    await click(container.querySelector('#ask-submit'));
    await waitFor(() => expect(container.querySelector('#ask-text-error')?.textContent).toBe('问题含有不适宜公开的内容，请修改后再提交'));
    expect(container.querySelector('#ask-error')).toBeNull();
    expect(calls('questions.ask')[0].input).toEqual({ groupId: 'grp1', text: '本科毕业 6 年能直接申报中级工程师吗？', private: true });

    answer = ok(detail({ id: 'q9', private: true }));
    await click(container.querySelector('#ask-submit'));
    await waitFor(() => expect(page.redirectTo).toHaveBeenCalledWith({ url: '/packages/groups/question/index?id=q9' }));
  });

  describe('the privacy prompt before the first question', () => {
    const ready = async () => {
      page.routeParams = { groupId: 'grp1' };
      page.answers['groups.get'] = () => ok(group());
      page.answers['groups.questions.ask'] = () => ok(detail({ id: 'q7' }));
      const view = render(<AskPage />);
      await waitFor(() => expect(view.container.querySelector('#ask-page')).not.toBeNull());
      await type(view.container.querySelector('#ask-text'), '中级工程师答辩在什么时候？');
      return view.container;
    };
    const actions = () => page.calls.map((c) => `${c.fn}.${c.action}`).filter((a) => a !== 'groups.get' && a !== 'groups.settings.get');

    it('asks first when neither the device nor the function has a consent; 同意 records it, then the question is sent', async () => {
      page.answers['identity.whoami'] = () => ok({ ...HR, privacyConsent: null });
      page.answers['identity.privacy.consent'] = () => ok({ version: PRIVACY_POLICY_VERSION, at: '2026-12-02T00:00:00.000Z' });
      const c = await ready();
      expect(c.querySelector('#privacy-prompt')).toBeNull();
      await click(c.querySelector('#ask-submit'));
      await waitFor(() => expect(c.querySelector('#privacy-prompt')).not.toBeNull());
      expect(c.querySelector('#privacy-prompt')?.getAttribute('role')).toBe('dialog');
      expect(calls('questions.ask')).toHaveLength(0);
      await click(c.querySelector('#privacy-agree'));
      await waitFor(() => expect(page.redirectTo).toHaveBeenCalledWith({ url: '/packages/groups/question/index?id=q7' }));
      expect(actions()).toEqual(['identity.whoami', 'identity.privacy.consent', 'groups.questions.ask']);
      expect(page.storage.get('privacy.consent')).toBe(JSON.stringify(PRIVACY_POLICY_VERSION));
    });

    it('不同意 sends nothing, and the question stays in the field', async () => {
      page.answers['identity.whoami'] = () => ok({ ...HR, privacyConsent: null });
      const c = await ready();
      await click(c.querySelector('#ask-submit'));
      await waitFor(() => expect(c.querySelector('#privacy-prompt')).not.toBeNull());
      await click(c.querySelector('#privacy-disagree'));
      expect(c.querySelector('#privacy-prompt')).toBeNull();
      expect(actions()).toEqual(['identity.whoami']);
      expect(c.querySelector('#ask-text-count')?.textContent).toBe(`已输入 ${'中级工程师答辩在什么时候？'.length} / 500 字`);
      expect(page.storage.has('privacy.consent')).toBe(false);
    });

    it('does not ask again: remembered on the device, or on record with the function (a new phone)', async () => {
      page.storage.set('privacy.consent', JSON.stringify(PRIVACY_POLICY_VERSION));
      const c = await ready();
      await click(c.querySelector('#ask-submit'));
      await waitFor(() => expect(calls('questions.ask')).toHaveLength(1));
      expect(c.querySelector('#privacy-prompt')).toBeNull();
      expect(actions()).toEqual(['groups.questions.ask']);

      resetPage();
      page.answers['identity.whoami'] = () => ok(HR);
      page.answers['groups.settings.get'] = () => ok({ serviceDays: 2, reminderHoursBefore: 4, version: 1 });
      const again = await ready();
      await click(again.querySelector('#ask-submit'));
      await waitFor(() => expect(calls('questions.ask')).toHaveLength(1));
      expect(actions()).toEqual(['identity.whoami', 'groups.questions.ask']);
      expect(page.storage.get('privacy.consent')).toBe(JSON.stringify(PRIVACY_POLICY_VERSION));
    });
  });

  it('without a group in the link, asks which of my groups; none → how to join', async () => {
    page.answers['groups.list'] = () =>
      ok({
        items: [
          group(),
          group({ id: 'grp2', name: '稀土高新区联络群', bureau: '稀土高新区组织人社部' }),
          group({ id: 'grp3' }, { membership: 'removed' }),
        ],
        total: 3,
      });
    const { container } = render(<AskPage />);
    await waitFor(() => expect(container.querySelector('#ask-group')).not.toBeNull());
    expect(calls('list')[0].input).toEqual({ view: 'mine', page: 1, pageSize: 50 });
    expect(container.querySelector('#ask-group-grp3')).toBeNull();
    await type(container.querySelector('#ask-text'), '中级工程师怎么申报？');
    await click(container.querySelector('#ask-submit'));
    expect(container.querySelector('#ask-group-error')?.textContent).toBe('请选择联络群');
    expect(calls('questions.ask')).toHaveLength(0);

    resetPage();
    page.answers['identity.whoami'] = () => ok(HR);
    page.answers['groups.list'] = () => ok({ items: [], total: 0 });
    const other = render(<AskPage />);
    await waitFor(() => expect(other.container.querySelector('#ask-no-group')).not.toBeNull());
  });
});

describe('问题详情', () => {
  it('officers answer with clauses picked from real checkboxes whose state is announced', async () => {
    page.routeParams = { id: 'q1' };
    page.answers['groups.questions.get'] = () => ok(detail({ manage: { answer: true, promote: true } }));
    page.answers['groups.share'] = () =>
      ok({ title: '【答复】…', path: '/packages/groups/enter/index?g=grp1&k=question&id=q1', withShareTicket: true });
    page.answers['groups.questions.answer'] = (input) =>
      ok(
        detail({
          status: 'answered',
          version: 2,
          manage: { answer: true, promote: true },
          answer: {
            text: (input as { text: string }).text,
            clauses: [{ id: '第二条', heading: '打破资历条件限制' }],
            byName: '张海峰',
            at: '',
            atText: '12月2日 09:00',
          },
          clock: { ...item().clock, state: 'answered_on_time', label: '按时答复' },
        }),
      );
    const { container } = render(<QuestionPage />);
    await waitFor(() => expect(container.querySelector('#answer-form')).not.toBeNull());
    const group = container.querySelector('#answer-clauses');
    expect(group?.getAttribute('role')).toBe('group');
    const boxes = Array.from(container.querySelectorAll('.qa-clause'));
    expect(boxes).toHaveLength(15);
    expect(boxes.every((b) => b.getAttribute('role') === 'checkbox' && b.getAttribute('aria-checked') === 'false')).toBe(true);
    const art2 = container.querySelector('.qa-clause[data-clause="第二条"]');
    expect(art2?.getAttribute('aria-label')).toBe('第二条 打破资历条件限制');
    await click(art2);
    expect(container.querySelector('.qa-clause[data-clause="第二条"]')?.getAttribute('aria-checked')).toBe('true');
    expect(container.querySelector('#answer-clauses-count')?.textContent).toContain('已选 1 条');
    // Keyboard: Space toggles the focused checkbox too.
    const art3 = container.querySelector('.qa-clause[data-clause="第三条"]');
    await act(async () => {
      fireEvent.keyDown(art3!, { key: ' ' });
    });
    expect(container.querySelector('.qa-clause[data-clause="第三条"]')?.getAttribute('aria-checked')).toBe('true');
    await click(container.querySelector('.qa-clause[data-clause="第三条"]'));
    expect(container.querySelector('.qa-clause[data-clause="第三条"]')?.getAttribute('aria-checked')).toBe('false');

    await type(container.querySelector('#answer-text'), '可以。按第二条，本科毕业满 5 年可直接申报中级。');
    expect(container.querySelector('#answer-text-count')?.textContent).toBe('已输入 25 / 2000 字');
    await click(container.querySelector('#answer-submit'));
    await waitFor(() => expect(container.querySelector('#question-answer')).not.toBeNull());
    expect(calls('questions.answer')[0].input).toEqual({
      id: 'q1',
      expectedVersion: 1,
      text: '可以。按第二条，本科毕业满 5 年可直接申报中级。',
      clauses: ['第二条'],
    });
    expect(container.querySelector('#answer-form')).toBeNull();
    const link = container.querySelector('#question-answer-clauses .clause-link');
    expect(link?.getAttribute('data-url')).toBe('/packages/policy/clause/index?id=art2');
    expect(container.querySelector('#question-clock')?.textContent).toBe('已答复 · 按时答复');
    // 设为常见问题 opens the texts to edit; unchanged texts are not sent.
    await click(container.querySelector('#promote-open'));
    page.answers['groups.faq.promote'] = () => ok(faq({ id: 'f9' }));
    await click(container.querySelector('#promote-submit'));
    await waitFor(() => expect(container.querySelector('#promote-done')).not.toBeNull());
    expect(calls('faq.promote')[0].input).toEqual({ questionId: 'q1' });
    expect(container.querySelector('#share-question')).not.toBeNull();
  });

  it('stops at 5 clauses and says so', async () => {
    page.routeParams = { id: 'q1' };
    page.answers['groups.questions.get'] = () => ok(detail({ manage: { answer: true, promote: false } }));
    const { container } = render(<QuestionPage />);
    await waitFor(() => expect(container.querySelector('#answer-form')).not.toBeNull());
    for (const i of [0, 1, 2, 3, 4, 5]) await click(container.querySelector(`#answer-clauses-${i}`));
    const checked = Array.from(container.querySelectorAll('.qa-clause')).filter((b) => b.getAttribute('aria-checked') === 'true');
    expect(checked.map((b) => b.getAttribute('data-clause'))).toEqual(['第一条', '第二条', '第三条', '第四条', '第五条']);
    expect(container.querySelector('#answer-clauses-5')?.getAttribute('aria-disabled')).toBe('true');
    expect(container.querySelector('#answer-clauses-count')?.textContent).toBe('已选 5 条（最多 5 条）');
  });

  it('the asker sees the clock in words, no answer form, and marks 有帮助 once', async () => {
    page.routeParams = { id: 'q1' };
    page.answers['groups.questions.get'] = () =>
      ok(
        detail({
          mine: true,
          status: 'answered',
          helpful: 2,
          answer: {
            text: '可以直接申报中级。',
            clauses: [{ id: '第二条', heading: '打破资历条件限制' }],
            byName: '张海峰',
            at: '',
            atText: '12月2日 09:00',
          },
          clock: { ...item().clock, state: 'answered_late', label: '超时 1 个工作日后答复' },
        }),
      );
    page.answers['groups.questions.helpful'] = () => ok({ helpful: 3, marked: true });
    const { container } = render(<QuestionPage />);
    await waitFor(() => expect(container.querySelector('#question-page')).not.toBeNull());
    expect(container.querySelector('#question-org')?.textContent).toBe('提问企业：包头钢联特钢有限公司');
    expect(container.querySelector('#answer-form')).toBeNull();
    expect(container.querySelector('#promote-open')).toBeNull();
    expect(container.querySelector('#question-helpful-count')?.textContent).toBe('2 人觉得有帮助');
    await click(container.querySelector('#question-helpful'));
    await waitFor(() => expect(container.querySelector('#question-helpful-done')).not.toBeNull());
    expect(container.querySelector('#question-helpful')).toBeNull();
    expect(container.querySelector('#question-helpful-count')?.textContent).toBe('3 人觉得有帮助');
    expect(calls('questions.helpful')).toHaveLength(1);
  });

  it('an open question past its clock says 已超时 in words', async () => {
    page.routeParams = { id: 'q1' };
    page.answers['groups.questions.get'] = () => ok(detail({ clock: { ...item().clock, state: 'overdue', label: '已超时 1 个工作日' } }));
    const { container } = render(<QuestionPage />);
    await waitFor(() => expect(container.querySelector('#question-page')).not.toBeNull());
    expect(container.querySelector('#question-clock')?.textContent).toBe('⚠ 未答复 · 已超时 1 个工作日');
    expect(container.querySelector('#question-due')?.textContent).toBe('应在 12月3日（周四）17:30 前答复');
  });
});

describe('群内问答', () => {
  it('filters by a radio group and marks overdue rows in words', async () => {
    page.answers['identity.whoami'] = () => ok(OFFICER);
    page.answers['groups.questions.list'] = (input) => {
      const status = (input as { status?: string }).status;
      const rows =
        status === 'answered'
          ? [item({ id: 'q3', status: 'answered' }, { state: 'answered_on_time', label: '按时答复' })]
          : [
              item({ id: 'q1' }, { state: 'overdue', label: '已超时 1 个工作日' }),
              item({ id: 'q2' }, { state: 'due_soon', label: '剩余 3 小时' }),
            ];
      return ok({ items: rows, total: rows.length, counts: { open: 2, overdue: 1 } });
    };
    const { container } = render(<QueuePage />);
    await waitFor(() => expect(container.querySelector('#queue-page')).not.toBeNull());
    expect(calls('questions.list')[0].input).toEqual({ view: 'queue', status: 'open', page: 1, pageSize: 20 });
    expect(container.querySelector('#queue-filter')?.getAttribute('role')).toBe('radiogroup');
    expect(container.querySelector('#queue-filter-open')?.getAttribute('aria-checked')).toBe('true');
    expect(container.querySelector('#queue-filter-open')?.textContent).toContain('待答复（2）');
    expect(container.querySelector('#queue-filter-overdue')?.textContent).toContain('已超时（1）');

    const late = container.querySelector('.qa-row[data-id="q1"]');
    expect(late?.getAttribute('data-overdue')).toBe('true');
    expect(late?.className).toContain('qa-row--overdue');
    expect(late?.querySelector('.qa-row__clock')?.textContent).toBe('⚠ 未答复 · 已超时 1 个工作日');
    // The link is named by what it shows (label in name): the clock in words first.
    expect(late?.getAttribute('role')).toBe('link');
    expect(late?.getAttribute('aria-label')).toBeNull();
    expect(late?.textContent).toMatch(/^⚠ 未答复 · 已超时 1 个工作日/);
    expect(container.querySelector('.qa-row[data-id="q2"]')?.className).not.toContain('qa-row--overdue');

    await click(container.querySelector('#queue-filter-answered'));
    await waitFor(() => expect(container.querySelector('.qa-row[data-id="q3"]')).not.toBeNull());
    expect(calls('questions.list').at(-1)?.input).toEqual({ view: 'queue', status: 'answered', page: 1, pageSize: 20 });
    expect(container.querySelector('#queue-filter-answered')?.getAttribute('aria-checked')).toBe('true');
    await click(container.querySelector('.qa-row[data-id="q3"]'));
    expect(page.navigateTo).toHaveBeenCalledWith({ url: '/packages/groups/question/index?id=q3' });
  });

  it('members of a group see its questions, all by default, and may ask', async () => {
    page.routeParams = { groupId: 'grp1' };
    page.answers['groups.questions.list'] = () => ok({ items: [item()], total: 1, counts: { open: 1, overdue: 0 } });
    const { container } = render(<QueuePage />);
    await waitFor(() => expect(container.querySelector('#queue-page')).not.toBeNull());
    expect(calls('questions.list')[0].input).toEqual({ view: 'group', groupId: 'grp1', page: 1, pageSize: 20 });
    await click(container.querySelector('#queue-ask'));
    expect(page.navigateTo).toHaveBeenCalledWith({ url: '/packages/groups/ask/index?groupId=grp1' });
  });
});

describe('常见问题', () => {
  it('searches by keyword and shows results with folded answers and clause links; visitors too', async () => {
    page.routeParams = { q: encodeURIComponent('中级') };
    page.answers['groups.faq.search'] = (input) => {
      const k = (input as { keyword?: string }).keyword;
      return ok(k === '论文' ? { items: [], total: 0 } : { items: [faq()], total: 1 });
    };
    page.answers['groups.faq.helpful'] = () => fail('UNAUTHENTICATED', '请先登录');
    const { container } = render(<FaqPage />);
    await waitFor(() => expect(container.querySelector('.faq-item')).not.toBeNull());
    expect(calls('faq.search')[0].input).toEqual({ keyword: '中级', page: 1, pageSize: 20 });
    expect(container.querySelector('#faq-total')?.textContent).toBe('找到 1 个问题');
    const row = container.querySelector('.faq-item[data-id="f1"]');
    expect(row?.querySelector('.faq-item__question')?.textContent).toBe('本科毕业满 5 年能直接申报中级吗？');
    expect(row?.querySelector('.faq-item__answer')?.getAttribute('data-folded')).toBe('true');
    await click(row!.querySelector('.faq-item__unfold'));
    expect(container.querySelector('.faq-item__answer')?.getAttribute('data-folded')).toBe('false');
    const link = row?.querySelector('.clause-link');
    expect(link?.getAttribute('data-url')).toBe('/packages/policy/clause/index?id=art2');
    await click(link!);
    expect(page.navigateTo).toHaveBeenCalledWith({ url: '/packages/policy/clause/index?id=art2' });
    // A visitor may read; 有帮助 asks them to sign in, in words.
    await click(container.querySelector('#faq-helpful-f1'));
    await waitFor(() => expect(container.querySelector('#faq-helpful-f1-error')?.textContent).toBe('登录后可以标记“有帮助”。'));

    await type(container.querySelector('#faq-search-input'), ' 论文 ');
    await click(container.querySelector('#faq-search'));
    await waitFor(() => expect(container.querySelector('#faq-empty')).not.toBeNull());
    expect(calls('faq.search').at(-1)?.input).toEqual({ keyword: '论文', page: 1, pageSize: 20 });
    expect(container.querySelector('#faq-empty')?.textContent).toContain('没有找到和“论文”有关的问题');
  });

  it('lists the entries citing a clause from its slug', async () => {
    page.routeParams = { clause: 'art2' };
    page.answers['groups.faq.search'] = () => ok({ items: [faq()], total: 1 });
    const { container } = render(<FaqPage />);
    await waitFor(() => expect(container.querySelector('.faq-item')).not.toBeNull());
    expect(calls('faq.search')[0].input).toEqual({ clause: '第二条', page: 1, pageSize: 20 });
    expect(container.querySelector('#faq-clause-filter')?.textContent).toContain('引用第二条');
  });
});
