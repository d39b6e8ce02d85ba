import type { ActionId } from './actions';
import { ACTIONS } from './actions';
import type { Application } from './application';
import { openCorrection, PARTY_LABELS } from './application';
import type { Effect, NotifyEffect, TemplateId } from './effects';
import { notify, TEMPLATES } from './effects';
import { STAGE_INFO } from './stages';
import { verifyHint } from './verify';

/**
 * Every action that moves a file tells its applicant what happened and what comes next. Most actions have a
 * message of their own in their `apply` (公示开始, 答辩通知, 评审结果, 发证 …); the others name a step message
 * (`step` in their definition), sent once the machine knows where the file went. An action with neither is a
 * defect (messages.test.ts takes every action through every rule).
 */
export const STEP_MESSAGES: Partial<Record<ActionId, TemplateId>> = Object.fromEntries(
  Object.values(ACTIONS).flatMap((a) => (a.step ? [[a.id, a.step]] : [])),
);

const monthDay = (iso: string) => `${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;

/** What comes next for the file as it now stands, with who has it, by when, and the clause. */
export function nextStepText(app: Application): string {
  switch (app.stage) {
    case 'completed':
      return `申报已办结。${verifyHint()}。`;
    case 'withdrawn':
      return '这份申报已结束。以后符合条件时可以重新发起申报。';
    case 'not_passed':
      return '这份申报已结束。可以向办理单位了解原因，下次符合条件时再申报。';
    case 'correction': {
      const c = openCorrection(app);
      const who = app.holder?.label ?? (c ? PARTY_LABELS[c.returnTo] : '');
      return `下一步：${who}按退回原因补正后重新提交，之后回到“${c ? STAGE_INFO[c.fromStage].label : ''}”继续办理。`;
    }
  }
  const info = STAGE_INFO[app.stage];
  const expected = app.expected.find((s) => s.stage === app.stage);
  const when = expected?.by ? `，预计 ${monthDay(expected.by)}前${expected.estimated ? '（估计）' : ''}` : '';
  const who = app.holder ? `由${app.holder.label}办理${when}` : when.slice(1);
  return `下一步：${info.label}——${info.description[app.workflow]}${who ? `（${who}）` : ''}。依据：${info.clause[app.workflow]}`;
}

const toApplicant = (e: Effect, app: Application) => e.kind === 'notify' && 'openid' in e.to && e.to.openid === app.applicant.openid;

/**
 * The step message for `action`, unless the applicant is already told in `sent`. `done` is the timeline's
 * line for the step (changes.ts), `next` what comes next. Null when the action has no step message.
 */
export function applicantMessage(
  action: ActionId,
  before: Application,
  next: Application,
  done: string,
  sent: readonly Effect[],
): NotifyEffect | null {
  if (sent.some((e) => toApplicant(e, before))) return null;
  const template = STEP_MESSAGES[action];
  if (!template) return null;
  return notify({ openid: before.applicant.openid }, template, { title: next.title.titleName, done, next: nextStepText(next) });
}

/**
 * What the 办理进度通知 subscribe message carries for one of our workflow messages: the title, what happened
 * (the message's own title) and one line of detail. The sender fits each to WeChat's field limits.
 */
export function pushValues(template: TemplateId, data: Readonly<Record<string, string>>): { title: string; stage: string; note: string } {
  const note =
    data.reasons ??
    (data.time ? `${data.time} ${data.place ?? ''}`.trim() : undefined) ??
    data.outcome ??
    data.how ??
    data.next ??
    (data.endsOn ? `公示至 ${data.endsOn}` : undefined) ??
    data.reason ??
    // A file to handle: whose, and at which step (names are masked where the list would mask them).
    [data.applicant, data.stage].filter(Boolean).join('，');
  return { title: data.title ?? '职称申报', stage: TEMPLATES[template].title, note };
}
