/** The application pages' pieces: each action's form answers become an input the workflow accepts; the timeline. */
import { render } from '@testing-library/react';
import { inputSchema } from '@shared/workflow/actions';
import type { AvailableAction } from '@shared/workflow/machine';
import { newApp } from '../../fixtures/workflow';
import { errorFor, fieldsFor, inputFrom } from '../../../client/src/features/work/fields';
import { Timeline } from '../../../client/src/features/work/Timeline';
import { ApplicationCard } from '../../../client/src/features/progress/ApplicationCard';

const available = (action: AvailableAction['action'], extra: Partial<AvailableAction> = {}): AvailableAction => ({
  action,
  label: action,
  as: 'district_officer',
  enabled: true,
  inputRequired: true,
  ...extra,
});

describe('action forms', () => {
  const app = newApp('socialized', 'intermediate');
  const green = newApp('green_channel', 'deputy_senior');

  it.each([
    ['submit', app, { materialsBound: '__true' }],
    ['employer_approve', green, { opinion: '同意', rosterStamped: '__true' }],
    ['accept', green, { originalsChecked: '__true', onlineConfirmed: '__true' }],
    ['schedule_defense', app, { date: '2026-05-10', time: '09:30', place: '稀土高新区人社局会议室' }],
    ['record_defense', app, { attended: 'yes', remarks: '' }],
    ['return_for_correction', app, { returnTo: 'applicant', reasons: '缺少学历证明\n照片不清晰' }],
    ['recommend', app, { 'body.kind': 'district_bureau' }],
    ['recommend', app, { 'body.kind': 'talent_centre', 'body.orgId': 'centre-1', 'body.name': '包头市人才交流服务中心' }],
    ['not_passed', app, { reason: '答辩未通过' }],
    ['end_notice', app, {}],
  ] as const)('%s: the answers make a valid input', (action, a, answers) => {
    const specs = fieldsFor(action, a, available(action));
    const input = inputFrom(specs, { ...answers });
    const parsed = inputSchema(action, a.workflow).safeParse(input);
    expect(parsed.success).toBe(true);
    // Every key of the input has a field on the form.
    const keys = specs.map((f) => f.key);
    for (const k of Object.keys(input)) expect(keys).toContain(k);
  });

  it('schedule_defense sends a China-time instant; reasons split by line', () => {
    const form = (action: AvailableAction['action']) => fieldsFor(action, app, available(action));
    expect(inputFrom(form('schedule_defense'), { date: '2026-05-10', time: '09:30', place: ' 会议室 ' })).toEqual({
      at: '2026-05-10T09:30:00+08:00',
      place: '会议室',
    });
    expect(inputFrom(form('return_for_correction'), { returnTo: 'employer', reasons: '一\n\n二；三' })).toEqual({
      returnTo: 'employer',
      reasons: ['一', '二', '三'],
    });
  });

  it('finds the error for a field under nested paths', () => {
    const errors = { 'reasons.0': '退回原因至少 2 个字', at: '请选择答辩时间', 'body.orgId': '请选择推荐单位' };
    const field = (action: AvailableAction['action'], key: string) => fieldsFor(action, app, available(action)).find((f) => f.key === key)!;
    expect(errorFor(errors, field('return_for_correction', 'reasons'))).toBe('退回原因至少 2 个字');
    expect(errorFor(errors, field('recommend', 'body'))).toBe('请选择推荐单位');
    expect(errorFor({ 'input.reasons.1': '退回原因至少 2 个字' }, field('return_for_correction', 'reasons'))).toBe('退回原因至少 2 个字');
    // The defense's instant is one field, its issue under the date (asking for the date when none was sent); the
    // time of day has no field of its own, so no error.
    expect(errorFor(errors, field('schedule_defense', 'at'), { date: '2026-05-10' })).toBe('请选择答辩时间');
    expect(errorFor(errors, field('schedule_defense', 'at'))).toBe('请选择答辩日期');
    expect(fieldsFor('schedule_defense', app, available('schedule_defense')).map((f) => f.key)).toEqual(['at', 'place']);
    expect(errorFor(errors, field('schedule_defense', 'place'))).toBeUndefined();
  });

  it('return_for_correction offers only the parties the file may go back to', () => {
    const f = fieldsFor('return_for_correction', app, available('return_for_correction', { returnTo: ['applicant', 'employer'] }));
    expect(f[0].options?.map((o) => o.label)).toEqual(['申报人', '申报单位']);
  });
});

describe('Timeline', () => {
  it('marks the current step and shows later ones with their expected dates', () => {
    const app = newApp('socialized', 'intermediate');
    const { container } = render(<Timeline app={app} expected={app.expected} />);
    const current = container.querySelector('.timeline-step--current');
    expect(current?.getAttribute('data-stage')).toBe('draft');
    expect(container.querySelectorAll('.timeline-step--done')).toHaveLength(0);
    expect(container.querySelector('[data-stage="awaiting_defense"]')?.className).toContain('timeline-step--later');
    expect(container.querySelector('[data-stage="completed"]')).not.toBeNull();
  });
});

describe('ApplicationCard', () => {
  it('shows the stage, the holder, the due date and the overdue mark', () => {
    const { container } = render(
      <ApplicationCard
        item={{
          id: 'a1',
          workflow: 'socialized',
          stage: 'employer_review',
          stageLabel: '单位审核',
          status: 'in_progress',
          applicantName: '王*国',
          employer: '瑞科稀土',
          district: '150271',
          series: 'engineering',
          level: 'intermediate',
          titleName: '工程师',
          routeId: 'art2-intermediate',
          holder: '瑞科稀土人事部门',
          dueBy: '2026-12-01',
          overdue: true,
          updatedAt: '2026-11-20T00:00:00Z',
          version: 2,
        }}
        showApplicant
        onOpen={() => undefined}
      />,
    );
    expect(container.querySelector('.app-card__stage')?.textContent).toBe('单位审核');
    expect(container.querySelector('.app-card__holder')?.textContent).toContain('瑞科稀土人事部门');
    expect(container.querySelector('.app-card__due')?.textContent).toContain('2026 年 12 月 1 日');
    expect(container.querySelector('.app-card__overdue')).not.toBeNull();
    expect(container.textContent).toContain('王*国 · 工程师');
  });
});
