/**
 * Forms say the right thing once (issue 10): one message per problem, under the field it is about (or once as a
 * form message); text past a limit kept and counted, never cut; the application form asks for the name (and the
 * privacy consent) before anything else. Validation answers come from the real contracts and workflow schemas.
 */
import { render, waitFor } from '@testing-library/react';
import { click, type } from './support/events';
import { View } from '@tarojs/components';
import { PRIVACY_POLICY_VERSION } from '@shared/privacy';
import { CONTRACTS } from '@shared/contracts';
import { fieldIssues } from '@shared/policy/fields';
import { newApp } from '../../fixtures/workflow';
import { scheduleDefense } from '@shared/workflow/actions/schedule-defense';
import { DEFAULT_SETTINGS } from '@shared/workflow/settings';
import type { AvailableAction } from '@shared/workflow/machine';

jest.mock('@tarojs/taro', () =>
  jest.requireActual('./support/pages').taroModule({
    showToast: () => Promise.resolve(),
    requestSubscribeMessage: () => Promise.resolve({}),
  }),
);
jest.mock('../../../client/src/services/api', () => jest.requireActual('./support/pages').apiModule());
import { fail, ok, page, resetPage } from './support/pages';

import { ActionForm } from '../../../client/src/features/work/ActionForm';
import { errorFor, fieldMax, fieldsFor, placed } from '../../../client/src/features/work/fields';
import { TextField } from '../../../client/src/components/TextField';
import { StartApplication } from '../../../client/src/features/progress/StartApplication';
import Rounds from '../../../client/src/features/admin/RoundsPage';
import { PrivacyPrompt } from '../../../client/src/components/privacy/PrivacyPrompt';
import { ensureConsent } from '../../../client/src/services/privacy/consent';

const actions = () => page.calls.map((c) => `${c.fn}.${c.action}`);
/** How many times `text` appears in the rendered page. */
const times = (container: HTMLElement, text: string) => (container.textContent ?? '').split(text).length - 1;

/** A VALIDATION envelope from a real schema's issues (what the kit sends). */
function refusedBy(schema: { safeParse: (v: unknown) => { success: boolean; error?: unknown } }, input: unknown) {
  const r = schema.safeParse(input);
  if (r.success) return null;
  const issues = fieldIssues(r.error as never);
  return fail('VALIDATION', issues[0].message, issues);
}

beforeEach(() => {
  resetPage();
  page.storage.clear();
});

const available = (action: AvailableAction['action']): AvailableAction => ({
  action,
  label: '安排答辩',
  as: 'district_officer',
  enabled: true,
  inputRequired: true,
});

describe('安排答辩 (schedule_defense)', () => {
  const app = newApp('socialized', 'intermediate');
  const form = (errors: Record<string, string>, error?: string) =>
    render(
      <ActionForm
        app={app}
        available={available('schedule_defense')}
        pending={false}
        errors={errors}
        error={error}
        onSubmit={() => undefined}
        onCancel={() => undefined}
      />,
    );

  it('puts the 7-day rule under the date only; the time and the form message do not repeat it', () => {
    const refusal = scheduleDefense.check!({ today: '2026-11-03', settings: DEFAULT_SETTINGS } as never, {
      at: '2026-11-05T09:00:00+08:00',
      place: '会议室',
    });
    expect(refusal?.issues?.[0].path).toBe('at');
    const message = refusal!.message;
    const errors = { at: message };
    const specs = fieldsFor('schedule_defense', app, available('schedule_defense'));
    const at = specs.find((s) => s.key === 'at')!;
    expect(errorFor(errors, at, { date: '2026-11-05', time: '09:00' })).toBe(message);
    // The time of day is part of the instant's field and shows no error of its own.
    expect(specs.some((s) => s.key === 'time')).toBe(false);
    expect(placed('at', specs)).toBe(true);
    // Rendered (the browser test picks the date; here none is chosen, so the date field asks for one): the
    // envelope's message is not repeated as the form's message, and the time shows no error.
    const { container } = form(errors, message);
    expect(container.querySelector('#action-error')).toBeNull();
    expect(container.querySelector('#action-field-time-error')).toBeNull();
    expect(container.querySelectorAll('.field__error')).toHaveLength(1);
  });

  it('with no date chosen, asks for the date under the date field; the filled time is not flagged', () => {
    const { container } = form({ at: '请选择答辩时间' }, '请选择答辩时间');
    expect(container.querySelector('#action-field-time-error')).toBeNull();
    expect(container.querySelector('#action-field-date-error')?.textContent).toBe('请选择答辩日期');
    expect(container.querySelector('#action-error')).toBeNull();
  });

  it('a message for no field on the form is shown once, as the form message', () => {
    const { container } = form({}, '现在不能安排答辩');
    expect(container.querySelector('#action-error')?.textContent).toBe('现在不能安排答辩');
    expect(times(container, '现在不能安排答辩')).toBe(1);
  });

  it('the place counts to the workflow schema’s limit', () => {
    expect(fieldMax('schedule_defense', 'socialized', 'place')).toEqual({ each: 100 });
    expect(fieldMax('return_for_correction', 'socialized', 'reasons')).toEqual({ each: 200, count: 10 });
    const { container } = form({});
    expect(container.querySelector('#action-field-place-count')?.textContent).toBe('已输入 0 / 100 字');
  });
});

describe('公示异议 (file_objection)', () => {
  it('is several lines with a count; text past 500 is kept and flagged', () => {
    const app = newApp('socialized', 'intermediate');
    const { container } = render(
      <ActionForm
        app={app}
        available={{ ...available('file_objection'), label: '提出异议' }}
        pending={false}
        errors={{}}
        onSubmit={() => undefined}
        onCancel={() => undefined}
      />,
    );
    expect(
      container.querySelector('textarea#action-field-text, #action-field-text textarea, taro-textarea-core#action-field-text'),
    ).not.toBeNull();
    type(container.querySelector('#action-field-text'), '字'.repeat(510));
    const count = container.querySelector('#action-field-text-count');
    expect(count?.getAttribute('data-n')).toBe('510');
    expect(count?.getAttribute('data-over')).toBe('true');
    expect(count?.textContent).toContain('超出 10 字');
  });
});

describe('TextField with a limit', () => {
  it('counts, keeps text past the limit and flags it', () => {
    const { container } = render(<TextField id="n" label="轮次名称" value={'名'.repeat(62)} maxlength={60} onChange={() => undefined} />);
    const count = container.querySelector('#n-count');
    expect(count?.textContent).toBe('已输入 62 / 60 字，超出 2 字');
    expect(count?.getAttribute('data-over')).toBe('true');
    // The input itself does not cut at 60.
    expect(Number(container.querySelector('#n')?.getAttribute('maxlength'))).toBeGreaterThan(62);
  });
});

describe('评审轮次 (rounds form)', () => {
  it('an empty form: the name is flagged and each date asks to be chosen, not for a format', async () => {
    page.answers['eligibility.rounds.list'] = () => ok({ items: [] });
    page.answers['eligibility.rounds.publish'] = (input) => refusedBy(CONTRACTS.eligibility['rounds.publish'].input, input) ?? ok({});
    const { container } = render(<Rounds />);
    await waitFor(() => expect(container.querySelector('#round-submit')).not.toBeNull());
    await click(container.querySelector('#round-submit'));
    await waitFor(() => expect(container.querySelector('#round-name-input-error')?.textContent).toBe('请填写轮次名称'));
    for (const id of ['round-apply-from', 'round-apply-to', 'round-cutoff'])
      expect(container.querySelector(`#${id}-error`)?.textContent).toBe('请选择日期');
    expect(container.textContent).not.toContain('日期格式应为');
    expect(container.querySelector('#round-name-input-count')?.textContent).toBe('已输入 0 / 60 字');
  });
});

describe('开始申报 (the application form)', () => {
  const check = {
    id: 'c1',
    at: '2026-11-01T02:00:00.000Z',
    profile: {},
    result: {
      routes: [
        {
          id: 'art2-intermediate',
          name: '第二条',
          verdict: 'likely',
          verdictLabel: '符合',
          channels: ['socialized'],
          title: { titleName: '工程师' },
        },
      ],
    },
  };
  const whoami = (profile: { name?: string; phone?: string }, consent: boolean) =>
    ok({
      openid: 'u1',
      openidMasked: 'u***1',
      profile,
      roles: [],
      capabilities: {},
      organizations: [],
      privacyConsent: consent ? { version: PRIVACY_POLICY_VERSION, at: '2026-11-01T00:00:00.000Z' } : null,
    });
  const employer = { id: 'e1', type: 'employer', name: '包头瑞科稀土有限公司', districtName: '稀土高新区' };

  async function filled(container: HTMLElement) {
    await waitFor(() => expect(container.querySelector('#start-route-art2-intermediate')).not.toBeNull());
    await click(container.querySelector('#start-route-art2-intermediate'));
    await click(container.querySelector('#start-workflow-socialized'));
    type(container.querySelector('#start-employer-input'), '瑞科');
    await click(container.querySelector('#start-employer-search'));
    await waitFor(() => expect(container.querySelector('.start-employer-item')).not.toBeNull());
    await click(container.querySelector('.start-employer-item'));
  }

  beforeEach(() => {
    page.answers['eligibility.history.get'] = () => ok(check);
    page.answers['eligibility.rounds.list'] = () => ok({ items: [] });
    page.answers['identity.listOrganizations'] = () => ok({ items: [employer], total: 1 });
  });

  it('a person with no name on file is asked for it first, before any other field', async () => {
    page.answers['identity.whoami'] = () => whoami({}, false);
    const { container } = render(<StartApplication checkId="c1" onCreated={() => undefined} onDismiss={() => undefined} />);
    await waitFor(() => expect(container.querySelector('#start-need-name')).not.toBeNull());
    expect(container.querySelector('#profile-name-input')).not.toBeNull();
    expect(container.querySelector('#start-route')).toBeNull();
    expect(container.querySelector('#start-submit')).toBeNull();
  });

  it('asks the privacy consent before creating when none is on record', async () => {
    page.answers['identity.whoami'] = () => whoami({ name: '王建国' }, false);
    page.answers['applications.create'] = () => ok({ application: { id: 'a1' } });
    const { container } = render(<StartApplication checkId="c1" onCreated={() => undefined} onDismiss={() => undefined} />);
    await filled(container);
    await click(container.querySelector('#start-submit'));
    await waitFor(() => expect(container.querySelector('#privacy-prompt')).not.toBeNull());
    expect(actions()).not.toContain('applications.create');
    await click(container.querySelector('#privacy-disagree'));
    expect(actions()).not.toContain('applications.create');
  });

  it('a field’s error is shown once, under the field', async () => {
    page.answers['identity.whoami'] = () => whoami({ name: '王建国' }, true);
    const message = '请从自测结果中选择申报路径';
    page.answers['applications.create'] = () => fail('VALIDATION', message, [{ path: 'routeId', message }]);
    const { container } = render(<StartApplication checkId="c1" onCreated={() => undefined} onDismiss={() => undefined} />);
    await filled(container);
    await click(container.querySelector('#start-submit'));
    await waitFor(() => expect(container.querySelector('#start-route-error')?.textContent).toBe(message));
    expect(times(container, message)).toBe(1);
    expect(container.querySelector('#start-error')).toBeNull();
  });

  it('an error about a field no longer shown (the chosen employer) is the form message', async () => {
    page.answers['identity.whoami'] = () => whoami({ name: '王建国' }, true);
    page.answers['applications.create'] = () =>
      fail('NOT_FOUND', '申报单位不存在或不是已登记的用人单位', [{ path: 'employerOrgId', message: '请选择已登记的申报单位' }]);
    const { container } = render(<StartApplication checkId="c1" onCreated={() => undefined} onDismiss={() => undefined} />);
    await filled(container);
    await click(container.querySelector('#start-submit'));
    await waitFor(() => expect(container.querySelector('#start-error')?.textContent).toBe('申报单位不存在或不是已登记的用人单位'));
  });
});

describe('the privacy prompt when a form’s own prompt is gone', () => {
  it('the page’s prompt opens again (the start card’s prompt unmounted after the application was created)', async () => {
    const view = render(
      <View id="page">
        <PrivacyPrompt />
      </View>,
    );
    const card = render(<PrivacyPrompt />);
    card.unmount();
    let answered: boolean | undefined;
    void ensureConsent(null).then((a) => (answered = a));
    await waitFor(() => expect(view.container.querySelector('#privacy-prompt')).not.toBeNull());
    await click(view.container.querySelector('#privacy-disagree'));
    await waitFor(() => expect(answered).toBe(false));
  });
});
