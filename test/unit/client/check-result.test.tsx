/**
 * 自测结果 in jsdom (issue 10): the verdict and the routes in one line come first, the notes folded under a button
 * with aria-expanded; the headline names the highest likely title (the talent persona: 高级工程师); the history
 * entry says the same; and a check is saved only after the privacy prompt when the function has no consent on
 * record (不同意 saves nothing; 同意 records the consent, then saves, then 据此申报 goes on to 进度).
 * The API is mocked at the module boundary; the engine is the real one, on the phone and as the "function".
 */
import { act, configure, fireEvent, render, waitFor } from '@testing-library/react';
import { PRIVACY_POLICY_VERSION } from '@shared/privacy';
import { evaluate } from '@shared/policy/evaluate';
import { headlineRoutes } from '@shared/policy/headline';
import { chinaDate } from '@shared/time/dates';
import talent from '../../fixtures/profiles/high-level-talent.json';

jest.mock('@tarojs/taro', () =>
  jest.requireActual('./support/pages').taroModule({
    showToast: () => Promise.resolve(),
    pageScrollTo: () => Promise.resolve(),
    getCurrentPages: () => [],
  }),
);
jest.mock('../../../client/src/services/api', () => jest.requireActual('./support/pages').apiModule());
import { fail, ok, page, resetPage, store, stored } from './support/pages';
import { fromProfile } from '../../../client/src/features/check/services/form';
import { DRAFT_KEY, newDraft } from '../../../client/src/features/check/services/draft';
import CheckResultPage from '../../../client/src/features/check/ResultPage';

const evaluations = () =>
  page.calls.filter((c) => c.fn === 'eligibility' && c.action === 'evaluate').map((c) => (c.input as { save: boolean }).save);
const today = chinaDate(new Date());
const result = evaluate(talent as never, { asOf: today });
const saved = { id: 'c1', at: '2026-12-02T01:00:00.000Z', asOf: today, routes: headlineRoutes(result.routes) };

function answer(consent: { version: string; at: string } | null) {
  const history: (typeof saved)[] = [];
  Object.assign(page.answers, {
    'identity.whoami': () => ok({ profile: { name: '王建国' }, roles: [], capabilities: {}, organizations: [], privacyConsent: consent }),
    'eligibility.rounds.list': () => ok({ items: [] }),
    'eligibility.history': () => ok({ items: [...history], total: history.length }),
    'eligibility.evaluate': (input: { save: boolean }) => {
      if (input.save) history.push(saved);
      return ok({ result, ...(input.save ? { savedId: 'c1' } : {}) });
    },
    'identity.privacy.consent': () => ok({ version: PRIVACY_POLICY_VERSION, at: '2026-12-02T01:00:00.000Z' }),
  });
}

function open() {
  const form = fromProfile(talent as never);
  Object.assign(form, { hasTitle: 'no', hasSkill: 'no' });
  store(DRAFT_KEY, { ...newDraft(), form, completed: true });
  return render(<CheckResultPage />);
}

// The page evaluates with the real engine on a shared, busy machine: allow the waits room (they bound, not time).
configure({ asyncUtilTimeout: 10_000 });

beforeEach(() => {
  resetPage();
  page.storage.clear();
});

describe('the result reads top-down', () => {
  it('the verdict and the routes first; how it was counted folded under a button with aria-expanded', async () => {
    answer({ version: PRIVACY_POLICY_VERSION, at: '2026-12-01T00:00:00.000Z' });
    const { container } = open();
    const headline = container.querySelector('#check-headline')!;
    expect(container.querySelector('#check-headline-text')?.textContent).toBe('很可能可以申报高级工程师');
    expect(container.querySelector('#check-routes-line')?.textContent).toMatch(/^高级工程师：很可能符合（3 条途径）；工程师：很可能符合/);
    expect(headline.querySelector('#check-disclaimer')?.textContent).toContain('不是最终认定');
    // Nothing but the page title comes before the verdict; the notes are folded.
    const about = container.querySelector('#check-about')!;
    expect(headline.compareDocumentPosition(about) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(headline.compareDocumentPosition(container.querySelector('.route-card')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(about.getAttribute('role')).toBe('button');
    expect(about.getAttribute('aria-expanded')).toBe('false');
    expect(container.querySelector('#check-counted-to')).toBeNull();
    fireEvent.keyDown(about, { key: 'Enter' });
    expect(about.getAttribute('aria-expanded')).toBe('true');
    expect(container.querySelector('#check-counted-to')?.textContent).toBe(result.countedTo.explanation);
    // The first card is the route the headline names, its conditions folded too.
    const first = container.querySelector('.route-card')!;
    expect(first.getAttribute('data-route')).toBe('art8-green-deputy-senior');
    expect(first.querySelector('.condition-row')).toBeNull();
    fireEvent.click(first.querySelector('.route-card__toggle-conditions')!);
    expect(first.querySelectorAll('.condition-row').length).toBe(
      result.routes.find((r) => r.id === 'art8-green-deputy-senior')!.conditions.length,
    );
    // 据此申报 in the bottom bar, outside the cards.
    expect(container.querySelector('#check-bar #check-apply')).not.toBeNull();
    await waitFor(() => expect(container.querySelector('#check-server-status')?.className).toContain('server-status--same'));
  });

  it('names the version of the rules that decided it, in small type beside the review date', async () => {
    answer({ version: PRIVACY_POLICY_VERSION, at: '2026-12-01T00:00:00.000Z' });
    const { container } = open();
    fireEvent.click(container.querySelector('#check-about')!);
    expect(container.querySelector('#check-ruleset')?.textContent).toBe(
      `规则版本 ${result.rulesetVersion} · 最后核对 ${result.lastReviewed}`,
    );
    expect(result.rulesetVersion).toBe('包人社办字〔2021〕82号/规则 1.0@2021-05-08');
    await waitFor(() => expect(container.querySelector('#check-server-status')?.className).toContain('server-status--same'));
  });

  it('consent on record: saved with the confirmation; the history entry says the headline', async () => {
    answer({ version: PRIVACY_POLICY_VERSION, at: '2026-12-01T00:00:00.000Z' });
    const { container } = open();
    await waitFor(() => expect(container.querySelector('.check-history-item')).not.toBeNull());
    expect(evaluations()).toEqual([true]);
    expect(container.querySelector('#check-save')).toBeNull();
    expect(container.querySelector('.check-history-item__headline')?.textContent).toBe(
      container.querySelector('#check-headline-text')?.textContent,
    );
  });
});

describe('the privacy prompt before a check is saved', () => {
  it('no consent on record: confirmed without saving; 据此申报 asks first, 不同意 saves nothing', async () => {
    answer(null);
    const { container } = open();
    await waitFor(() => expect(container.querySelector('#check-server-status')?.className).toContain('server-status--same'));
    expect(evaluations()).toEqual([false]);
    expect(container.querySelector('#check-server-status')?.textContent).toContain('还没有保存');
    expect(container.querySelector('#check-save')).not.toBeNull();

    await act(async () => void fireEvent.click(container.querySelector('#check-apply')!));
    await waitFor(() => expect(container.querySelector('#privacy-prompt')).not.toBeNull());
    await act(async () => void fireEvent.click(container.querySelector('#privacy-disagree')!));
    expect(container.querySelector('#privacy-prompt')).toBeNull();
    expect(container.querySelector('#check-save-declined')?.textContent).toContain('没有保存');
    expect(evaluations()).toEqual([false]);
    expect(page.switchTab).not.toHaveBeenCalled();
  });

  it('同意 records the consent, saves the check, lists it, then 据此申报 goes on to 进度', async () => {
    answer(null);
    const { container } = open();
    await waitFor(() => expect(container.querySelector('#check-save')).not.toBeNull());
    await act(async () => void fireEvent.click(container.querySelector('#check-apply')!));
    await waitFor(() => expect(container.querySelector('#privacy-prompt')).not.toBeNull());
    await act(async () => void fireEvent.click(container.querySelector('#privacy-agree')!));
    await waitFor(() => expect(page.switchTab).toHaveBeenCalledWith({ url: '/pages/progress/index' }));
    const order = page.calls
      .map((c) => `${c.fn}.${c.action}`)
      .filter((a) => a === 'identity.privacy.consent' || a === 'eligibility.evaluate');
    expect(order).toEqual(['eligibility.evaluate', 'identity.privacy.consent', 'eligibility.evaluate']);
    expect(evaluations()).toEqual([false, true]);
    expect(stored('checkSavedId')).toBe('c1');
    await waitFor(() => expect(container.querySelector('.check-history-item__headline')?.textContent).toBe('很可能可以申报高级工程师'));
    expect(container.querySelector('#check-save')).toBeNull();
  });

  it('a visitor (not signed in) is offered no 保存 and sees the sign-in note', async () => {
    answer(null);
    page.answers['identity.whoami'] = () => fail('UNAUTHENTICATED', '请先登录');
    page.answers['eligibility.evaluate'] = () => fail('UNAUTHENTICATED', '请先登录');
    page.answers['eligibility.history'] = () => fail('UNAUTHENTICATED', '请先登录');
    const { container } = open();
    await waitFor(() => expect(container.querySelector('#check-server-status')?.className).toContain('server-status--unauthenticated'));
    expect(evaluations()).toEqual([false]);
    expect(container.querySelector('#check-save')).toBeNull();
  });
});
