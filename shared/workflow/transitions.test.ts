import { addDays } from '../time/dates';
import type { ActionId } from './actions';
import { ACTION_IDS, ACTION_LIST } from './actions';
import { defineAction } from './actions/define';
import { z } from 'zod';
import type { Application, Workflow } from './application';
import { WORKFLOWS } from './application';
import type { CastName } from '../../test/fixtures/workflow';
import { CAST, CAST_NAMES, CENTRE, china, driveTo, hoursLater, ok } from '../../test/fixtures/workflow';
import { transition } from './machine';
import type { Stage } from './stages';
import { WORKFLOW_STAGES } from './stages';
import { ACTIONS, possibleTargets } from './transitions';
import type { TitleLevel } from '../policy/vocabulary';

type Setup = () => { app: Application; now: Date };

const at =
  (workflow: Workflow, level: TitleLevel, stage: Stage, body?: 'talent_centre' | 'district_bureau'): Setup =>
  () => {
    const { app, now } = driveTo(workflow, level, stage, body);
    return { app, now: hoursLater(now, 1) };
  };

/** On public notice, with an open objection from someone in the company. */
const withObjection =
  (workflow: Workflow): Setup =>
  () => {
    const { app, now } = at(workflow, 'intermediate', 'public_notice')();
    return {
      app: ok(transition(app, 'file_objection', CAST.otherApplicant, now, { text: '申报人的业绩材料与实际情况不符，请核实。' })).next,
      now,
    };
  };

/** Back in employer review after an upheld objection, with a second objection still open. */
const upheldWithAnotherOpen =
  (workflow: Workflow): Setup =>
  () => {
    const { app, now } = withObjection(workflow)();
    const two = ok(transition(app, 'file_objection', CAST.otherHr, now, { text: '申报人的工作年限计算有误，请核实。' })).next;
    const upheld = ok(
      transition(two, 'decide_objection', CAST.hr, now, { objectionId: 'obj-1', outcome: 'upheld', decision: '经核实，业绩材料有误' }),
    ).next;
    return { app: upheld, now };
  };

/** Past the end of the notice. */
const noticeOver =
  (workflow: Workflow): Setup =>
  () => {
    const { app } = at(workflow, 'intermediate', 'public_notice')();
    return { app, now: china(`${addDays(app.notice!.endsOn, 1)}T09:00`) };
  };

/** Returned to a party: by the district bureau (socialized) or the city (green channel). */
const returnedTo =
  (returnTo: 'applicant' | 'employer' | 'recommender', workflow: Workflow = 'socialized'): Setup =>
  () => {
    const green = workflow === 'green_channel';
    const { app, now } = green ? at(workflow, 'deputy_senior', 'city_check')() : at(workflow, 'intermediate', 'bureau_check')();
    const by = green ? CAST.city : CAST.officer;
    return { app: ok(transition(app, 'return_for_correction', by, now, { returnTo, reasons: ['缺少学历证书复印件'] })).next, now };
  };

const afterDefense: Setup = () => {
  const { app } = at('socialized', 'intermediate', 'defense_scheduled')();
  return { app, now: hoursLater(new Date(app.defense!.at), 3) };
};

/** Any signed-in person but the applicant and those who decide objections on this file. */
const THE_PUBLIC: CastName[] = ['otherApplicant', 'otherHr', 'body', 'otherBody', 'otherOfficer'];
const OFFICERS: CastName[] = ['officer', 'city', 'admin'];
const CITY: CastName[] = ['city', 'admin'];
const defenseIn8Days = (now: Date) => ({ at: `${addDays(now.toISOString().slice(0, 10), 8)}T09:00:00+08:00`, place: '市人社局三楼会议室' });

interface Row {
  action: ActionId;
  workflow: Workflow;
  from: string;
  setup: Setup;
  input: unknown | ((now: Date) => unknown);
  allowed: CastName[];
}

const S = 'socialized' as const;
const G = 'green_channel' as const;

/** Who may take each transition, written out by hand from the policy and the issue, independently of the table. */
const ROWS: Row[] = [
  {
    action: 'submit',
    workflow: S,
    from: 'draft',
    setup: at(S, 'intermediate', 'draft'),
    input: { materialsBound: true },
    allowed: ['applicant'],
  },
  {
    action: 'submit',
    workflow: G,
    from: 'draft',
    setup: at(G, 'deputy_senior', 'draft'),
    input: { materialsBound: true },
    allowed: ['applicant'],
  },
  {
    action: 'employer_approve',
    workflow: S,
    from: 'employer_review',
    setup: at(S, 'intermediate', 'employer_review'),
    input: {},
    allowed: ['hr'],
  },
  {
    action: 'employer_approve',
    workflow: G,
    from: 'employer_review',
    setup: at(G, 'deputy_senior', 'employer_review'),
    input: { rosterStamped: true },
    allowed: ['hr'],
  },
  { action: 'start_notice', workflow: S, from: 'notice_ready', setup: at(S, 'intermediate', 'notice_ready'), input: {}, allowed: ['hr'] },
  { action: 'start_notice', workflow: G, from: 'notice_ready', setup: at(G, 'deputy_senior', 'notice_ready'), input: {}, allowed: ['hr'] },
  {
    action: 'file_objection',
    workflow: S,
    from: 'public_notice',
    setup: at(S, 'intermediate', 'public_notice'),
    input: { text: '申报人的业绩材料与实际情况不符。' },
    allowed: THE_PUBLIC,
  },
  {
    action: 'file_objection',
    workflow: G,
    from: 'public_notice',
    setup: at(G, 'deputy_senior', 'public_notice'),
    input: { text: '申报人的业绩材料与实际情况不符。' },
    allowed: THE_PUBLIC,
  },
  {
    action: 'decide_objection',
    workflow: S,
    from: 'public_notice',
    setup: withObjection(S),
    input: { objectionId: 'obj-1', outcome: 'dismissed', decision: '经核实，材料属实' },
    allowed: ['hr', ...OFFICERS],
  },
  {
    action: 'decide_objection',
    workflow: G,
    from: 'public_notice',
    setup: withObjection(G),
    input: { objectionId: 'obj-1', outcome: 'upheld', decision: '经核实，材料有误' },
    allowed: ['hr', ...OFFICERS],
  },
  {
    action: 'decide_objection',
    workflow: S,
    from: 'employer_review',
    setup: upheldWithAnotherOpen(S),
    input: { objectionId: 'obj-2', outcome: 'dismissed', decision: '年限计算无误' },
    allowed: ['hr', ...OFFICERS],
  },
  {
    action: 'decide_objection',
    workflow: G,
    from: 'employer_review',
    setup: upheldWithAnotherOpen(G),
    input: { objectionId: 'obj-2', outcome: 'upheld', decision: '年限计算有误' },
    allowed: ['hr', ...OFFICERS],
  },
  { action: 'end_notice', workflow: S, from: 'public_notice', setup: noticeOver(S), input: {}, allowed: ['hr'] },
  { action: 'end_notice', workflow: G, from: 'public_notice', setup: noticeOver(G), input: {}, allowed: ['hr'] },
  {
    action: 'recommend',
    workflow: S,
    from: 'recommendation',
    setup: at(S, 'intermediate', 'recommendation'),
    input: { body: CENTRE },
    allowed: ['hr'],
  },
  {
    action: 'reassign_body',
    workflow: S,
    from: 'body_review',
    setup: at(S, 'intermediate', 'body_review'),
    input: { body: { kind: 'district_bureau' } },
    allowed: OFFICERS,
  },
  {
    action: 'forward_to_bureau',
    workflow: S,
    from: 'body_review',
    setup: at(S, 'intermediate', 'body_review'),
    input: {},
    allowed: ['body'],
  },
  {
    action: 'withdraw_recommendation',
    workflow: S,
    from: 'body_review',
    setup: at(S, 'intermediate', 'body_review'),
    input: { reason: '不属于本单位推荐范围' },
    allowed: ['body'],
  },
  {
    action: 'withdraw_recommendation',
    workflow: S,
    from: 'bureau_check',
    setup: at(S, 'intermediate', 'bureau_check'),
    input: { reason: '不属于本单位推荐范围' },
    allowed: ['body'],
  },
  { action: 'accept', workflow: S, from: 'bureau_check', setup: at(S, 'intermediate', 'bureau_check'), input: {}, allowed: OFFICERS },
  {
    action: 'accept',
    workflow: G,
    from: 'city_check',
    setup: at(G, 'deputy_senior', 'city_check'),
    input: { originalsChecked: true, onlineConfirmed: true },
    allowed: CITY,
  },
  {
    action: 'forward_to_region',
    workflow: S,
    from: 'city_collection',
    setup: at(S, 'deputy_senior', 'city_collection'),
    input: {},
    allowed: CITY,
  },
  {
    action: 'schedule_defense',
    workflow: S,
    from: 'awaiting_defense',
    setup: at(S, 'intermediate', 'awaiting_defense'),
    input: defenseIn8Days,
    allowed: OFFICERS,
  },
  {
    action: 'schedule_defense',
    workflow: S,
    from: 'defense_scheduled',
    setup: at(S, 'intermediate', 'defense_scheduled'),
    input: defenseIn8Days,
    allowed: OFFICERS,
  },
  { action: 'record_defense', workflow: S, from: 'defense_scheduled', setup: afterDefense, input: { attended: true }, allowed: OFFICERS },
  { action: 'approve_result', workflow: S, from: 'review', setup: at(S, 'intermediate', 'review'), input: {}, allowed: OFFICERS },
  {
    action: 'approve_result',
    workflow: S,
    from: 'region_review',
    setup: at(S, 'deputy_senior', 'region_review'),
    input: {},
    allowed: CITY,
  },
  {
    action: 'approve_result',
    workflow: G,
    from: 'region_review',
    setup: at(G, 'deputy_senior', 'region_review'),
    input: {},
    allowed: CITY,
  },
  {
    action: 'not_passed',
    workflow: S,
    from: 'employer_review',
    setup: at(S, 'intermediate', 'employer_review'),
    input: { reason: '业绩不符合评审标准' },
    allowed: ['hr'],
  },
  {
    action: 'not_passed',
    workflow: G,
    from: 'employer_review',
    setup: at(G, 'deputy_senior', 'employer_review'),
    input: { reason: '业绩不符合评审标准' },
    allowed: ['hr'],
  },
  {
    action: 'not_passed',
    workflow: S,
    from: 'bureau_check',
    setup: at(S, 'intermediate', 'bureau_check'),
    input: { reason: '不符合申报条件' },
    allowed: OFFICERS,
  },
  {
    action: 'not_passed',
    workflow: S,
    from: 'review',
    setup: at(S, 'junior_staff', 'review'),
    input: { reason: '评审未通过' },
    allowed: OFFICERS,
  },
  {
    action: 'not_passed',
    workflow: S,
    from: 'region_review',
    setup: at(S, 'deputy_senior', 'region_review'),
    input: { reason: '评审未通过' },
    allowed: CITY,
  },
  {
    action: 'not_passed',
    workflow: G,
    from: 'city_check',
    setup: at(G, 'deputy_senior', 'city_check'),
    input: { reason: '原件与复印件不符' },
    allowed: CITY,
  },
  {
    action: 'not_passed',
    workflow: G,
    from: 'region_review',
    setup: at(G, 'deputy_senior', 'region_review'),
    input: { reason: '评审未通过' },
    allowed: CITY,
  },
  {
    action: 'issue_certificate',
    workflow: S,
    from: 'approved',
    setup: at(S, 'intermediate', 'approved'),
    input: { certificateNo: 'BT2026-0001' },
    allowed: OFFICERS,
  },
  {
    action: 'issue_certificate',
    workflow: G,
    from: 'approved',
    setup: at(G, 'deputy_senior', 'approved'),
    input: { certificateNo: 'BT2026-0002' },
    allowed: CITY,
  },
  { action: 'archive_form', workflow: S, from: 'archiving', setup: at(S, 'intermediate', 'archiving'), input: {}, allowed: ['hr'] },
  ...(['employer_review', 'notice_ready'] as Stage[]).flatMap((stage): Row[] => [
    {
      action: 'return_for_correction',
      workflow: S,
      from: stage,
      setup: at(S, 'intermediate', stage),
      input: { returnTo: 'applicant', reasons: ['请补充业绩证明'] },
      allowed: ['hr'],
    },
    {
      action: 'return_for_correction',
      workflow: G,
      from: stage,
      setup: at(G, 'deputy_senior', stage),
      input: { returnTo: 'applicant', reasons: ['请补充业绩证明'] },
      allowed: ['hr'],
    },
  ]),
  {
    action: 'return_for_correction',
    workflow: S,
    from: 'recommendation',
    setup: at(S, 'intermediate', 'recommendation'),
    input: { returnTo: 'applicant', reasons: ['请补充业绩证明'] },
    allowed: ['hr'],
  },
  {
    action: 'return_for_correction',
    workflow: S,
    from: 'body_review',
    setup: at(S, 'intermediate', 'body_review'),
    input: { returnTo: 'employer', reasons: ['单位审核意见未盖章'] },
    allowed: ['body'],
  },
  {
    action: 'return_for_correction',
    workflow: S,
    from: 'bureau_check',
    setup: at(S, 'intermediate', 'bureau_check'),
    input: { returnTo: 'recommender', reasons: ['推荐意见缺失'] },
    allowed: OFFICERS,
  },
  {
    action: 'return_for_correction',
    workflow: S,
    from: 'city_collection',
    setup: at(S, 'deputy_senior', 'city_collection'),
    input: { returnTo: 'applicant', reasons: ['缺少论文替代材料'] },
    allowed: CITY,
  },
  {
    action: 'return_for_correction',
    workflow: G,
    from: 'city_check',
    setup: at(G, 'deputy_senior', 'city_check'),
    input: { returnTo: 'employer', reasons: ['花名册未盖章'] },
    allowed: CITY,
  },
  { action: 'resubmit', workflow: S, from: 'correction (applicant)', setup: returnedTo('applicant'), input: {}, allowed: ['applicant'] },
  { action: 'resubmit', workflow: S, from: 'correction (employer)', setup: returnedTo('employer'), input: {}, allowed: ['hr'] },
  { action: 'resubmit', workflow: S, from: 'correction (recommender)', setup: returnedTo('recommender'), input: {}, allowed: ['body'] },
  { action: 'resubmit', workflow: G, from: 'correction (applicant)', setup: returnedTo('applicant', G), input: {}, allowed: ['applicant'] },
  { action: 'resubmit', workflow: G, from: 'correction (employer)', setup: returnedTo('employer', G), input: {}, allowed: ['hr'] },
];

const WITHDRAWABLE: [Workflow, TitleLevel, Stage][] = [
  ...(
    [
      'draft',
      'employer_review',
      'notice_ready',
      'public_notice',
      'recommendation',
      'body_review',
      'bureau_check',
      'awaiting_defense',
      'defense_scheduled',
      'review',
    ] as Stage[]
  ).map((s): [Workflow, TitleLevel, Stage] => [S, 'intermediate', s]),
  [S, 'deputy_senior', 'city_collection'],
  [S, 'deputy_senior', 'region_review'],
  ...(['draft', 'employer_review', 'notice_ready', 'public_notice', 'city_check', 'region_review'] as Stage[]).map(
    (s): [Workflow, TitleLevel, Stage] => [G, 'deputy_senior', s],
  ),
];
for (const [workflow, level, stage] of WITHDRAWABLE) {
  ROWS.push({ action: 'withdraw', workflow, from: stage, setup: at(workflow, level, stage), input: {}, allowed: ['applicant'] });
}
ROWS.push({ action: 'withdraw', workflow: S, from: 'correction', setup: returnedTo('employer'), input: {}, allowed: ['applicant'] });
ROWS.push({ action: 'withdraw', workflow: G, from: 'correction', setup: returnedTo('applicant', G), input: {}, allowed: ['applicant'] });

describe('who may take each transition: every role and scope, allowed and refused', () => {
  describe.each(ROWS.map((r) => [`${r.action} (${r.workflow}, from ${r.from})`, r] as const))('%s', (_name, row) => {
    const { app, now } = row.setup();
    const input = typeof row.input === 'function' ? (row.input as (now: Date) => unknown)(now) : row.input;

    it.each(row.allowed)('allows %s', (who) => {
      const r = transition(app, row.action, CAST[who], now, input);
      expect(r.ok ? 'ok' : `${r.code}: ${r.message}`).toBe('ok');
    });

    it.each(CAST_NAMES.filter((n) => !row.allowed.includes(n)))('refuses %s', (who) => {
      const r = transition(app, row.action, CAST[who], now, input);
      expect(r.ok ? 'ok' : r.code).toBe('FORBIDDEN');
    });
  });

  it('covers every rule and every from-stage of the table', () => {
    const covered = new Set(ROWS.map((r) => `${r.action}|${r.workflow}|${r.from.replace(/ \(.*\)$/, '')}`));
    const missing = ACTION_IDS.flatMap((action) =>
      ACTIONS[action].rules.flatMap((rule) =>
        rule.workflows.flatMap((w) => rule.from.filter((s) => WORKFLOW_STAGES[w].includes(s)).map((s) => `${action}|${w}|${s}`)),
      ),
    ).filter((k) => !covered.has(k));
    expect(missing).toEqual([]);
  });
});

describe('separation of duties', () => {
  it('HR staff cannot approve their own application, only act on it as its applicant', () => {
    const { app, now } = at(S, 'intermediate', 'employer_review')();
    const selfHr = { openid: CAST.applicant.openid, grants: [...CAST.applicant.grants, ...CAST.hr.grants.slice(1)] };
    expect(transition(app, 'employer_approve', selfHr, now, {})).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(transition(app, 'withdraw', selfHr, now, {}).ok).toBe(true);
  });

  it('an officer cannot accept their own application', () => {
    const { app, now } = at(S, 'intermediate', 'bureau_check')();
    const selfOfficer = { openid: CAST.applicant.openid, grants: [...CAST.applicant.grants, ...CAST.city.grants.slice(1)] };
    expect(transition(app, 'accept', selfOfficer, now, {})).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('a signed-out caller can do nothing', () => {
    const { app, now } = at(S, 'intermediate', 'public_notice')();
    expect(transition(app, 'file_objection', { openid: '', grants: [] }, now, { text: '申报人的业绩材料与实际情况不符。' })).toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});

describe('the table itself', () => {
  it('never leads outside the workflow’s own stages', () => {
    for (const action of ACTION_IDS) {
      for (const rule of ACTIONS[action].rules) {
        for (const w of rule.workflows) {
          for (const from of rule.from) {
            expect([action, w, from, WORKFLOW_STAGES[w].includes(from)]).toEqual([action, w, from, true]);
            for (const to of possibleTargets(rule, from, WORKFLOW_STAGES[w])) {
              expect([action, w, to, WORKFLOW_STAGES[w].includes(to)]).toEqual([action, w, to, true]);
            }
          }
        }
      }
    }
  });

  it('has at most one rule per action, workflow and stage', () => {
    for (const action of ACTION_IDS) {
      for (const w of WORKFLOWS) {
        for (const stage of WORKFLOW_STAGES[w]) {
          const n = ACTIONS[action].rules.filter((r) => r.workflows.includes(w) && r.from.includes(stage)).length;
          expect([action, w, stage, n <= 1]).toEqual([action, w, stage, true]);
        }
      }
    }
  });

  it('lets nothing happen to a closed file', () => {
    for (const stage of ['completed', 'not_passed', 'withdrawn'] as Stage[]) {
      expect(ACTION_IDS.filter((a) => ACTIONS[a].rules.some((r) => r.from.includes(stage)))).toEqual([]);
    }
  });
});

describe('the action definitions', () => {
  it('are listed in the order of ACTION_IDS, one each', () => {
    expect(ACTION_LIST.map((a) => a.id)).toEqual([...ACTION_IDS]);
  });

  it('type the form by the input: a field that is not an input key does not compile', () => {
    const draft = defineAction({
      id: 'draft_only',
      label: '示例',
      input: z.strictObject({ note: z.string() }),
      // @ts-expect-error 'remark' is not a key of the input
      form: [{ key: 'remark', kind: 'text', label: '备注' }],
      rules: [],
      apply: (_ctx, input) => ({ patch: {}, effects: [], summary: input.note }),
    });
    expect(draft.formFor('socialized').map((f) => f.key)).toEqual(['remark']);
  });
});
