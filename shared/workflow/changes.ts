import { DISTRICTS } from '../org/districts';
import { addDays } from '../time/dates';
import type { ActionId } from './actions';
import type { Application, Correction, Party, PublicNotice } from './application';
import { openCorrection, PARTY_LABELS } from './application';
import type { Effect, Recipient } from './effects';
import { holderRecipient, notify } from './effects';
import type { Ctx } from './guards';
import type {
  ApproveResultInput,
  DecideObjectionInput,
  FileObjectionInput,
  IssueCertificateInput,
  NotPassedInput,
  RecommendInput,
  RecordDefenseInput,
  ReturnForCorrectionInput,
  ScheduleDefenseInput,
  StartNoticeInput,
} from './inputs';
import { stageLabel } from './stages';
import { chinaDateOf, chinaInstant, formatChinaTime } from '../time/instants';
import { verifyHint, VERIFY_PLACES } from './verify';
import { noticePeriod } from '../time/workdays';

/** What each action changes on the file, the effects it asks for, and the line it adds to the timeline. */

export interface Change {
  patch: Partial<Application>;
  effects: Effect[];
  summary: string;
}
type Apply = (ctx: Ctx, input: never) => Change;

const titleOf = (app: Application) => app.title.titleName;
const toApplicant = (app: Application): Recipient => ({ openid: app.applicant.openid });
const toEmployer = (app: Application): Recipient => ({ role: 'employer_hr', scope: { kind: 'org', orgId: app.employer.orgId } });

function partyRecipient(app: Application, party: Party): Recipient {
  if (party === 'applicant') return toApplicant(app);
  if (party === 'employer') return toEmployer(app);
  return { role: 'recommender', scope: { kind: 'org', orgId: app.recommendingBody!.orgId! } };
}

function closeNotice(
  notice: PublicNotice | undefined,
  at: string,
  outcome: NonNullable<PublicNotice['closed']>['outcome'],
): PublicNotice | undefined {
  return notice && !notice.closed ? { ...notice, closed: { at, outcome } } : notice;
}

const nothing = (summary: string): Change => ({ patch: {}, effects: [], summary });

export const APPLY: Record<ActionId, Apply> = {
  submit: () => nothing('提交单位审核'),
  employer_approve: (_ctx, input: { opinion?: string }) => nothing(input.opinion ? `单位审核通过：${input.opinion}` : '单位审核通过'),
  start_notice: ({ app, by, at, today, settings }, input: StartNoticeInput) => {
    const period = noticePeriod(input.startsOn ?? today, input.workingDays ?? settings.noticeWorkingDays);
    const notice: PublicNotice = {
      startsOn: period.startsOn,
      endsOn: period.endsOn,
      workingDays: period.workingDays,
      estimated: period.estimated,
      startedBy: by,
      startedAt: at,
      objections: [],
    };
    const due = notify(toEmployer(app), 'notice_due', { applicant: app.applicant.name, title: titleOf(app), endsOn: period.endsOn });
    const effects: Effect[] = [
      notify(toApplicant(app), 'notice_started', { title: titleOf(app), startsOn: period.startsOn, endsOn: period.endsOn }),
      {
        kind: 'remind',
        at: chinaInstant(addDays(period.endsOn, 1), settings.reminderTime),
        key: `${app.id}:notice_due`,
        onlyIf: { applicationId: app.id, stage: 'public_notice' },
        notify: due,
      },
    ];
    return {
      patch: { notice, pastNotices: app.notice ? [...app.pastNotices, app.notice] : app.pastNotices },
      effects,
      summary: `在本单位公示 ${period.workingDays} 个工作日（${period.startsOn} 至 ${period.endsOn}）${period.estimated ? `；${period.note}` : ''}`,
    };
  },
  file_objection: ({ app, by, at }, input: FileObjectionInput) => {
    const count = [...app.pastNotices, app.notice!].reduce((n, notice) => n + notice.objections.length, 0);
    const objection = { id: `obj-${count + 1}`, by: by.openid, at, text: input.text, status: 'open' as const };
    const data = { applicant: app.applicant.name, title: titleOf(app), text: input.text };
    return {
      patch: { notice: { ...app.notice!, objections: [...app.notice!.objections, objection] } },
      effects: [notify(toEmployer(app), 'objection_filed', data), notify(toApplicant(app), 'objection_filed', data)],
      summary: '公示期间收到异议',
    };
  },
  decide_objection: ({ app, by, at }, input: DecideObjectionInput) => {
    const upheld = input.outcome === 'upheld';
    const objections = app.notice!.objections.map((o) =>
      o.id === input.objectionId ? { ...o, status: input.outcome, decidedBy: by, decidedAt: at, decision: input.decision } : o,
    );
    const objector = app.notice!.objections.find((o) => o.id === input.objectionId)!.by;
    let notice: PublicNotice = { ...app.notice!, objections };
    if (upheld) notice = closeNotice(notice, at, 'objection_upheld')!;
    const data = { title: titleOf(app), outcome: upheld ? '异议成立' : '异议不成立', decision: input.decision };
    return {
      patch: { notice },
      effects: [notify({ openid: objector }, 'objection_decided', data), notify(toApplicant(app), 'objection_decided', data)],
      summary: upheld ? `异议成立，退回单位重新审核：${input.decision}` : `异议不成立：${input.decision}`,
    };
  },
  end_notice: ({ app, at }) => ({
    patch: { notice: closeNotice(app.notice, at, 'ended') },
    effects: [],
    summary: `公示期满（${app.notice!.startsOn} 至 ${app.notice!.endsOn}），无未处理的异议`,
  }),
  recommend: ({ app }, input: RecommendInput) => {
    const body =
      input.body.kind === 'district_bureau'
        ? { kind: input.body.kind, name: DISTRICTS.find((d) => d.code === app.employer.district)?.bureau ?? '所在地区人社部门' }
        : { kind: input.body.kind, orgId: input.body.orgId!, name: input.body.name! };
    return { patch: { recommendingBody: body }, effects: [], summary: `通过${body.name}推荐报送（第一条）` };
  },
  reassign_body: (ctx, input: RecommendInput) => {
    const change = APPLY.recommend(ctx, input as never);
    const was = ctx.app.recommendingBody?.name ?? '原推荐单位';
    return { ...change, summary: `${was}已不存在，改由${change.patch.recommendingBody!.name}推荐报送（第一条）` };
  },
  forward_to_bureau: ({ app }) => nothing(`${app.recommendingBody?.name ?? '推荐单位'}已报送人社部门`),
  accept: ({ app }) => nothing(app.workflow === 'green_channel' ? '市人社局已审核原件并完成网上确认' : '人社部门审核合格，已接收申报材料'),
  forward_to_region: () => nothing('市人社局已汇总报送自治区'),
  schedule_defense: ({ app, by, at, settings }, input: ScheduleDefenseInput) => {
    const previous = app.defense ? [...(app.defense.rescheduledFrom ?? []), { at: app.defense.at, place: app.defense.place }] : undefined;
    const defenseAt = new Date(input.at).toISOString();
    const data = { title: titleOf(app), time: formatChinaTime(defenseAt), place: input.place };
    const effects: Effect[] = [
      notify(toApplicant(app), 'defense_scheduled', data),
      {
        kind: 'remind',
        at: chinaInstant(addDays(chinaDateOf(defenseAt), -1), settings.reminderTime),
        key: `${app.id}:defense`,
        onlyIf: { applicationId: app.id, stage: 'defense_scheduled' },
        notify: notify(toApplicant(app), 'defense_reminder', data),
      },
    ];
    return {
      patch: {
        defense: {
          at: defenseAt,
          place: input.place,
          scheduledBy: by,
          scheduledAt: at,
          ...(previous ? { rescheduledFrom: previous } : {}),
        },
      },
      effects,
      summary: `${previous ? '调整' : '安排'}答辩：${data.time}，${input.place}`,
    };
  },
  record_defense: ({ app, by, at }, input: RecordDefenseInput) => ({
    patch: {
      defense: { ...app.defense!, record: { attended: input.attended, ...(input.remarks ? { remarks: input.remarks } : {}), by, at } },
    },
    effects: [],
    summary: input.attended ? '已参加答辩' : '未参加答辩',
  }),
  approve_result: ({ app, by, at }, input: ApproveResultInput) => ({
    patch: { outcome: { passed: true, by, at, stage: app.stage, ...input } },
    effects: [
      notify(toApplicant(app), 'result_passed', {
        title: titleOf(app),
        next:
          app.workflow === 'green_channel'
            ? '季度第三个月核准结果、发放证书'
            : `发证后请登录${VERIFY_PLACES.nmgrck.name}（${VERIFY_PLACES.nmgrck.site}）自行打印电子证书`,
      }),
    ],
    summary: app.stage === 'region_review' ? '自治区评审通过' : '评审通过',
  }),
  not_passed: ({ app, by, at }, input: NotPassedInput) => ({
    patch: { outcome: { passed: false, by, at, stage: app.stage, remarks: input.reason } },
    effects: [notify(toApplicant(app), 'result_not_passed', { title: titleOf(app), stage: stageLabel(app.stage), reason: input.reason })],
    summary: `${stageLabel(app.stage)}未通过：${input.reason}`,
  }),
  issue_certificate: ({ app, by, at }, input: IssueCertificateInput) => ({
    patch: { certificate: { by, at, ...(input.certificateNo ? { number: input.certificateNo } : {}) } },
    effects: [
      notify(toApplicant(app), 'certificate_issued', {
        title: titleOf(app),
        how:
          app.workflow === 'green_channel'
            ? `请按市人社局通知领取证书。${verifyHint()}`
            : `登录${VERIFY_PLACES.nmgrck.name}（${VERIFY_PLACES.nmgrck.site}）自行打印电子证书；评审表将通过单位存入本人人事档案。${verifyHint()}`,
      }),
    ],
    summary: app.workflow === 'green_channel' ? '核准结果，发放证书' : '电子证书可打印，评审表返回单位',
  }),
  archive_form: ({ by, at }) => ({ patch: { archived: { by, at } }, effects: [], summary: '评审表已存入本人人事档案' }),
  return_for_correction: ({ app, by, at }, input: ReturnForCorrectionInput) => {
    const correction: Correction = { by, at, reasons: input.reasons, returnTo: input.returnTo, fromStage: app.stage };
    return {
      patch: { corrections: [...app.corrections, correction] },
      effects: [
        notify(partyRecipient(app, input.returnTo), 'returned', {
          title: titleOf(app),
          stage: stageLabel(app.stage),
          reasons: input.reasons.join('；'),
        }),
      ],
      summary: `${stageLabel(app.stage)}退回${PARTY_LABELS[input.returnTo]}补正：${input.reasons.join('；')}`,
    };
  },
  resubmit: ({ app, by, at }, input: { note?: string }) => {
    const open = openCorrection(app)!;
    const corrections = app.corrections.map((c) =>
      c === open ? { ...c, resubmitted: { by, at, ...(input.note ? { note: input.note } : {}) } } : c,
    );
    return { patch: { corrections }, effects: [], summary: input.note ? `补正后重新提交：${input.note}` : '补正后重新提交' };
  },
  withdraw: ({ app, at }, input: { reason?: string }) => {
    const holder = holderRecipient(app.holder);
    const effects: Effect[] =
      holder && app.holder?.role !== 'applicant'
        ? [notify(holder, 'withdrawn', { applicant: app.applicant.name, title: titleOf(app) })]
        : [];
    return {
      patch: { withdrawal: { at, ...(input.reason ? { reason: input.reason } : {}) }, notice: closeNotice(app.notice, at, 'withdrawn') },
      effects,
      summary: input.reason ? `申报人撤回申报：${input.reason}` : '申报人撤回申报',
    };
  },
};
