/**
 * 角色授权 in the browser with the demo data: the 昆都仑区 officer opens 授予 / 撤销角色 from 我的, finds the
 * person by name (a fragment finds nobody for a district officer; the full name finds 高志远, phone masked),
 * picks them, chooses 单位人事 and one of the district's employers, grants — 已授予 高*远 单位人事（…）; the person
 * now holds the role (whoami); the grant is in 您可管理的授权 and is revoked there after a confirmation.
 */
import type { Browser, Page } from 'playwright-core';
import { launchChromium, phonePage, settled, signInAt, here, openDesk } from './support/browser';
import { startApp } from './support/app';
import { turnWheels } from './support/pickers';
import { callFn, signIn, type HostStack } from '../support/host';

jest.setTimeout(240_000);

let app: HostStack;
let browser: Browser;
beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const EMPLOYER = '包头市钢联特种钢材有限公司';
const rolesOf = async (openid: string) =>
  (
    (await callFn(app.url, 'identity', 'whoami', {}, await signIn(app.url, openid))).body.data.roles as {
      roleLabel: string;
      scopeLabel: string;
    }[]
  ).map((r) => `${r.roleLabel}（${r.scopeLabel}）`);

async function search(page: Page, keyword: string) {
  await page.fill(here('#people-keyword input'), keyword);
  await page.click(here('#people-search'));
}

test('a district officer grants 单位人事 to a person found by name, and revokes it after a confirmation', async () => {
  const officer = await phonePage(browser);
  await signInAt(officer, app.url, 'demo-district-kdl');
  await openDesk(officer);
  await settled(officer, '#admin-entry-roles');
  await officer.click(here('#admin-entry-roles'));
  await settled(officer, '#people-form');
  expect(await officer.locator(here('#people-form')).innerText()).toContain('请输入对方的完整姓名或完整的 11 位手机号');

  await search(officer, '高志');
  await settled(officer, '#people-empty');
  await search(officer, '高志远');
  await settled(officer, '.person-item');
  const found = await officer.locator(here('#people-results')).innerText();
  expect(found).toContain('高志远 · 138****0008');
  expect(found).not.toContain('demo-applicant-1');

  // Nothing picked yet: the form says so under 授权给.
  await officer.click(here('#grant-submit'));
  await settled(officer, '#grant-person-error');

  await officer.click(here('.person-pick'));
  await officer.locator(here('#grant-person')).filter({ hasText: '高志远' }).waitFor();
  await officer.click(here('#grant-role-picker'));
  await turnWheels(officer, ['单位人事']);
  await settled(officer, '#grant-org-picker');
  await officer.click(here('#grant-org-picker'));
  await turnWheels(officer, [`${EMPLOYER}（昆都仑区）`]);
  await officer.click(here('#grant-submit'));
  await settled(officer, '#grant-success');
  expect(await officer.locator(here('#grant-success')).innerText()).toBe(`已授予 高*远 单位人事（${EMPLOYER}）`);
  expect(await rolesOf('demo-applicant-1')).toContain(`单位人事（${EMPLOYER}）`);

  const item = officer.locator(here('.grant-item')).filter({ hasText: `高*远 · 单位人事（${EMPLOYER}）` });
  await item.waitFor();
  await item.locator('.grant-revoke').click();
  await settled(officer, '#revoke-confirm');
  expect(await officer.locator(here('#revoke-confirm')).innerText()).toContain(`确定撤销 高*远 的单位人事（${EMPLOYER}）吗？`);
  await officer.click(here('#revoke-confirm-ok'));
  await settled(officer, '#revoke-success');
  expect(await officer.locator(here('#revoke-success')).innerText()).toBe(`已撤销 高*远 的单位人事（${EMPLOYER}）`);
  expect(await rolesOf('demo-applicant-1')).not.toContain(`单位人事（${EMPLOYER}）`);
  await officer.context().close();
});
