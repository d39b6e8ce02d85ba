/**
 * 微信交流群 (第六条) in the browser with the demo data, the scenario: the 稀土高新区 officer creates a
 * liaison group from 我的 → shares its binding card and opens it "from" a WeChat group (the local open-data path)
 * → the group is bound → two HR open the group card from that WeChat group: one joins at once, the other (a new
 * user) is led to claim their employer with an invitation code and then joins → both enterprises are on the
 * officer's roster → one HR asks a question → the officer answers citing 第二条 and makes it a 常见问题 → anyone
 * finds it by search on 政策 → the district's coverage went up by the new enterprise.
 * Screenshots (phone size, normal and large type) go to GROUPS_SHOTS when set.
 */
import type { Browser, Page } from 'playwright-core';
import type { HostStack } from '../support/host';
import { startApp } from './support/app';
import { here, launchChromium, phonePage, settled, signInAt, shootPage, openDesk } from './support/browser';

jest.setTimeout(300_000);

let app: HostStack;
let browser: Browser;
beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const GROUP = '稀土高新区装备制造企业联络群';
const CHAT = 'wx-other-group';
const QUESTION = '我们公司的技术员没有中级职称，能否直接申报高级工程师？需要哪些业绩材料？';
const ANSWER = '可以。按第二条，非公企业专业技术人员业绩突出的，可不受逐级晋升限制直接申报，请准备专利、标准等业绩证明。';

const shoot = (page: Page, name: string) => shootPage(page, process.env.GROUPS_SHOTS, name);
const go = (page: Page, path: string) => page.goto(`${app.url}/#${path}`);
const n = async (page: Page, selector: string) => Number(await page.locator(here(selector)).getAttribute('data-n'));

async function coverageCovered(page: Page): Promise<number> {
  await go(page, '/packages/groups/coverage/index?district=150271');
  await settled(page, '#coverage-covered');
  return n(page, '#coverage-covered');
}

test('an officer creates and binds a group; two HR join from it; a question is answered citing 第二条, becomes a 常见问题 found on 政策; coverage goes up', async () => {
  // ---- the officer creates the group from 我的
  const officer = await phonePage(browser);
  await signInAt(officer, app.url, 'demo-district-xtgx');
  const coveredBefore = await coverageCovered(officer);
  await go(officer, '/pages/me/index');
  await openDesk(officer);
  await settled(officer, '#work-entry-groups');
  await officer.click(here('#work-entry-groups'));
  await settled(officer, '#groups-list-page');
  await officer.click(here('#groups-new'));
  await settled(officer, '#group-edit-page');
  await officer.fill(here('#edit-name input'), GROUP);
  await officer.click(here('#edit-create'));
  await settled(officer, '#group-page[data-bound="false"]');
  const groupId = (await officer.locator(here('#group-page')).getAttribute('data-id'))!;
  expect(await officer.locator(here('#group-bound')).innerText()).toContain('未绑定');
  await settled(officer, '#share-bind[data-ready="true"]');
  await shoot(officer, 'group-unbound');

  // ---- the binding card, opened from the WeChat group: the group is bound
  await officer.click(here(`#dev-open-bind-${CHAT}`));
  await settled(officer, '#group-enter-page[data-state="bound"]');
  await shoot(officer, 'group-bound');
  await officer.click(here('#enter-continue'));
  await settled(officer, '#group-page[data-bound="true"]');
  await settled(officer, '#share-group[data-ready="true"]');
  const card = (await officer.locator(here('#share-group')).getAttribute('data-path'))!;
  expect(card).toContain(`g=${groupId}`);
  const fromChat = `${card}&devGroup=${CHAT}`;

  // ---- HR 1 opens the group card from the WeChat group and joins the roster
  const hr = await phonePage(browser);
  await signInAt(hr, app.url, 'demo-hr-1');
  await go(hr, fromChat);
  await settled(hr, '#group-enter-page[data-state="entered"]');
  expect(await hr.locator(here('#group-enter-page')).getAttribute('data-outcome')).toBe('joined');
  expect(await hr.locator(here('#enter-title')).innerText()).toContain(GROUP);

  // ---- a new user opens it: led to claim the employer with an invitation code, then joins
  const newcomer = await phonePage(browser);
  await signInAt(newcomer, app.url, 'demo-applicant-new');
  await go(newcomer, fromChat);
  await settled(newcomer, '#group-enter-page[data-state="entered"]');
  expect(await newcomer.locator(here('#group-enter-page')).getAttribute('data-outcome')).toBe('needs_employer');
  await shoot(newcomer, 'group-needs-employer');
  await newcomer.click(here('#enter-claim'));
  await settled(newcomer, '#claim-form');
  await newcomer.fill(here('#claim-code-input input'), 'BTZC2345');
  await newcomer.click(here('#claim-submit'));
  await settled(newcomer, '#claim-success');
  await go(newcomer, fromChat);
  await settled(newcomer, '#group-enter-page[data-state="entered"]');
  expect(await newcomer.locator(here('#group-enter-page')).getAttribute('data-outcome')).toBe('joined');

  // ---- the officer sees both enterprises on the roster, with their HR (phones masked)
  await go(officer, `/packages/groups/group/index?id=${groupId}`);
  await settled(officer, '#roster[data-view="contacts"][data-total="2"] .roster-item');
  expect(await officer.locator(here('.roster-item')).count()).toBe(2);
  const phones = await officer.locator(here('.roster-contact__phone')).allInnerTexts();
  expect(phones.some((p) => /^1\d{2}\*{4}\d{4}$/.test(p.trim()))).toBe(true);
  expect(phones.join(' ')).not.toMatch(/\d{11}/);
  await shoot(officer, 'group-roster');

  // ---- HR 1 asks a question
  await go(hr, `/packages/groups/ask/index?groupId=${groupId}`);
  await settled(hr, '#ask-page');
  await hr.fill(here('#ask-text textarea'), QUESTION);
  expect(await hr.locator(here('#ask-text-count')).getAttribute('data-n')).toBe(String(Array.from(QUESTION).length));
  await shoot(hr, 'group-ask');
  await hr.click(here('#ask-submit'));
  await settled(hr, '#question-page[data-status="open"]');
  const questionId = (await hr.locator(here('#question-page')).getAttribute('data-id'))!;

  // ---- the officer answers it citing 第二条 and makes it a 常见问题
  await go(officer, `/packages/groups/question/index?id=${questionId}`);
  await settled(officer, '#answer-form');
  await officer.fill(here('#answer-text textarea'), ANSWER);
  const art2 = officer.locator(here('#answer-clauses .qa-clause[data-clause="第二条"]'));
  await art2.click();
  expect(await art2.getAttribute('aria-checked')).toBe('true');
  await shoot(officer, 'group-answer');
  await officer.click(here('#answer-submit'));
  await settled(officer, '#question-page[data-status="answered"]');
  expect(await officer.locator(here('#question-answer-clauses')).innerText()).toContain('第二条');
  await officer.click(here('#promote-open'));
  await settled(officer, '#promote-form');
  await officer.click(here('#promote-submit'));
  await settled(officer, '#promote-done');

  // ---- anyone finds it by search on 政策 (a visitor too: another browser context, not signed in)
  const visitor = await phonePage(browser);
  await go(visitor, '/pages/policy/index');
  await settled(visitor, '#policy-faq-input');
  await visitor.fill(here('#policy-faq-input input'), '高级工程师');
  await visitor.click(here('#policy-faq-search'));
  await settled(visitor, '#faq-results .faq-item');
  const found = await visitor.locator(here('#faq-results')).innerText();
  expect(found).toContain('直接申报高级工程师');
  expect(found).toContain('第二条');
  await shoot(visitor, 'faq-search');

  // ---- coverage of 稀土高新区 went up by the newcomer's enterprise (HR 1's was covered already)
  expect(await coverageCovered(officer)).toBe(coveredBefore + 1);
  await shoot(officer, 'group-coverage');
});
