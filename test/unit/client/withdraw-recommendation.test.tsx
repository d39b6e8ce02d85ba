/**
 * 撤回推荐 on the work detail page (申报详情): the button comes from the action's definition for the file's
 * recommending body, its form asks for the reason, the workflow's own Chinese message shows under the field for a
 * 1-character reason, and after the withdrawal the page shows the answer (the body no longer sees the file).
 * The API answers with the real shared workflow (transition, availableActions) for the body.
 */
import { render, waitFor } from '@testing-library/react';
import { click, type } from './support/events';
import type { Actor } from '@shared/auth/roles';
import type { ActionId } from '@shared/workflow/actions';
import type { Application } from '@shared/workflow/application';
import { availableActions, transition } from '@shared/workflow/machine';
import { CAST, driveTo, hoursLater } from '../../fixtures/workflow';

jest.mock('@tarojs/taro', () => jest.requireActual('./support/pages').taroModule());
jest.mock('../../../client/src/services/api', () => jest.requireActual('./support/pages').apiModule());
import { fail, ok, page, resetPage } from './support/pages';

import WorkDetailPage from '../../../client/src/features/work/DetailPage';

const detailOf = (app: Application, actor: Actor, now: Date) => ({
  application: app,
  available: availableActions(app, actor, now),
  audit: [],
  expected: app.expected,
  holder: app.holder?.label ?? '',
});

/** The file at the body's review; the API as the function answers the body (who loses sight of it once withdrawn). */
function serve() {
  const driven = driveTo('socialized', 'intermediate', 'body_review');
  let app = driven.app;
  const now = hoursLater(driven.now, 1);
  page.routeParams = { id: app.id };
  page.answers['applications.get'] = () =>
    app.recommendingBody ? ok(detailOf(app, CAST.body, now)) : fail('NOT_FOUND', '这份申报不存在或您无权查看');
  page.answers['applications.transition'] = (raw) => {
    const { action, input } = raw as { action: ActionId; input: unknown };
    const r = transition(app, action, CAST.body, now, input);
    if (!r.ok) return fail(r.code, r.message, r.issues);
    app = r.next;
    return ok({ ...detailOf(app, CAST.body, now), replayed: false });
  };
}

beforeEach(() => resetPage());

describe('撤回推荐 on 申报详情', () => {
  it('is offered to the recommending body; its form asks for the reason and shows the Chinese error for 1 character', async () => {
    serve();
    const { container } = render(<WorkDetailPage />);
    await waitFor(() => expect(container.querySelector('#app-action-withdraw_recommendation')).not.toBeNull());
    expect(container.querySelector('#app-action-withdraw_recommendation')?.textContent).toBe('撤回推荐');
    await click(container.querySelector('#app-action-withdraw_recommendation'));
    expect(container.querySelector('#action-form [data-action="withdraw_recommendation"]')).not.toBeNull();
    expect(container.querySelector('#action-form')?.textContent).toContain('撤回推荐的原因');
    expect(container.querySelector('#action-field-reason-count')?.textContent).toBe('已输入 0 / 200 字');

    type(container.querySelector('#action-field-reason'), '否');
    await click(container.querySelector('#action-confirm'));
    await waitFor(() => expect(container.querySelector('#action-field-reason-error')?.textContent).toBe('撤回推荐的原因至少 2 个字'));
    expect(page.calls.find((c) => c.action === 'transition')?.input).toMatchObject({
      action: 'withdraw_recommendation',
      input: { reason: '否' },
    });
    // Shown once, under the field.
    expect(container.querySelector('#action-error')).toBeNull();
  });

  it('after the withdrawal shows the file as the answer gives it, back at 推荐报送', async () => {
    serve();
    const { container } = render(<WorkDetailPage />);
    await waitFor(() => expect(container.querySelector('#app-action-withdraw_recommendation')).not.toBeNull());
    await click(container.querySelector('#app-action-withdraw_recommendation'));
    type(container.querySelector('#action-field-reason'), '不属于本单位推荐范围');
    await click(container.querySelector('#action-confirm'));
    await waitFor(() => expect(container.querySelector('#app-done')?.textContent).toBe('已撤回推荐。'));
    expect(container.querySelector('#app-detail')?.getAttribute('data-stage')).toBe('recommendation');
    expect(container.querySelector('#app-actions')).toBeNull();
    expect(container.querySelector('#load-error')).toBeNull();
  });
});
