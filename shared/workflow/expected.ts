import type { IsoDate } from '../time/dates';
import { maxDate } from '../time/dates';
import type { Application, ExpectedStep } from './application';
import { openCorrection } from './application';
import type { WorkflowSettings } from './settings';
import type { ExpectationRule, Stage } from './stages';
import { isTerminal, mainPath, STAGE_INFO } from './stages';
import { chinaDateOf, endOfMonth } from '../time/instants';
import { addWorkdays, noticePeriod } from '../time/workdays';

type ExpectedApp = Pick<
  Application,
  'workflow' | 'stage' | 'title' | 'recommendingBody' | 'notice' | 'round' | 'greenWindow' | 'defense' | 'corrections' | 'createdAt'
>;

/**
 * When each remaining step is expected to be done, walking the file's expected path from `today`.
 * Durations chain (a step with a service target starts when the one before is expected to end); deadlines
 * (the green channel's months, a round's closing date) do not move the chain, since work may finish sooner.
 */
export function expectedSteps(app: ExpectedApp, today: IsoDate, settings: WorkflowSettings): ExpectedStep[] {
  if (isTerminal(app.stage)) return [];
  const path = mainPath(app);
  const correction = app.stage === 'correction' ? openCorrection(app as Application) : undefined;
  const current = correction ? correction.fromStage : app.stage;
  const start = path.indexOf(current);
  if (start < 0) return [];

  const steps: ExpectedStep[] = [];
  if (correction) {
    steps.push({
      stage: 'correction',
      label: STAGE_INFO.correction.label,
      by: null,
      basis: 'open',
      rule: '补正后重新提交',
      estimated: false,
    });
  }
  let cursor = today;
  for (const stage of path.slice(start).filter((s) => s !== 'completed')) {
    const step = expectStage(app, stage, stage === app.stage, cursor, settings);
    steps.push(step);
    if (step.by && !isDeadline(STAGE_INFO[stage].expect[app.workflow])) cursor = maxDate(cursor, step.by);
  }
  return steps;
}

function isDeadline(rule: ExpectationRule): boolean {
  return rule.kind === 'green_month' || (rule.kind === 'round' && rule.field === 'applyTo');
}

function expectStage(app: ExpectedApp, stage: Stage, isCurrent: boolean, cursor: IsoDate, settings: WorkflowSettings): ExpectedStep {
  const rule = STAGE_INFO[stage].expect[app.workflow];
  const base = { stage, label: STAGE_INFO[stage].label, rule: rule.text };
  switch (rule.kind) {
    case 'working_days': {
      const r = addWorkdays(cursor, rule.days);
      return { ...base, by: r.date, basis: 'reference', estimated: r.estimated };
    }
    case 'notice': {
      if (isCurrent && app.notice && !app.notice.closed) {
        return {
          ...base,
          by: app.notice.endsOn,
          basis: 'notice',
          rule: `公示 ${app.notice.workingDays} 个工作日`,
          estimated: app.notice.estimated,
        };
      }
      const p = noticePeriod(addWorkdays(cursor, 1).date, settings.noticeWorkingDays);
      return { ...base, by: p.endsOn, basis: 'notice', rule: `公示 ${settings.noticeWorkingDays} 个工作日`, estimated: p.estimated };
    }
    case 'green_month': {
      const month = app.greenWindow?.window[rule.month];
      return { ...base, by: month ? endOfMonth(month) : null, basis: 'policy', estimated: false };
    }
    case 'round': {
      const by = app.round?.[rule.field] ?? null;
      return { ...base, by, basis: by ? 'round' : 'open', estimated: false };
    }
    case 'defense': {
      const by = app.defense ? chinaDateOf(app.defense.at) : (app.round?.defenseFrom ?? null);
      return { ...base, by, basis: app.defense ? 'scheduled' : by ? 'round' : 'open', estimated: false };
    }
    case 'open':
      return { ...base, by: null, basis: 'open', estimated: false };
  }
}
