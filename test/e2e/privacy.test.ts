/**
 * 个人信息保护 in the browser, as the brand-new demo user meets it: the privacy prompt before the first profile
 * save (不同意 saves nothing; 同意 records the consent, then the profile is saved), the privacy page from the
 * prompt and from 我的, 我的数据 downloaded as JSON and Excel and read back, and 注销账号 after typing the
 * confirmation — then the person is a new user with nothing left.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { DELETE_CONFIRMATION, PRIVACY_POLICY_VERSION } from '../../shared/privacy';
import { COLLECTED } from '../../shared/privacy/guide';
import { here, launchChromium, phonePage, settled, signInAt } from './support/browser';
import { startApp } from './support/app';
import type { HostStack } from '../support/host';

jest.setTimeout(120_000);

let app: HostStack;
let browser: Browser;
beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const NEW = 'demo-applicant-new';

async function saveName(page: Page, name: string) {
  // Once a name is saved the form folds into the summary: 修改资料 opens it.
  if (await page.locator(here('#profile-edit')).count()) await page.click(here('#profile-edit'));
  await page.fill(here('#profile-name-input input'), name);
  await page.click(here('#profile-submit'));
}

describe('privacy for a new user', () => {
  let page: Page;
  beforeAll(async () => {
    page = await phonePage(browser);
    await signInAt(page, app.url, NEW);
  });
  afterAll(() => page?.context().close());

  it('asks before the first profile save; 不同意 saves nothing, 同意 records consent and saves', async () => {
    await settled(page, '#me-name.me__name--empty');
    await saveName(page, '隐私测试');
    await settled(page, '#privacy-prompt');
    expect(await page.locator(here('#privacy-prompt')).getAttribute('role')).toBe('dialog');
    await page.click(here('#privacy-disagree'));
    await page.locator(here('#privacy-prompt')).waitFor({ state: 'detached' });
    expect(await page.locator(here('#me-name.me__name--empty')).count()).toBe(1);

    await page.click(here('#profile-submit'));
    await settled(page, '#privacy-prompt');
    await page.click(here('#privacy-agree'));
    await page.locator(here('#me-name')).filter({ hasText: '隐私测试' }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('privacy.consent'))).toContain(PRIVACY_POLICY_VERSION);

    // Consent once: the next save does not ask again.
    await saveName(page, '隐私测试二');
    await page.locator(here('#me-name')).filter({ hasText: '隐私测试二' }).waitFor();
    expect(await page.locator(here('#privacy-prompt')).count()).toBe(0);
  });

  it('shows the privacy page from 我的: what, why, how long, who sees it', async () => {
    await page.click(here('#me-privacy-policy'));
    await settled(page, '#privacy-policy');
    expect(await page.locator(here('.privacy-item')).count()).toBe(COLLECTED.length);
    const text = await page.locator(here('#privacy-policy')).innerText();
    for (const c of COLLECTED) expect(text).toContain(c.what);
    expect(text).toContain('保存期限');
    expect(text).toContain('谁能看到');
    expect(text).toContain(PRIVACY_POLICY_VERSION);
  });

  it('downloads 我的数据 as JSON and Excel, holding my own records', async () => {
    await page.click(here('#privacy-to-mine'));
    await settled(page, '#mine-data .mine-section');
    expect(await page.locator(here('.mine-section[data-key="profile"] .mine-section__count')).innerText()).toContain('1 条');

    const [json] = await Promise.all([page.waitForEvent('download'), page.click(here('#mine-download-json'))]);
    expect(json.suggestedFilename()).toMatch(/^我的数据-\d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(readFileSync((await json.path())!, 'utf8'));
    const profile = data.sections.find((s: { key: string }) => s.key === 'profile');
    expect(profile.records[0]).toMatchObject({ name: '隐私测试二', privacyConsent: { version: PRIVACY_POLICY_VERSION } });
    const activity = data.sections.find((s: { key: string }) => s.key === 'activity');
    expect(activity.records.map((r: { action: string }) => r.action)).toEqual(
      expect.arrayContaining(['identity.privacy.consent', 'identity.updateProfile']),
    );
    expect(JSON.stringify(data)).not.toContain('demo-applicant-1');

    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.click(here('#mine-download-xlsx'))]);
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync((await xlsx.path())!) as never);
    const sheet = wb.getWorksheet('个人资料')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(sheet.getRow(2).getCell(header.indexOf('name') + 1).value).toBe('隐私测试二');
  });

  it('deletes the account after the typed confirmation; afterwards a new user with nothing left', async () => {
    const submit = page.locator(here('#mine-delete-submit'));
    await page.fill(here('#mine-delete-input input'), '注销');
    expect(await submit.getAttribute('disabled')).not.toBeNull();
    await page.fill(here('#mine-delete-input input'), DELETE_CONFIRMATION);
    await page.click(here('#mine-delete-submit'));
    await settled(page, '#mine-deleted');
    expect(await page.evaluate(() => localStorage.getItem('privacy.consent'))).toBeNull();

    // Back on 我的: no name, and saving one asks for consent again.
    await page.goto(`${app.url}/#/pages/me/index`);
    await settled(page, '#me-name.me__name--empty');
    await saveName(page, '又来了');
    await settled(page, '#privacy-prompt');
    await page.click(here('#privacy-disagree'));

    await page.goto(`${app.url}/#/packages/privacy/mine/index`);
    await settled(page, '#mine-data .mine-section');
    const counts = await page.locator(here('.mine-section__count')).allInnerTexts();
    // Only the new users document whoami made; the old activity now names a pseudonym, not this openid.
    expect(counts.filter((c) => !c.includes('：0 条'))).toEqual([expect.stringContaining('个人资料：1 条')]);
  });
});
