/** The self-check's small components in jsdom (Taro's H5 React components). */
const openClause = jest.fn();
jest.mock('../../../client/src/services/policy/links', () => ({
  ...jest.requireActual('../../../client/src/services/policy/links'),
  openClause: (id: string) => openClause(id),
}));

import { fireEvent, render } from '@testing-library/react';
import { evaluate } from '@shared/policy/evaluate';
import type { Condition } from '@shared/policy/types';
import { VerdictChip } from '../../../client/src/components/check/VerdictChip';
import { ConditionRow } from '../../../client/src/components/check/ConditionRow';
import { RouteCard } from '../../../client/src/components/check/RouteCard';
import { ChoiceField, YES_NO_UNSURE } from '../../../client/src/components/ChoiceField';
import { MultiChoiceField } from '../../../client/src/components/MultiChoiceField';
import { DateField } from '../../../client/src/components/DateField';
import { StepProgress } from '../../../client/src/components/StepProgress';

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
