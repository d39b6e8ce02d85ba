import type { Browser, Page } from 'playwright-core';
import { DEMO_PROFILES, DEMO_USERS } from '../../local/seed';
import { launchChromium, phonePage, settled, signInAt, openDesk } from './support/browser';
import { startApp } from './support/app';
import type { HostStack } from '../support/host';

jest.setTimeout(60_000);

let app: HostStack;
let browser: Browser;
beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const signInAs = (page: Page, openid: string) => signInAt(page, app.url, openid);

const roleChips = (page: Page) => page.locator('.taro_page_stationed .me-role').allInnerTexts();

describe('我的 shows who you are, for every demo role', () => {
  const withProfile = DEMO_USERS.flatMap((u) => {
    const profile = DEMO_PROFILES.find((p) => p.openid === u.openid);
    return profile ? [{ ...u, name: profile.name }] : [];
  });

  it.each(withProfile.map((u) => [u.roleLabel, u.openid, u]))('%s (%s)', async (_label, _openid, user) => {
    const page = await phonePage(browser);
    await signInAs(page, user.openid);
    await page.locator('.taro_page_stationed #me-name').filter({ hasText: user.name }).waitFor();
    const chips = (await roleChips(page)).join(' | ');
    expect(chips).toContain('申报人');
    if (user.role !== 'applicant') expect(chips).toContain(user.roleLabel);
    // The id is masked on screen.
    expect(await page.locator('.taro_page_stationed #me-openid').innerText()).not.toContain(user.openid);
    await page.context().close();
  });

  it('asks a brand-new user to fill in their name', async () => {
    const page = await phonePage(browser);
    await signInAs(page, 'demo-applicant-new');
    await page.locator('.taro_page_stationed #me-name.me__name--empty').waitFor();
    expect((await roleChips(page)).join()).toContain('申报人');
    await page.context().close();
  });

  it('asks a visitor who has not signed in to sign in', async () => {
    const page = await phonePage(browser);
    await page.goto(`${app.url}/#/pages/me/index`);
    await settled(page, '#signin-prompt');
    await page.context().close();
  });
});

describe('joining an employer with an invitation code', () => {
  it('an officer issues a code on the phone; a new user enters it and becomes the employer’s HR', async () => {
    const officer = await phonePage(browser);
    await signInAs(officer, 'demo-district-kdl');
    await openDesk(officer);
    await officer.click('.taro_page_stationed #admin-entry-invite');
    await settled(officer, '#invite-org-picker');
    await officer.click('.taro_page_stationed #invite-org-picker');
    const confirm = officer.locator('.weui-picker__action').last();
    await confirm.waitFor({ state: 'visible' });
    const orgName = (await officer.locator('.weui-picker__item').first().innerText()).trim();
    await confirm.click();
    await officer.click('.taro_page_stationed #invite-submit');
    await settled(officer, '#invite-code');
    const code = (await officer.locator('.taro_page_stationed #invite-code').innerText()).trim();
    expect(code).toMatch(/^[A-Z2-9]{8}$/);
    await officer.context().close();

    const hr = await phonePage(browser);
    await signInAs(hr, 'demo-applicant-2');
    await hr.fill('.taro_page_stationed #claim-code-input input', code.toLowerCase());
    await hr.click('.taro_page_stationed #claim-submit');
    await settled(hr, '#claim-success');
    await hr.locator('.taro_page_stationed .me-role', { hasText: '单位人事' }).waitFor();
    expect((await roleChips(hr)).join(' | ')).toContain(orgName.split(' ')[0].slice(0, 6));

    // The same code cannot be used twice.
    const other = await phonePage(browser);
    await signInAs(other, 'demo-applicant-1');
    await other.fill('.taro_page_stationed #claim-code-input input', code);
    await other.click('.taro_page_stationed #claim-submit');
    await settled(other, '#claim-error');
    expect(await other.locator('.taro_page_stationed #claim-error').innerText()).toContain('邀请码无效');
    await hr.context().close();
    await other.context().close();
  });
});
