/**
 * 个人信息保护 in jsdom: the privacy prompt before the first profile save (agree → consent recorded, then the save;
 * 不同意 → nothing sent; the function's CONSENT_REQUIRED asks again even when the device remembered), the privacy
 * page (every kind of information with why, how long, who sees it; no WeChat contract button on H5) and 我的数据
 * (sections and counts, 注销 only after typing the confirmation, then the device forgets the consent).
 * The API is mocked at the module boundary; envelopes have the contracts' shapes.
 */
import { act, fireEvent, render, waitFor } from '@testing-library/react';
import { type } from './support/events';
import { DELETE_CONFIRMATION, PRIVACY_POLICY_VERSION } from '@shared/privacy';
import { COLLECTED } from '@shared/privacy/guide';

jest.mock('@tarojs/taro', () =>
  jest.requireActual('./support/pages').taroModule({
    showToast: () => Promise.resolve(),
  }),
);
jest.mock('../../../client/src/services/api', () => jest.requireActual('./support/pages').apiModule());
import { fail, ok, page, resetPage, store } from './support/pages';

import { ProfileForm } from '../../../client/src/features/me/ProfileForm';
import { PrivacyPrompt } from '../../../client/src/components/privacy/PrivacyPrompt';
import { CONSENT_KEY, rememberedConsent } from '../../../client/src/services/privacy/consent';
import PrivacyPolicy from '../../../client/src/features/privacy/PolicyPage';
import MyData from '../../../client/src/features/privacy/MinePage';

const actions = () => page.calls.map((c) => `${c.fn}.${c.action}`);
const consentAnswer = () => ok({ version: PRIVACY_POLICY_VERSION, at: '2026-12-01T00:00:00.000Z' });

function profilePage(consent: { version: string } | null) {
  const onSaved = jest.fn();
  const view = render(
    <>
      <ProfileForm consent={consent} onSaved={onSaved} />
      <PrivacyPrompt />
    </>,
  );
  type(view.container.querySelector('#profile-name-input'), '王建国');
  return { ...view, onSaved, save: () => fireEvent.click(view.container.querySelector('#profile-submit')!) };
}

beforeEach(() => {
  resetPage();
  page.storage.clear();
});

describe('the privacy prompt before the first profile save', () => {
  it('asks first; 同意 records the consent, remembers it, then saves', async () => {
    page.answers['identity.privacy.consent'] = consentAnswer;
    page.answers['identity.updateProfile'] = () => ok({ name: '王建国' });
    const v = profilePage(null);
    expect(v.container.querySelector('#privacy-prompt')).toBeNull();
    v.save();
    await waitFor(() => expect(v.container.querySelector('#privacy-prompt')).not.toBeNull());
    expect(v.container.querySelector('#privacy-prompt')!.getAttribute('role')).toBe('dialog');
    expect(actions()).toEqual([]);
    await act(async () => void fireEvent.click(v.container.querySelector('#privacy-agree')!));
    await waitFor(() => expect(v.onSaved).toHaveBeenCalled());
    expect(actions()).toEqual(['identity.privacy.consent', 'identity.updateProfile']);
    expect(page.calls[0].input).toEqual({ version: PRIVACY_POLICY_VERSION });
    expect(rememberedConsent()).toBe(true);
    expect(v.container.querySelector('#privacy-prompt')).toBeNull();
  });

  it('不同意 sends nothing at all', async () => {
    const v = profilePage(null);
    v.save();
    await waitFor(() => expect(v.container.querySelector('#privacy-prompt')).not.toBeNull());
    await act(async () => void fireEvent.click(v.container.querySelector('#privacy-disagree')!));
    expect(v.container.querySelector('#privacy-prompt')).toBeNull();
    expect(actions()).toEqual([]);
    expect(rememberedConsent()).toBe(false);
  });

  it('the function on record wins: CONSENT_REQUIRED asks again even though the device remembered', async () => {
    store(CONSENT_KEY, PRIVACY_POLICY_VERSION);
    Object.assign(page.answers, { 'identity.privacy.consent': consentAnswer });
    let saves = 0;
    page.answers['identity.updateProfile'] = () =>
      ++saves === 1 ? fail('CONSENT_REQUIRED', '请先阅读并同意《职称通隐私保护指引》，再保存个人资料') : ok({ name: '王建国' });
    const v = profilePage({ version: PRIVACY_POLICY_VERSION });
    v.save();
    await waitFor(() => expect(v.container.querySelector('#privacy-prompt')).not.toBeNull());
    await act(async () => void fireEvent.click(v.container.querySelector('#privacy-agree')!));
    await waitFor(() => expect(v.onSaved).toHaveBeenCalled());
    expect(actions()).toEqual(['identity.updateProfile', 'identity.privacy.consent', 'identity.updateProfile']);
  });

  it('with consent on record, saves without asking', async () => {
    page.answers['identity.updateProfile'] = () => ok({ name: '王建国' });
    const v = profilePage({ version: PRIVACY_POLICY_VERSION });
    v.save();
    await waitFor(() => expect(v.onSaved).toHaveBeenCalled());
    expect(v.container.querySelector('#privacy-prompt')).toBeNull();
    expect(actions()).toEqual(['identity.updateProfile']);
  });

  it('links to the privacy page from the prompt', async () => {
    const v = profilePage(null);
    v.save();
    await waitFor(() => expect(v.container.querySelector('#privacy-read')).not.toBeNull());
    fireEvent.click(v.container.querySelector('#privacy-read')!);
    expect(page.navigateTo).toHaveBeenCalledWith({ url: '/packages/privacy/policy/index' });
  });
});

describe('the privacy page', () => {
  it('says for every kind of information why, how long and who sees it; no WeChat contract on H5', () => {
    const v = render(<PrivacyPolicy />);
    const items = Array.from(v.container.querySelectorAll('.privacy-item'));
    expect(items).toHaveLength(COLLECTED.length);
    items.forEach((el, i) => {
      expect(el.textContent).toContain(COLLECTED[i].what);
      expect(el.textContent).toContain(`保存期限：${COLLECTED[i].retention}`);
      expect(el.textContent).toContain(`谁能看到：${COLLECTED[i].whoSees}`);
    });
    expect(v.container.textContent).toContain('已提交的材料');
    expect(v.container.querySelector('#privacy-version')!.textContent).toContain(PRIVACY_POLICY_VERSION);
    expect(v.container.querySelector('#privacy-contract')).toBeNull();
  });
});

describe('我的数据', () => {
  const exported = ok({
    generatedAt: '2026-12-01T08:00:00.000Z',
    sections: [
      { key: 'profile', label: '个人资料', count: 1, truncated: false, records: [{ name: '王建国' }] },
      { key: 'inbox', label: '站内消息', count: 0, truncated: false, records: [] },
    ],
  });

  it('shows each section with its count; 注销 only after the typed confirmation, then the device forgets consent', async () => {
    store(CONSENT_KEY, PRIVACY_POLICY_VERSION);
    page.answers['identity.mine.export'] = () => exported;
    page.answers['identity.mine.delete'] = () => ok({ deleted: true, removed: 5, anonymised: 2 });
    const v = render(<MyData />);
    await waitFor(() => expect(v.container.querySelectorAll('.mine-section')).toHaveLength(1));
    expect(Array.from(v.container.querySelectorAll('.mine-section__count')).map((e) => e.textContent)).toEqual(['个人资料：1 条']);
    // The kinds with no record, in one line rather than a column of “0 条”.
    expect(v.container.querySelector('#mine-empty')?.textContent).toBe('没有记录：站内消息');
    const submit = v.container.querySelector('#mine-delete-submit')!;
    type(v.container.querySelector('#mine-delete-input'), '注销');
    fireEvent.click(submit);
    expect(actions()).toEqual(['identity.mine.export']);
    type(v.container.querySelector('#mine-delete-input'), DELETE_CONFIRMATION);
    await act(async () => void fireEvent.click(v.container.querySelector('#mine-delete-submit')!));
    await waitFor(() => expect(v.container.querySelector('#mine-deleted')).not.toBeNull());
    expect(page.calls[1]).toMatchObject({ action: 'mine.delete', input: { confirm: DELETE_CONFIRMATION } });
    expect(rememberedConsent()).toBe(false);
  });

  it('says why a deletion was refused', async () => {
    page.answers['identity.mine.export'] = () => exported;
    page.answers['identity.mine.delete'] = () => fail('NOT_ALLOWED_NOW', '您有正在办理的职称申报，请先撤回或等办结后再注销账号');
    const v = render(<MyData />);
    await waitFor(() => expect(v.container.querySelector('#mine-delete-input')).not.toBeNull());
    type(v.container.querySelector('#mine-delete-input'), DELETE_CONFIRMATION);
    await act(async () => void fireEvent.click(v.container.querySelector('#mine-delete-submit')!));
    await waitFor(() => expect(v.container.querySelector('#mine-delete-error')?.textContent).toContain('正在办理'));
    expect(v.container.querySelector('#mine-deleted')).toBeNull();
  });
});
