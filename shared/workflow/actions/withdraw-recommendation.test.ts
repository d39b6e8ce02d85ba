import { CAST, CENTRE, driveTo, hoursLater, ok } from '../../../test/fixtures/workflow';
import type { Application } from '../application';
import type { NotifyEffect } from '../effects';
import { TEMPLATES } from '../effects';
import { availableActions, transition } from '../machine';
import { messageText } from '../message-text';
import { canSeeApplication } from '../visibility';

/** 撤回推荐 (第一条): the recommending body takes its recommendation back before the bureau accepts the file. */

const REASON = '申报材料不属于本单位推荐范围';
const at = (stage: 'body_review' | 'bureau_check' | 'awaiting_defense', body?: 'district_bureau') => {
  const { app, now } = driveTo('socialized', 'intermediate', stage, body);
  return { app, now: hoursLater(now, 1) };
};
const notices = (effects: { kind: string }[]) => effects.filter((e): e is NotifyEffect => e.kind === 'notify');

describe('第一条: the recommending body withdraws its recommendation', () => {
  it.each(['body_review', 'bureau_check'] as const)(
    'from %s: back to 推荐报送, the body cleared, the timeline says who and why',
    (stage) => {
      const { app, now } = at(stage);
      const { next } = ok(transition(app, 'withdraw_recommendation', CAST.body, now, { reason: `  ${REASON} ` }));
      expect(next.stage).toBe('recommendation');
      expect(next.status).toBe('in_progress');
      expect(next).not.toHaveProperty('recommendingBody');
      expect(next.holder).toMatchObject({ role: 'employer_hr', scope: { kind: 'org', orgId: 'emp-1' } });
      expect(next.history.at(-1)).toMatchObject({
        action: 'withdraw_recommendation',
        from: stage,
        to: 'recommendation',
        by: { openid: CAST.body.openid, role: 'recommender' },
        summary: `${CENTRE.name}撤回推荐：${REASON}`,
      });
      expect(next.expected.map((s) => s.stage)).toContain('body_review');
    },
  );

  it('tells the applicant and the employer HR, with the body and the reason, once each', () => {
    const { app, now } = at('body_review');
    const { effects } = ok(transition(app, 'withdraw_recommendation', CAST.body, now, { reason: REASON }));
    const sent = notices(effects);
    expect(sent.map((e) => [e.to, e.template])).toEqual([
      [{ openid: CAST.applicant.openid }, 'recommendation_withdrawn'],
      [{ role: 'employer_hr', scope: { kind: 'org', orgId: 'emp-1' } }, 'recommendation_withdrawn'],
    ]);
    expect(sent[0].data).toEqual({ title: '工程师', body: CENTRE.name, reason: REASON });
    expect(TEMPLATES.recommendation_withdrawn.title).toBe('推荐单位已撤回推荐');
    expect(messageText('recommendation_withdrawn', sent[0].data)).toContain(`${CENTRE.name}撤回了推荐，原因：${REASON}`);
  });

  it('the employer may then choose a channel again; the body no longer sees the file', () => {
    const { app, now } = at('body_review');
    const { next } = ok(transition(app, 'withdraw_recommendation', CAST.body, now, { reason: REASON }));
    expect(canSeeApplication(CAST.body, app)).toBe(true);
    expect(canSeeApplication(CAST.body, next)).toBe(false);
    expect(availableActions(next, CAST.hr, now).map((a) => a.action)).toContain('recommend');
    const again = ok(transition(next, 'recommend', CAST.hr, now, { body: { kind: 'district_bureau' } })).next;
    expect(again.stage).toBe('bureau_check');
  });

  it('offers the body the button, with the reason asked for', () => {
    const { app, now } = at('body_review');
    expect(availableActions(app, CAST.body, now).find((a) => a.action === 'withdraw_recommendation')).toMatchObject({
      label: '撤回推荐',
      enabled: true,
      inputRequired: true,
    });
  });

  it('is refused once the bureau has accepted the file', () => {
    const { app, now } = at('awaiting_defense');
    expect(transition(app, 'withdraw_recommendation', CAST.body, now, { reason: REASON })).toMatchObject({
      ok: false,
      code: 'NOT_ALLOWED_NOW',
    });
  });

  it('is refused to everyone but the file’s own body, and on a district-bureau channel (no body)', () => {
    const { app, now } = at('body_review');
    for (const who of [CAST.otherBody, CAST.applicant, CAST.hr, CAST.officer, CAST.city, CAST.otherApplicant]) {
      expect(transition(app, 'withdraw_recommendation', who, now, { reason: REASON })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    }
    const bureau = at('bureau_check', 'district_bureau');
    expect(transition(bureau.app, 'withdraw_recommendation', CAST.body, bureau.now, { reason: REASON })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
  });

  it('has no place in the green channel', () => {
    const { app, now } = driveTo('green_channel', 'deputy_senior', 'city_check');
    const withBody: Application = { ...app, recommendingBody: CENTRE };
    expect(transition(withBody, 'withdraw_recommendation', CAST.body, hoursLater(now, 1), { reason: REASON })).toMatchObject({
      ok: false,
      code: 'NOT_ALLOWED_NOW',
      message: expect.stringContaining('没有“撤回推荐”这一步'),
    });
  });

  it.each([
    [{}, '请填写撤回推荐的原因'],
    [{ reason: ' 否 ' }, '撤回推荐的原因至少 2 个字'],
    [{ reason: '因'.repeat(201) }, '撤回推荐的原因不超过 200 个字'],
    [{ reason: REASON, extra: 1 }, '无法识别的项目“extra”，请删除'],
  ])('checks the reason: %j → %s', (input, message) => {
    const { app, now } = at('body_review');
    const r = transition(app, 'withdraw_recommendation', CAST.body, now, input);
    expect(r).toMatchObject({ ok: false, code: 'VALIDATION', message });
  });

  it('takes a reason of exactly 2 and of 200 characters', () => {
    const { app, now } = at('body_review');
    for (const reason of ['不符', '因'.repeat(200)])
      expect(transition(app, 'withdraw_recommendation', CAST.body, now, { reason }).ok).toBe(true);
  });
});
