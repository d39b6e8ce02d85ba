import type { InputOf } from './index';
import { applicationMoves as applications } from './application-moves';
import { toFieldIssues } from '../errors/field-issues';

type TransitionInput = InputOf<'applications', 'transition'>;
const issues = (value: unknown) => {
  const r = applications.transition.input.safeParse(value);
  return r.success ? [] : toFieldIssues(r.error);
};

describe('applications.transition: one member per action, its input that action’s', () => {
  it('types the input by the action: a field the action does not ask for does not compile', () => {
    const good: TransitionInput = { id: 'app-1', action: 'submit', input: { materialsBound: true }, expectedVersion: 1 };
    // @ts-expect-error 'materialBound' is not a field of submit's input
    const misspelt: TransitionInput = { id: 'app-1', action: 'submit', input: { materialBound: true }, expectedVersion: 1 };
    // @ts-expect-error withdraw asks for a reason, not remarks
    const otherAction: TransitionInput = { id: 'app-1', action: 'withdraw', input: { remarks: '无' }, expectedVersion: 1 };
    expect(issues(good)).toEqual([]);
    expect(issues(misspelt)).toEqual([
      { path: 'input.materialsBound', message: '请确认已按要求准备并装订好书面材料' },
      { path: 'input', message: expect.stringContaining('materialBound') },
    ]);
    expect(issues(otherAction)).toEqual([{ path: 'input', message: expect.stringContaining('remarks') }]);
  });

  it('checks the action’s own fields with its own messages', () => {
    const at = { id: 'app-1', expectedVersion: 2 };
    expect(issues({ ...at, action: 'not_passed', input: { reason: '差' } })).toEqual([
      { path: 'input.reason', message: '未通过原因至少 2 个字' },
    ]);
    expect(issues({ ...at, action: 'recommend', input: { body: { kind: 'talent_centre' } } })).toEqual([
      { path: 'input.body.orgId', message: '请选择推荐单位' },
      { path: 'input.body.name', message: '请填写推荐单位名称' },
    ]);
    // Either workflow's input passes here; the file's own workflow is checked when the machine decides.
    expect(issues({ ...at, action: 'employer_approve', input: {} })).toEqual([]);
    expect(issues({ ...at, action: 'employer_approve', input: { rosterStamped: true } })).toEqual([]);
    expect(issues({ ...at, action: 'accept' })).toEqual([]);
  });

  it('an unknown action, or none, is 不支持的操作; an objection is only bounded (notices.object takes it)', () => {
    expect(issues({ id: 'app-1', action: 'fly', input: {}, expectedVersion: 1 })).toEqual([{ path: 'action', message: '不支持的操作' }]);
    expect(issues({ id: 'app-1', input: {}, expectedVersion: 1 })).toEqual([{ path: 'action', message: '不支持的操作' }]);
    expect(issues({ id: 'app-1', action: 'file_objection', input: { anything: 1 }, expectedVersion: 1 })).toEqual([]);
    expect(issues({ id: 'app-1', action: 'file_objection', input: { text: 'x'.repeat(20_001) }, expectedVersion: 1 })).toEqual([
      { path: 'input', message: '操作内容过长' },
    ]);
  });
});
