import type { Actor } from '../auth/roles';
import { addDays, chinaDate } from '../time/dates';
import type { TitleLevel } from '../policy/vocabulary';
import type { ActionId } from './actions';
import { ACTION_IDS } from './actions';
import type { Application, Workflow } from './application';
import { openCorrection, openObjections, PARTIES } from './application';
import type { Effect, NotifyEffect } from './effects';
import { TEMPLATES } from './effects';
import { CAST, CENTRE, china, driveTo, hoursLater, newApp, T0 } from '../../test/fixtures/workflow';
import { availableActions, transition } from './machine';
import { messageText } from './message-text';
import { nextStepText, pushValues, STEP_MESSAGES } from './messages';
import { ACTIONS } from './transitions';
import { VERIFY_PLACES } from './verify';

/**
 * Issue 10: every action that moves a file tells the applicant. The walk below takes every action the
 * machine offers anyone, from every state it reaches, and checks that each step sends the applicant a
 * message that says what happened and what comes next; then that the walk covered every rule of the table,
 * so an action (or a rule) added without a message fails here.
 */

const ACTORS: Actor[] = Object.values(CAST);
const toApplicant = (effects: Effect[]) =>
  effects.filter((e): e is NotifyEffect => e.kind === 'notify' && 'openid' in e.to && e.to.openid === CAST.applicant.openid);

function inputFor(action: ActionId, app: Application, now: Date, v: number): unknown {
  const today = chinaDate(now);
  switch (action) {
    case 'submit':
      return { materialsBound: true };
    case 'employer_approve':
      return app.workflow === 'green_channel' ? { rosterStamped: true } : { opinion: '材料齐全' };
    case 'file_objection':
      return { text: '申报人的业绩材料与实际情况不符，请核实。' };
    case 'decide_objection':
      return { objectionId: openObjections(app)[0]?.id ?? 'obj-1', outcome: v % 2 ? 'upheld' : 'dismissed', decision: '经核实处理' };
    case 'recommend':
    case 'reassign_body':
      return { body: [{ kind: 'district_bureau' }, CENTRE, { ...CENTRE, orgId: 'centre-2', name: '另一家服务机构' }][v % 3] };
    case 'accept':
      return app.workflow === 'green_channel' ? { originalsChecked: true, onlineConfirmed: true } : {};
    case 'schedule_defense':
      return { at: `${addDays(today, 8)}T09:00:00+08:00`, place: '市人社局三楼会议室' };
    case 'record_defense':
      return { attended: v % 2 === 0 };
    case 'not_passed':
      return { reason: '不符合评审标准' };
    case 'issue_certificate':
      return { certificateNo: 'BT2026-0001' };
    case 'return_for_correction':
      return { returnTo: PARTIES[v % 3], reasons: ['材料不全'] };
    case 'withdraw_recommendation':
      return { reason: '不属于本单位推荐范围' };
    default:
      return {};
  }
}

/** The moments worth trying from a state: soon, the day after its notice ends, hours after its defense. */
function times(app: Application, now: Date): Date[] {
  const out = [hoursLater(now, 1)];
  if (app.notice && !app.notice.closed) out.push(china(`${addDays(app.notice.endsOn, 1)}T09:00`));
  if (app.defense) out.push(hoursLater(new Date(app.defense.at), 6));
  return out;
}

const stateKey = (app: Application) =>
  [
    app.workflow,
    app.title.level,
    app.stage,
    openCorrection(app)?.returnTo ?? '',
    openObjections(app).length,
    app.recommendingBody?.kind ?? '',
    !!app.defense,
  ].join('|');

interface Step {
  action: ActionId;
  workflow: Workflow;
  from: string;
  told: NotifyEffect[];
  next: Application;
}

function walk(): Step[] {
  const starts: [Workflow, TitleLevel][] = [
    ['socialized', 'junior_staff'],
    ['socialized', 'intermediate'],
    ['socialized', 'deputy_senior'],
    ['green_channel', 'deputy_senior'],
  ];
  const queue: { app: Application; now: Date }[] = starts.map(([w, l]) => ({ app: newApp(w, l), now: T0 }));
  const seen = new Set<string>();
  const steps: Step[] = [];
  while (queue.length) {
    const { app, now } = queue.shift()!;
    if (seen.has(stateKey(app))) continue;
    seen.add(stateKey(app));
    for (const at of times(app, now)) {
      for (const actor of [...ACTORS]) {
        for (const a of availableActions(app, actor, at).filter((x) => x.enabled)) {
          for (const v of [0, 1, 2]) {
            const r = transition(app, a.action, actor, at, inputFor(a.action, app, at, v));
            if (!r.ok) continue;
            steps.push({ action: a.action, workflow: app.workflow, from: app.stage, told: toApplicant(r.effects), next: r.next });
            queue.push({ app: r.next, now: at });
          }
        }
      }
    }
  }
  return steps;
}

const steps = walk();

describe('every step tells the applicant', () => {
  it('each transition sends the applicant a message with what happened', () => {
    const silent = steps.filter((s) => s.told.length === 0).map((s) => `${s.workflow}: ${s.action} from ${s.from}`);
    expect([...new Set(silent)]).toEqual([]);
    for (const s of steps) for (const m of s.told) expect(Object.values(m.data).join('')).not.toBe('');
  });

  it('every message the walk sent reads as a sentence in the inbox (no missing field)', () => {
    for (const s of steps) {
      for (const m of s.told) {
        const text = messageText(m.template, m.data);
        expect(text).toBeTruthy();
        expect(text).not.toContain('undefined');
      }
    }
  });

  it('the walk took every rule of the transition table (an action added without a message fails above)', () => {
    const taken = new Set(steps.map((s) => `${s.action}|${s.workflow}|${s.from}`));
    const rules = ACTION_IDS.flatMap((action) =>
      ACTIONS[action].rules.flatMap((r) => r.workflows.flatMap((w) => r.from.map((from) => `${action}|${w}|${from}`))),
    );
    expect(rules.filter((r) => !taken.has(r))).toEqual([]);
  });

  it('step messages stay in the inbox; the ones that need the person go out as subscribe messages too', () => {
    for (const template of Object.values(STEP_MESSAGES)) expect(TEMPLATES[template!].push).toBe(false);
    for (const t of [
      'returned',
      'notice_started',
      'defense_scheduled',
      'result_passed',
      'result_not_passed',
      'certificate_issued',
    ] as const) {
      expect(TEMPLATES[t].push).toBe(true);
    }
  });
});

describe('the three steps the issue names', () => {
  const socialized = driveTo('socialized', 'intermediate', 'awaiting_defense');
  const told = (i: number) => toApplicant(socialized.effects[i]);

  it('单位审核通过 says the unit approved and that the notice comes next, with the clause', () => {
    const [m] = told(1);
    expect(m.template).toBe('step_employer_approved');
    expect(TEMPLATES[m.template].title).toBe('单位审核已通过');
    expect(m.data).toMatchObject({ title: '工程师', done: '单位审核通过' });
    expect(m.data.next).toContain('下一步：待公示');
    expect(m.data.next).toContain('包头市稀土新材料有限公司人事部门');
    expect(m.data.next).toMatch(/预计 \d+月\d+日前/);
    expect(m.data.next).toContain('依据：附件2 第三项');
  });

  it('推荐报送 names the channel and who receives the file next', () => {
    const [m] = told(4);
    expect(m.template).toBe('step_recommended');
    expect(m.data.done).toBe('通过包头市人才交流服务中心推荐报送（第一条）');
    expect(m.data.next).toContain('下一步：推荐单位受理');
    expect(m.data.next).toContain('由包头市人才交流服务中心办理');
  });

  it('受理 says the bureau accepted the file and, for an intermediate title, that a defense comes next', () => {
    const [m] = told(6);
    expect(m.template).toBe('step_accepted');
    expect(TEMPLATES[m.template].title).toBe('人社部门已受理您的申报');
    expect(m.data.next).toContain('下一步：待安排答辩');
    expect(m.data.next).toContain('答辩通知提前一周发布');
  });

  it('the green channel’s 受理 says the region reviews next, in the quarter’s second month', () => {
    const green = driveTo('green_channel', 'deputy_senior', 'region_review');
    const [m] = toApplicant(green.effects[green.effects.length - 1]);
    expect(m.template).toBe('step_accepted');
    expect(m.data.next).toContain('下一步：自治区评审');
    expect(m.data.next).toContain('自治区人力资源和社会保障厅');
  });
});

describe('the certificate step', () => {
  it('tells the applicant where to print and verify the title', () => {
    const { effects } = driveTo('socialized', 'intermediate', 'archiving');
    const [m] = toApplicant(effects[effects.length - 1]);
    expect(m.template).toBe('certificate_issued');
    expect(m.data.how).toContain('内蒙古人才信息库（www.nmgrck.cn）自行打印电子证书');
    expect(m.data.how).toContain('全国职称评审信息查询平台');
  });

  it('the file’s close names both places as well', () => {
    const { app } = driveTo('socialized', 'intermediate', 'completed');
    expect(nextStepText(app)).toContain('申报已办结');
    expect(nextStepText(app)).toContain(VERIFY_PLACES.nmgrck.site);
    expect(nextStepText(app)).toContain('掌上12333');
  });

  it('the addresses are the sites’ front pages: the one the policy names and 12333', () => {
    expect(VERIFY_PLACES.nmgrck).toMatchObject({ url: 'http://www.nmgrck.cn', source: '附件2 第三项' });
    expect(VERIFY_PLACES.national.url).toBe('http://www.12333.gov.cn');
  });
});

describe('pushValues: what the 办理进度通知 carries', () => {
  it('a return carries its reasons, a defense its time and place, and an objection never its text', () => {
    expect(pushValues('returned', { title: '工程师', stage: '单位审核', reasons: '缺少花名册' })).toEqual({
      title: '工程师',
      stage: '职称申报被退回补正',
      note: '缺少花名册',
    });
    expect(pushValues('defense_scheduled', { title: '工程师', time: '2026年4月20日 09:00', place: '三楼' }).note).toBe(
      '2026年4月20日 09:00 三楼',
    );
    expect(pushValues('objection_filed', { applicant: '王建国', title: '工程师', text: '很长的异议' }).note).not.toContain('异议');
  });
});
