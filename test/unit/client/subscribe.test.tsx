/**
 * The subscribe helper (client/src/services/subscribe): what to ask is fetched before the tap, the tap asks
 * (H5: the local emulation answers 允许 for each template, as the weapp's dialog would on 允许) and records the
 * answers through subscriptions.record; nothing to ask → nothing recorded; a failed call changes nothing.
 * And the self-check result's 政策找人 switch: one tap gives consent and asks for the policy_match subscription.
 */
import { act, fireEvent, render, waitFor } from '@testing-library/react';

const calls: { fn: string; action: string; input: unknown }[] = [];
const answers: Record<string, (input: unknown) => unknown> = {};
jest.mock('../../../client/src/services/api', () => {
  const handler = (fn: string) =>
    new Proxy(
      {},
      {
        get: (_t, action: string) => async (input: unknown) => {
          calls.push({ fn, action, input });
          const answer = answers[`${fn}.${action}`];
          if (!answer) return new Promise(() => undefined);
          return answer(input);
        },
      },
    );
  return { api: new Proxy({}, { get: (_t, fn: string) => handler(fn) }) };
});

import { subscribeAsk } from '../../../client/src/services/subscribe';
import { requestSubscribe } from '../../../client/src/services/subscribe/request';
import { PolicyMatchCard } from '../../../client/src/features/check/result/PolicyMatchCard';

const ok = <T,>(data: T) => ({ ok: true as const, data, requestId: 'r1' });
const ASKED = {
  kind: 'one_time',
  templates: [
    { key: 'policy_match', title: '政策匹配提醒', templateId: 'tmpl-pm' },
    { key: 'announcement', title: '通知公告提醒', templateId: 'tmpl-ann' },
  ],
};
const quota = (remaining: number) => ({
  quotas: [{ template: 'policy_match', title: '政策匹配提醒', kind: 'one_time', remaining, text: `还能收到 ${remaining} 条` }],
});
const of = (action: string) => calls.filter((c) => `${c.fn}.${c.action}` === action);

beforeEach(() => {
  calls.length = 0;
  for (const k of Object.keys(answers)) delete answers[k];
});

describe('subscribeAsk', () => {
  it('prepares before the tap, asks on it and records each answer', async () => {
    answers['announcements.subscriptions.ask'] = () => ok(ASKED);
    answers['announcements.subscriptions.record'] = () => ok(quota(1));
    const s = subscribeAsk('after_check');
    await s.prepare();
    expect(of('announcements.subscriptions.ask')).toEqual([
      { fn: 'announcements', action: 'subscriptions.ask', input: { moment: 'after_check' } },
    ]);
    expect(of('announcements.subscriptions.record')).toHaveLength(0); // nothing recorded before the tap
    const q = await s.ask();
    expect(of('announcements.subscriptions.ask')).toHaveLength(1); // the prepared answer was used
    expect(of('announcements.subscriptions.record')[0].input).toEqual({
      moment: 'after_check',
      answers: [
        { template: 'policy_match', answer: 'accept' },
        { template: 'announcement', answer: 'accept' },
      ],
    });
    expect(q?.[0].remaining).toBe(1);
    // The next tap asks afresh (the quota changed).
    await s.ask();
    expect(of('announcements.subscriptions.ask')).toHaveLength(2);
  });

  it('nothing to ask: no dialog, nothing recorded; a failing call changes nothing and does not throw', async () => {
    answers['announcements.subscriptions.ask'] = () => ok({ kind: 'one_time', templates: [] });
    expect(await subscribeAsk('after_signup').ask()).toBeNull();
    expect(of('announcements.subscriptions.record')).toHaveLength(0);
    answers['announcements.subscriptions.ask'] = () => Promise.reject(new Error('network'));
    expect(await subscribeAsk('after_apply').ask()).toBeNull();
    expect(of('announcements.subscriptions.record')).toHaveLength(0);
  });

  it('the H5 emulation answers 允许 for every template asked', async () => {
    expect(await requestSubscribe(ASKED.templates)).toEqual({ 'tmpl-pm': 'accept', 'tmpl-ann': 'accept' });
  });
});

describe('自测结果 · 政策找人', () => {
  const watch = (consent: boolean) => ({
    consent,
    consentAt: consent ? '2026-12-01T00:00:00.000Z' : null,
    hasCheck: true,
    dueFrom: consent ? '2032-08-14' : null,
    text: consent ? '已开启：…' : '未开启：…',
  });

  it('hidden until the check is saved', () => {
    const { container } = render(<PolicyMatchCard saved={false} />);
    expect(container.querySelector('#check-policy-match')).toBeNull();
    expect(of('eligibility.policyMatch.get')).toHaveLength(0);
  });

  it('one tap: the subscription asked and recorded, the consent saved; the switch says so', async () => {
    answers['eligibility.policyMatch.get'] = () => ok(watch(false));
    answers['eligibility.policyMatch.set'] = (input) => ok(watch((input as { consent: boolean }).consent));
    answers['announcements.subscriptions.ask'] = () => ok(ASKED);
    answers['announcements.subscriptions.record'] = () => ok(quota(1));
    const { container } = render(<PolicyMatchCard saved />);
    await waitFor(() => expect(container.querySelector('#check-policy-switch')).not.toBeNull());
    const sw = container.querySelector('#check-policy-switch')!;
    expect(sw.getAttribute('role')).toBe('switch');
    expect(sw.getAttribute('aria-checked')).toBe('false');
    expect(sw.getAttribute('aria-label')).toBe('有适合我的申报机会时通知我');
    await act(async () => {
      fireEvent.click(sw);
    });
    await waitFor(() => expect(container.querySelector('#check-policy-switch')!.getAttribute('aria-checked')).toBe('true'));
    expect(of('eligibility.policyMatch.set')[0].input).toEqual({ consent: true });
    expect(of('announcements.subscriptions.record')[0].input).toMatchObject({ moment: 'after_check' });
    expect(container.textContent).toContain('已开启');
    // Off again: no dialog this time.
    await act(async () => {
      fireEvent.click(container.querySelector('#check-policy-switch')!);
    });
    await waitFor(() => expect(container.querySelector('#check-policy-switch')!.getAttribute('aria-checked')).toBe('false'));
    expect(of('eligibility.policyMatch.set')[1].input).toEqual({ consent: false });
    expect(of('announcements.subscriptions.record')).toHaveLength(1);
  });
});
