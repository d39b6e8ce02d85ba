/**
 * 发布通知 in the browser with the demo data: the 昆都仑区 officer opens 发布通知 from 我的, writes an
 * announcement (a paragraph, a clause link) targeted at one industry (钢铁; the district is fixed to their
 * own), sees the reach, confirms the count and publishes; the HR of a 钢铁 employer of the district sees it on
 * 首页 and in 通知 and opening it counts as read — the officer's 送达回执 shows 已读 1; the HR of a 稀土
 * employer does not see it. A target that reaches nobody is refused in words under the target.
 * Screenshots of the three pages (phone size, normal and large type) go to PUBLISH_SHOTS when it is set.
 */
import type { Browser, Page } from 'playwright-core';
import { launchChromium, phonePage, settled, signInAt, here, shootPage, openDesk } from './support/browser';
import { startApp } from './support/app';
import type { HostStack } from '../support/host';

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

const signInAs = (page: Page, openid: string) => signInAt(page, app.url, openid);
const TITLE = '钢铁企业职称申报材料报送提醒';

const shoot = (page: Page, name: string) => shootPage(page, process.env.PUBLISH_SHOTS, name);

test('a district officer publishes to one industry; its HR reads it, the HR of another does not see it', async () => {
  const officer = await phonePage(browser);
  await signInAs(officer, 'demo-district-kdl');
  await openDesk(officer);
  await settled(officer, '#work-entry-publish');
  await officer.click(here('#work-entry-publish'));
  await settled(officer, '#mine-list');
  await shoot(officer, 'publish-mine');
  await officer.click(here('#mine-new'));
  await settled(officer, '#compose-form[data-status="new"]');

  // One capacity: shown, not chosen; the district is fixed to the officer's own.
  expect(await officer.locator(here('#compose-capacity-fixed')).innerText()).toContain('昆都仑区');
  expect(await officer.locator(here('#target-district-fixed')).innerText()).toContain('昆都仑区');
  expect(await officer.locator(here('#target-districts')).count()).toBe(0);

  await officer.fill(here('#compose-title input'), TITLE);
  await officer.click(here('#compose-category-application_notice'));
  expect(await officer.locator(here('#compose-category-application_notice')).getAttribute('aria-checked')).toBe('true');

  // Body: a paragraph, a heading that is then removed, a clause link.
  await officer.click(here('#block-add-paragraph'));
  await officer.fill(here('.block-item[data-index="0"] textarea'), '请各钢铁企业人事于本月底前报送职称申报材料。<script>alert(1)</script>');
  await officer.click(here('#block-add-heading'));
  expect(await officer.locator(here('.block-item')).count()).toBe(2);
  await officer.click(here('.block-item[data-index="1"] .block-remove'));
  expect(await officer.locator(here('.block-item')).count()).toBe(1);
  await officer.click(here('#block-add-clause'));
  expect(await officer.locator(here('.block-item[data-index="1"]')).getAttribute('data-kind')).toBe('clause');

  // The target: 钢铁 only; the live count says how many it reaches.
  await settled(officer, '#compose-reach[data-count]:not([data-count=""])');
  await officer.click(here('#target-industries-钢铁'));
  await officer.waitForFunction(
    () => document.querySelector('.taro_page_stationed #compose-reach')?.textContent?.includes('钢铁') ?? false,
    undefined,
    { timeout: 10_000 },
  );
  const reachText = await officer.locator(here('#compose-reach')).innerText();
  expect(reachText).toMatch(/将送达 \d+ 人/);
  expect(reachText).toContain('范围：昆都仑区 · 钢铁行业');
  const count = Number(await officer.locator(here('#compose-reach')).getAttribute('data-count'));
  expect(count).toBeGreaterThan(0);

  // 预览 renders the blocks as text.
  await officer.click(here('#compose-preview-toggle'));
  await settled(officer, '#compose-preview');
  expect(await officer.locator(here('#compose-preview')).innerText()).toContain('<script>alert(1)</script>');
  expect(await officer.locator(here('#compose-preview script')).count()).toBe(0);

  // The clause link is still unchosen: the function says so under that block, once.
  await officer.click(here('#compose-save'));
  await settled(officer, '#compose-block-1-error');
  expect(await officer.locator(here('#compose-error')).count()).toBe(0);
  await officer.click(here('.block-item[data-index="1"] .block-remove'));
  await shoot(officer, 'publish-compose');

  // 发布: the confirmation names the count.
  await officer.click(here('#compose-publish'));
  await settled(officer, '#compose-confirm');
  expect(await officer.locator(here('#compose-confirm')).innerText()).toContain(`将送达 ${count} 人`);
  expect(await officer.locator(here('#compose-confirm')).getAttribute('role')).toBe('alertdialog');
  await officer.click(here('#compose-confirm-ok'));
  await settled(officer, '#compose-done');
  expect(await officer.locator(here('#compose-done')).innerText()).toContain(`已发布，将送达 ${count} 人`);
  const id = (await officer.locator(here('#compose-form')).getAttribute('data-id'))!;
  expect(id).toBeTruthy();
  expect(await officer.locator(here('#compose-form')).getAttribute('data-status')).toBe('published');

  // The HR of 钢联特钢 (昆都仑区, 钢铁) sees it on 首页 and in 通知; opening it counts as read.
  const hr = await phonePage(browser);
  await signInAs(hr, 'demo-hr-2');
  await hr.goto(`${app.url}/#/pages/home/index`);
  await settled(hr, `#home-notices .home-notice[data-id="${id}"][data-unread="true"]`);
  await hr.goto(`${app.url}/#/packages/notices/list/index`);
  await settled(hr, `.feed-item[data-id="${id}"][data-unread="true"]`);
  await hr.click(here(`.feed-item[data-id="${id}"]`));
  await settled(hr, `#ann-detail[data-id="${id}"]`);
  expect((await hr.locator(here('#ann-title')).innerText()).trim()).toBe(TITLE);
  expect(await hr.locator(here('#ann-body')).innerText()).toContain('<script>alert(1)</script>');
  await hr.context().close();

  // The HR of 瑞科稀土 (稀土高新区, 稀土新材料) does not see it.
  const other = await phonePage(browser);
  await signInAs(other, 'demo-hr-1');
  await other.goto(`${app.url}/#/packages/notices/list/index`);
  await settled(other, '#notices-feed');
  await settled(other, '.feed-item');
  expect(await other.locator(here(`.feed-item[data-id="${id}"]`)).count()).toBe(0);
  await other.goto(`${app.url}/#/packages/notices/detail/index?id=${id}`);
  await settled(other, '#load-error');
  await other.context().close();

  // 我发布的通知 → 送达回执: read 1.
  await officer.goto(`${app.url}/#/packages/publish/mine/index`);
  await settled(officer, `.mine-item[data-id="${id}"][data-status="published"]`);
  expect(await officer.locator(here(`.mine-item[data-id="${id}"] .mine-item__status`)).innerText()).toBe('已发布');
  await officer.click(here(`.mine-item[data-id="${id}"]`));
  await settled(officer, `#receipts-page[data-id="${id}"] #receipts-counts`);
  await settled(officer, '#receipts-count-read[data-n="1"]');
  await settled(officer, '.receipt-row[data-read="true"]');
  await shoot(officer, 'publish-receipts');
  const [download] = await Promise.all([officer.waitForEvent('download'), officer.click(here('#receipts-export'))]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  await settled(officer, '#receipts-export-done');
  await officer.context().close();
});

test('a target that reaches nobody is said so, and publishing it is refused in words under the target', async () => {
  const officer = await phonePage(browser);
  await signInAs(officer, 'demo-district-kdl');
  await officer.goto(`${app.url}/#/packages/publish/compose/index`);
  await settled(officer, '#compose-form[data-status="new"]');
  await officer.fill(here('#compose-title input'), '农牧业企业专场通知');
  await officer.click(here('#compose-category-other'));
  await officer.click(here('#block-add-paragraph'));
  await officer.fill(here('.block-item[data-index="0"] textarea'), '本区没有农牧业企业，这条通知不会送达任何人。');
  await officer.click(here('#target-industries-农牧业'));
  await settled(officer, '#compose-reach.reach--none');
  expect(await officer.locator(here('#compose-reach')).innerText()).toContain('发布范围内目前没有人');
  await officer.click(here('#compose-publish'));
  await settled(officer, '#compose-target-error');
  expect(await officer.locator(here('#compose-target-error')).innerText()).toContain('发布范围内目前没有人，请放宽发布范围后再发布');
  expect(await officer.locator(here('#compose-confirm')).count()).toBe(0);
  expect(await officer.locator(here('#compose-error')).count()).toBe(0);
  // Saved as a draft all the same: it is in 我发布的通知 as 草稿.
  const id = await officer.locator(here('#compose-form')).getAttribute('data-id');
  await officer.goto(`${app.url}/#/packages/publish/mine/index`);
  await settled(officer, `.mine-item[data-id="${id}"][data-status="draft"]`);
  expect(await officer.locator(here(`.mine-item[data-id="${id}"] .mine-item__status`)).innerText()).toBe('草稿');
  await officer.context().close();
});
