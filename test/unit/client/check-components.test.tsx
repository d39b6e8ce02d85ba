/** The self-check's small components in jsdom (Taro's H5 React components). */
const openClause = jest.fn();
jest.mock('../../../client/src/services/policy/links', () => ({
  ...jest.requireActual('../../../client/src/services/policy/links'),
  openClause: (id: string) => openClause(id),
}));

import { fireEvent, render } from '@testing-library/react';
import { evaluate } from '@shared/policy/evaluate';
import type { Condition } from '@shared/policy/types';
import { VerdictChip } from '../../../client/src/features/check/result/VerdictChip';
import { ConditionRow } from '../../../client/src/features/check/result/ConditionRow';
import { RouteCard } from '../../../client/src/features/check/result/RouteCard';
import { ChoiceField, YES_NO_UNSURE } from '../../../client/src/components/ChoiceField';
import { MultiChoiceField } from '../../../client/src/components/MultiChoiceField';
import { DateField } from '../../../client/src/components/DateField';
import { StepProgress } from '../../../client/src/components/StepProgress';
import { GreenChannelQuarter } from '../../../client/src/features/check/result/GreenChannelQuarter';
import { NextStepsView } from '../../../client/src/features/check/result/NextStepsView';
import { SeriesStep } from '../../../client/src/features/check/form/steps';
import { emptyForm } from '../../../client/src/features/check/services/form';
import { nextGreenChannel } from '@shared/policy/calendar';

const result = evaluate(
  {
    sector: 'non_public_enterprise',
    education: { level: 'bachelor', graduatedOn: '2023-07-01' },
    workPeriods: [{ from: '2023-07-15', to: null, kind: 'professional_technical' }],
    appliedSeries: 'engineering',
    achievements: { intermediate: true },
  },
  { asOf: '2026-11-24' },
);
const intermediate = result.routes.find((r) => r.id === 'art2-intermediate')!;

describe('VerdictChip', () => {
  it('says when a not-yet route becomes possible', () => {
    const { container } = render(<VerdictChip verdict="not_yet" eligibleFrom="2028-07-14" />);
    const chip = container.querySelector('.verdict-chip');
    expect(chip?.textContent).toBe('暂未满足（2028 年 7 月 14 日起可能符合）');
    expect(chip?.className).toContain('verdict-chip--not_yet');
  });
});

describe('ConditionRow', () => {
  const seniority = intermediate.conditions.find((c) => c.id === 'seniority') as Condition;

  it('shows ✗ and the detail; the clause’s sentence one tap away, the clause page one more', () => {
    const { container } = render(<ConditionRow condition={seniority} />);
    const row = container.querySelector('.condition-row')!;
    expect(row.className).toContain('condition-row--unmet');
    expect(row.querySelector('.condition-row__icon')?.textContent).toBe('✗');
    expect(row.querySelector('.condition-row__quote')).toBeNull();
    fireEvent.click(row.querySelector('.condition-row__clause')!);
    expect(row.querySelector('.condition-row__quote')?.textContent).toContain('大学本科毕业且从事专业技术工作满5年');
    fireEvent.click(row.querySelector('.condition-row__open')!);
    expect(openClause).toHaveBeenCalledWith('第二条');
  });
});

describe('RouteCard', () => {
  it('carries the title sought, the chip, the eligible-from date and one row per condition', () => {
    const { container } = render(<RouteCard route={intermediate} />);
    const card = container.querySelector('#route-art2-intermediate')!;
    expect(card.className).toContain('route-card--not_yet');
    expect(card.querySelector('.route-card__title')?.textContent).toBe('申报工程师');
    expect(card.querySelector('.route-card__from')?.textContent).toContain('2028 年 7 月 14 日');
    // Conditions folded behind a button with aria-expanded (issue 10), one tap away.
    const toggle = card.querySelector('.route-card__toggle-conditions')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(card.querySelector('.condition-row')).toBeNull();
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(card.querySelectorAll('.condition-row')).toHaveLength(intermediate.conditions.length);
    expect(card.querySelector('.next-steps')).toBeNull();
    fireEvent.click(card.querySelector('.route-card__toggle-steps')!);
    expect(card.querySelector('.next-steps__body--best')).not.toBeNull();
    expect(card.querySelector('.next-steps__privileges')?.textContent).toContain('继续教育');
  });
});

describe('form fields', () => {
  it('ChoiceField: options as big rows, the chosen one marked, the error under it', () => {
    const onChange = jest.fn();
    const { container } = render(
      <ChoiceField
        id="check-special"
        label="是否"
        options={YES_NO_UNSURE}
        value="no"
        error="请选择“是”或“否”"
        onChange={onChange}
        inline
      />,
    );
    expect(container.querySelector('#check-special-no')?.className).toContain('choice__option--on');
    expect(container.querySelector('#check-special-error')?.textContent).toBe('请选择“是”或“否”');
    fireEvent.click(container.querySelector('#check-special-unsure')!);
    expect(onChange).toHaveBeenCalledWith('unsure');
  });

  it('MultiChoiceField keeps the list’s order whatever the order of taps', () => {
    const onChange = jest.fn();
    const options = [
      { value: 'a', label: 'A' },
      { value: 'b', label: 'B' },
      { value: 'c', label: 'C' },
    ];
    const { container } = render(<MultiChoiceField id="m" label="多选" options={options} value={['c']} onChange={onChange} />);
    fireEvent.click(container.querySelector('#m-a')!);
    expect(onChange).toHaveBeenLastCalledWith(['a', 'c']);
    fireEvent.click(container.querySelector('#m-c')!);
    expect(onChange).toHaveBeenLastCalledWith([]);
  });

  it('DateField shows the date in words, or the placeholder, and its error', () => {
    const { container, rerender } = render(
      <DateField id="d" label="毕业时间" value="2015-07-01" end="2026-11-24" onChange={() => undefined} />,
    );
    expect(container.textContent).toContain('2015 年 7 月 1 日');
    rerender(<DateField id="d" label="毕业时间" value="" end="2026-11-24" error="请填写毕业时间" onChange={() => undefined} />);
    expect(container.textContent).toContain('点此选择日期');
    expect(container.querySelector('#d-error')?.textContent).toBe('请填写毕业时间');
  });

  it('StepProgress: 「第 2 步，共 6 步」', () => {
    const { container } = render(<StepProgress index={1} total={6} title="您的学历" />);
    expect(container.querySelector('.step-progress__count')?.textContent).toBe('第 2 步，共 6 步');
  });
});

describe('issue 7 on the result page and the form', () => {
  it('GreenChannelQuarter marks the month the day falls in (China time) and says what it is for', () => {
    const { container } = render(<GreenChannelQuarter calendar={nextGreenChannel('2026-12-01')} />);
    const months = Array.from(container.querySelectorAll('.check-quarter__month'));
    expect(months.map((m) => m.textContent)).toEqual(['10 月申报', '11 月评审', '12 月核准发证本月']);
    expect(months[2].className).toContain('check-quarter__month--now');
    expect(months[2].getAttribute('aria-current')).toBe('date');
    expect(container.querySelector('#check-green-quarter')?.getAttribute('aria-label')).toBe('2026年第4季度绿色通道安排');
    expect(container.querySelector('#check-green-today')?.textContent).toContain('2026-12-01（北京时间）在2026年第4季度的第三个月');
    expect(container.querySelector('#check-green-next')?.textContent).toContain('下一次绿色通道申报在 2027-01');
    fireEvent.click(container.querySelector('.cite-link')!);
    expect(openClause).toHaveBeenCalledWith('附件1 第二项');
  });

  it('GreenChannelQuarter shows only the next application for a result saved before it knew the month', () => {
    const { today: _today, ...old } = nextGreenChannel('2026-12-01');
    const { container } = render(<GreenChannelQuarter calendar={old as never} />);
    expect(container.querySelector('#check-green-quarter')).toBeNull();
    expect(container.querySelector('#check-green-next')?.textContent).toContain('2027-01');
  });

  it('NextStepsView cites 第四条 from the step itself', () => {
    const steps = result.routes.find((r) => r.id === 'art2-intermediate')!.nextSteps!;
    const { container } = render(<NextStepsView steps={steps} />);
    const cite = Array.from(container.querySelectorAll('.next-steps__privileges .cite-link')).map((c) => c.getAttribute('data-clause'));
    expect(cite).toContain('第四条');
  });

  it('the round question keeps 暂不选择 by default and says it counts to the open round; 按今天计算 is offered', () => {
    const open = {
      id: 'r-open',
      name: '2026年度工程系列社会化评审',
      applyFrom: '2026-11-01',
      applyTo: '2026-12-31',
      seniorityCutoff: '2026-06-30',
      publishedBy: '包头市人力资源和社会保障局',
      publishedAt: '2026-10-01',
    };
    const props = {
      form: emptyForm(),
      applies: {} as never,
      today: '2026-11-24',
      err: () => undefined,
      set: jest.fn(),
      onRound: jest.fn(),
    };
    const { container } = render(<SeriesStep {...props} rounds={{ status: 'ok', items: [open] }} />);
    const none = container.querySelector('#check-round-id-none')!;
    expect(none.className).toContain('choice__option--on');
    expect(none.textContent).toContain('按正在申报的“2026年度工程系列社会化评审”计算：年限算到 2026 年 6 月 30 日');
    expect(container.querySelector('#check-round-id-today')?.textContent).toContain('按今天计算');
    expect(container.querySelector('#check-round-id-r-open')?.textContent).toContain('正在申报');
    fireEvent.click(container.querySelector('#check-round-id-today')!);
    expect(props.set).toHaveBeenCalledWith({ roundId: 'today' });
  });
});
