/**
 * 申报进度 in the browser, each step as the right demo role: the applicant applies from the 进度 tab (from a
 * check saved through the function, as 据此申报 leaves it) and submits; HR approves and starts the notice;
 * the dev clock passes the notice; HR ends it and recommends via the district bureau; the district officer
 * accepts, schedules the defense a week ahead, records it (clock advanced) and approves; the applicant sees
 * the certificate step and the notifications; the officer registers the certificate and HR files the form.
 * Along the way: the green channel refused outside its month, the queue's filters and exports, CONFLICT on a
 * stale version, the notice board's objection form, the city's statistics. Screenshots of the inbox and the
 * certified file go to APPLICATIONS_SHOTS when set.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { chinaDate } from '../../shared/time/dates';
import { launchChromium, phonePage, settled, shootPage, signInAt, here, openDesk } from './support/browser';
import { startApp } from './support/app';
import { pickDate } from './support/pickers';
import { shootForm } from './support/shots';
import { callFn, postJson, signIn, type HostStack } from '../support/host';

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

const DAY = 86_400_000;

const signInAs = (page: Page, openid: string) => signInAt(page, app.url, openid);

/** Screenshots into APPLICATIONS_SHOTS when set: 390 px normal and large type, and 320 px large type. */
async function shoot(page: Page, name: string): Promise<void> {
  const dir = process.env.APPLICATIONS_SHOTS;
  if (!dir) return;
  await shootPage(page, dir, name);
  const base = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  await page.setViewportSize({ width: 320, height: 700 });
  const style = await page.addStyleTag({ content: `html { font-size: ${(base * 1.4 * 320) / 390}px !important; }` });
  for (let k = 1; k <= 4; k++) {
    await page.screenshot({ path: `${dir}/${name}-320-large-${k}.png` });
    const more = await page.evaluate(() => {
      const el = Array.from(document.querySelectorAll('.taro_page_stationed, .taro_page_stationed *')).find(
        (e) => e.scrollHeight > e.clientHeight + 10 && getComputedStyle(e).overflowY !== 'visible',
      ) as HTMLElement | undefined;
      const target = el ?? document.scrollingElement!;
      const before = target.scrollTop;
      target.scrollTop += 600;
      return target.scrollTop !== before;
    });
    if (!more) break;
  }
  await style.evaluate((el) => (el as HTMLElement).remove());
  await page.setViewportSize({ width: 390, height: 844 });
}

/** A check saved through the function (what the result page does), handed to 进度 as 据此申报 does. */
async function savedCheck(page: Page, openid: string, example: string, handOff: 'storage' | 'result-page' = 'storage'): Promise<string> {
  const token = await signIn(app.url, openid);
  const profile = JSON.parse(readFileSync(join(__dirname, `../fixtures/profiles/${example}.json`), 'utf8'));
  const saved = await callFn(app.url, 'eligibility', 'evaluate', { profile, save: true }, token);
  expect(saved.body).toMatchObject({ ok: true });
  const checkId: string = saved.body.data.savedId;
  if (handOff === 'storage') {
    await page.evaluate((id) => localStorage.setItem('checkSavedId', JSON.stringify({ data: id })), checkId);
  } else {
    // 自测结果 → 我的自测记录 → this check → 据此申报: switches to 进度.
    await page.goto(`${app.url}/#/packages/check/result/index`);
    await settled(page, `.check-history-item[data-id="${checkId}"]`);
    await page.click(here(`.check-history-item[data-id="${checkId}"]`));
    // 据此申报 is there before the record has loaded (for the current result): wait until the record is shown.
    await settled(page, '#check-history-viewing');
    await settled(page, '#check-apply');
    await page.click(here('#check-apply'));
    await settled(page, '#start-card');
  }
  return checkId;
}

async function chooseEmployer(page: Page, keyword: string): Promise<void> {
  await page.fill(here('#start-employer-input input'), keyword);
  await page.click(here('#start-employer-search'));
  await settled(page, '.start-employer-item');
  await page.click(here('.start-employer-item'));
  await settled(page, '#start-employer-chosen');
}

async function clockNow(): Promise<Date> {
  const r = await (await fetch(`${app.url}/dev/clock`)).json();
  return new Date(r.now);
}

/** On the detail page: press the action's button, fill nothing more, confirm, and wait for the new stage. */
async function act(page: Page, action: string, stage: string, fill?: () => Promise<void>): Promise<void> {
  await page.locator(here(`#app-action-${action}`)).click();
  await settled(page, '#action-form');
  if (fill) await fill();
  await page.click(here('#action-confirm'));
  await settled(page, `#app-detail[data-stage="${stage}"]`);
}

/** As an HR / officer: 我的 → 待办申报 → the file. */
async function openFromQueue(page: Page, openid: string, appId: string): Promise<void> {
  await signInAs(page, openid);
  await openDesk(page);
  await page.click(here('#work-entry-queue'));
  await settled(page, `.app-card[data-id="${appId}"]`);
  await page.click(here(`.app-card[data-id="${appId}"]`));
  await settled(page, '#app-detail');
}

test('the green channel outside its application month is refused in plain words', async () => {
  const page = await phonePage(browser);
  await signInAs(page, 'demo-applicant-1');
  await savedCheck(page, 'demo-applicant-1', 'high-level-talent', 'result-page');
  await settled(page, '#start-route-art8-green-deputy-senior');
  await page.click(here('#start-route-art8-green-deputy-senior'));
  await page.click(here('#start-workflow-green_channel'));
  await chooseEmployer(page, '瑞科');
  await page.click(here('#start-submit'));
  const month = Number(chinaDate(await clockNow()).slice(5, 7));
  if ([1, 4, 7, 10].includes(month)) {
    await settled(page, '#app-detail[data-stage="draft"]');
    await page.click(here('#app-action-withdraw'));
    await page.click(here('#action-confirm'));
    await settled(page, '#app-detail[data-stage="withdrawn"]');
  } else {
    await settled(page, '#start-error');
    expect(await page.locator(here('#start-error')).innerText()).toContain('绿色通道每季度第一个月申报');
    // The card stays, so the person can pick the socialized route instead, or put it away.
    await page.click(here('#start-dismiss'));
    await page.locator(here('#start-card')).waitFor({ state: 'detached' });
  }
  await page.context().close();
});

test('a person with no name on file is asked for it first, then for the privacy consent, before the application form', async () => {
  const page = await phonePage(browser);
  await signInAs(page, 'demo-applicant-new');
  await savedCheck(page, 'demo-applicant-new', 'engineer-bachelor-6y');
  await page.goto(`${app.url}/#/pages/progress/index`);
  await settled(page, '#start-need-name');
  expect(await page.locator(here('#start-route')).count()).toBe(0);
  await shootForm(page, '.progress', 'start-name-first');
  // (The 我的 tab, kept in the page, has its own profile form: this one is the card's.)
  await page.fill(here('#start-name #profile-name-input input'), '韩新民');
  expect(await page.locator(here('#start-name #profile-name-input-count')).innerText()).toBe('已输入 3 / 30 字');
  await page.click(here('#start-name #profile-submit'));
  await settled(page, '#privacy-prompt');
  await page.click(here('#privacy-agree'));
  await settled(page, '#start-route-art2-intermediate');
  expect(await page.locator(here('#start-need-name')).count()).toBe(0);
  await page.click(here('#start-route-art2-intermediate'));
  await page.click(here('#start-workflow-socialized'));
  await shootForm(page, '#start-card', 'start-form');
  await page.context().close();
});

test('an engineer applies, HR and the district bureau handle the file, and the applicant sees the certificate step', async () => {
  // 1. The applicant: 进度 → 开始申报, from the check 据此申报 handed over.
  const applicant = await phonePage(browser);
  await signInAs(applicant, 'demo-applicant-1');
  await savedCheck(applicant, 'demo-applicant-1', 'engineer-bachelor-6y');
  await applicant.goto(`${app.url}/#/pages/progress/index`);
  await settled(applicant, '#start-route-art2-intermediate');
  await applicant.click(here('#start-route-art2-intermediate'));
  // Green channel is not offered for this route; socialized is.
  await applicant.click(here('#start-workflow-socialized'));
  if (await applicant.locator(here('#start-round-none')).count()) await applicant.click(here('#start-round-none'));
  await chooseEmployer(applicant, '瑞科');
  await applicant.click(here('#start-submit'));
  await settled(applicant, '#app-detail[data-stage="draft"]');
  const appId = await applicant.evaluate(() => decodeURIComponent(/[?&]id=([^&]+)/.exec(location.href)?.[1] ?? ''));
  expect(appId).toBeTruthy();
  expect(await applicant.locator(here('.timeline-step--current')).first().getAttribute('data-stage')).toBe('draft');

  // Submitting without confirming the materials shows the field's error.
  await applicant.click(here('#app-action-submit'));
  await settled(applicant, '#action-form');
  await applicant.click(here('#action-confirm'));
  await settled(applicant, '#action-field-materialsBound-error');
  await applicant.click(here('#action-field-materialsBound-__true'));
  await applicant.click(here('#action-confirm'));
  await settled(applicant, '#app-detail[data-stage="employer_review"]');
  expect(await applicant.locator(here('#app-holder')).innerText()).toContain('人事');

  // The 进度 tab lists it.
  await applicant.goto(`${app.url}/#/pages/progress/index`);
  await settled(applicant, `.app-card[data-id="${appId}"]`);
  // (the tab page refreshes its list when shown again)
  await applicant
    .locator(here(`.app-card[data-id="${appId}"] .app-card__stage`))
    .filter({ hasText: '单位审核' })
    .waitFor();
  await applicant.context().close();

  // 2. HR: the queue's filters and the roster export; then approve (after someone else did: CONFLICT), start the notice.
  const hr = await phonePage(browser);
  await signInAs(hr, 'demo-hr-1');
  // The 工作台 counts the file under 待单位审核; its card opens the list filtered to that stage, filters folded.
  await openDesk(hr);
  const card = hr.locator(here('#desk-queue-employer_review'));
  const pending = Number(/：(\d+) 份/.exec((await card.getAttribute('aria-label')) ?? '')?.[1]);
  expect(pending).toBeGreaterThanOrEqual(1);
  expect(await hr.locator(here('.desk-queue')).first().getAttribute('role')).toBe('button');
  await card.click();
  await settled(hr, `.app-card[data-id="${appId}"]`);
  expect(await hr.locator(here('#queue-total')).innerText()).toBe(`共 ${pending} 份`);
  expect(await hr.locator(here('.app-card')).evaluateAll((cards) => cards.map((c) => c.getAttribute('data-stage')))).toEqual(
    Array(Math.min(pending, 20)).fill('employer_review'),
  );
  const toggle = hr.locator(here('#queue-filters-toggle'));
  expect(await toggle.getAttribute('aria-expanded')).toBe('false');
  expect(await toggle.innerText()).toContain('筛选（已选 1 项）');
  expect(await hr.locator(here('#queue-active')).innerText()).toContain('环节：单位审核');
  expect(await hr.locator(here('#queue-filters')).count()).toBe(0);
  const filter = async () => {
    await toggle.click();
    await settled(hr, '#queue-filters');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
  };
  await filter();
  await hr.click(here('#queue-overdue-overdue'));
  await hr.click(here('#queue-search'));
  await settled(hr, '#queue-empty');
  expect(await toggle.innerText()).toContain('筛选（已选 2 项）');
  await filter();
  await hr.click(here('#queue-overdue-all'));
  await hr.fill(here('#queue-keyword input'), '没有这个人');
  await hr.click(here('#queue-search'));
  await settled(hr, '#queue-empty');
  await filter();
  await hr.click(here('#queue-filters-clear'));
  await settled(hr, `.app-card[data-id="${appId}"]`);
  expect(await toggle.innerText()).not.toContain('已选');
  await filter();
  await hr.fill(here('#queue-keyword input'), '瑞科');
  await hr.click(here('#queue-search'));
  await settled(hr, `.app-card[data-id="${appId}"]`);
  const [download] = await Promise.all([hr.waitForEvent('download'), hr.click(here('#queue-export'))]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  await settled(hr, '#queue-export-done');
  await hr.click(here(`.app-card[data-id="${appId}"]`));
  await settled(hr, '#app-detail[data-stage="employer_review"]');
  // Meanwhile the file is approved elsewhere (another HR session, through the function).
  const hrToken = await signIn(app.url, 'demo-hr-1');
  const shown = Number(await hr.locator(here('#app-detail')).getAttribute('data-version'));
  const elsewhere = await callFn(
    app.url,
    'applications',
    'transition',
    { id: appId, action: 'employer_approve', input: {}, expectedVersion: shown },
    hrToken,
  );
  expect(elsewhere.body).toMatchObject({ ok: true });
  await hr.click(here('#app-action-employer_approve'));
  await hr.click(here('#action-confirm'));
  await settled(hr, '#app-conflict');
  expect(await hr.locator(here('#app-conflict')).innerText()).toContain('内容已被他人更新，已为您刷新');
  await settled(hr, '#app-detail[data-stage="notice_ready"]');
  await act(hr, 'start_notice', 'public_notice');
  // Ending the notice early is refused, with the reason on the button.
  await settled(hr, '#app-action-end_notice.btn--disabled');
  await hr.context().close();

  // The public notice board lists the file to the employer's own people; an objection needs at least 10 characters.
  await joinRuikeStaff('demo-applicant-2');
  const viewer = await phonePage(browser);
  await signInAs(viewer, 'demo-applicant-2');
  await viewer.goto(`${app.url}/#/pages/progress/index`);
  await viewer.click(here('#progress-notices'));
  await settled(viewer, `.notice-item[data-id="${appId}"]`);
  await viewer.click(here(`.notice-item[data-id="${appId}"] .notice-object`));
  // Several lines, with the count against the contract's 500.
  await viewer.fill(here('#objection-text textarea'), '有问题');
  expect(await viewer.locator(here('#objection-text-count')).innerText()).toBe('已输入 3 / 500 字');
  await viewer.click(here('#objection-submit'));
  await settled(viewer, '#objection-text-error');
  await shootForm(viewer, '#objection-form', 'objection-notice-board');
  await viewer.click(here('#objection-cancel'));
  await viewer.context().close();

  // 3. The notice period passes.
  expect((await postJson(`${app.url}/dev/clock`, { advanceDays: 14 })).status).toBe(200);

  // 4. HR ends the notice and recommends through the district bureau.
  const hr2 = await phonePage(browser);
  await openFromQueue(hr2, 'demo-hr-1', appId);
  await act(hr2, 'end_notice', 'recommendation');
  await act(hr2, 'recommend', 'bureau_check', async () => {
    await hr2.click(here('#action-field-body-kind-district_bureau'));
  });
  await hr2.context().close();

  // 5. The district officer accepts and schedules the defense at least a week ahead.
  const officer = await phonePage(browser);
  await openFromQueue(officer, 'demo-district-xtgx', appId);
  await act(officer, 'accept', 'awaiting_defense');
  const defenseDay = chinaDate(new Date((await clockNow()).getTime() + 8 * DAY));
  const tooSoon = chinaDate(new Date((await clockNow()).getTime() + 2 * DAY));
  await act(officer, 'schedule_defense', 'defense_scheduled', async () => {
    // No date yet: the date is asked for, under the date; the time (it has a value) is not flagged.
    await officer.click(here('#action-confirm'));
    await settled(officer, '#action-field-date-error');
    expect(await officer.locator(here('#action-field-date-error')).innerText()).toBe('请选择答辩日期');
    expect(await officer.locator(here('#action-field-time-error')).count()).toBe(0);
    // Too soon: the one-week rule is said once, under the date — not under the time, not again as the form's message.
    await pickDate(officer, 'action-field-date', tooSoon);
    await officer.fill(here('#action-field-place input'), '稀土高新区人社局三楼会议室');
    await officer.click(here('#action-confirm'));
    await officer.locator(here('#action-field-date-error')).filter({ hasText: '一周' }).waitFor();
    const form = await officer.locator(here('#action-form')).innerText();
    expect(form.split('答辩通知须在答辩前一周发布').length - 1).toBe(1);
    expect(await officer.locator(here('#action-field-time-error')).count()).toBe(0);
    expect(await officer.locator(here('#action-error')).count()).toBe(0);
    await shootForm(officer, '#action-form', 'defense-too-soon');
    await pickDate(officer, 'action-field-date', defenseDay);
    await officer.fill(here('#action-field-place input'), '稀土高新区人社局三楼会议室');
  });
  expect(await officer.locator(here('#app-defense')).innerText()).toContain('会议室');
  await officer.context().close();

  // 6. After the defense day: record it, then approve.
  expect((await postJson(`${app.url}/dev/clock`, { advanceDays: 10 })).status).toBe(200);
  const officer2 = await phonePage(browser);
  await openFromQueue(officer2, 'demo-district-xtgx', appId);
  await act(officer2, 'record_defense', 'review', async () => {
    await officer2.click(here('#action-field-attended-yes'));
  });
  await act(officer2, 'approve_result', 'approved');
  await officer2.context().close();

  // The city's statistics count the file.
  const city = await phonePage(browser);
  await signInAs(city, 'demo-city');
  await openDesk(city);
  await city.click(here('#work-entry-queue'));
  await settled(city, `.app-card[data-id="${appId}"]`);
  const [summary] = await Promise.all([city.waitForEvent('download'), city.click(here('#queue-export-list'))]);
  expect(summary.suggestedFilename()).toMatch(/\.xlsx$/);
  await settled(city, '#queue-export-done');
  await city.goto(`${app.url}/#/pages/me/index`);
  await openDesk(city);
  await settled(city, '#work-entry-dashboard');
  await city.click(here('#work-entry-dashboard'));
  await settled(city, '#dash-stage .bar-row[data-key="approved"]');
  expect(Number(await city.locator(here('#dash-stage .bar-row[data-key="approved"]')).getAttribute('data-count'))).toBeGreaterThanOrEqual(
    1,
  );
  await settled(city, '#dash-district .bar-row');
  await city.context().close();

  // 7. The applicant: the certificate step in the timeline, and the notifications.
  const back = await phonePage(browser);
  await signInAs(back, 'demo-applicant-1');
  await back.goto(`${app.url}/#/pages/progress/index`);
  await settled(back, `.app-card[data-id="${appId}"]`);
  await settled(back, '.inbox-item');
  expect(await back.locator(here('.inbox-item')).count()).toBeGreaterThan(0);
  // Issue 10: the steps that used to be silent are in the inbox, each saying what comes next.
  const inboxText = await back.locator(here('#inbox')).innerText();
  for (const title of ['单位审核已通过', '单位已推荐报送您的申报', '人社部门已受理您的申报']) expect(inboxText).toContain(title);
  await shoot(back, 'inbox');
  expect(Number(await back.locator(here('#inbox-unread')).getAttribute('data-count'))).toBeGreaterThan(0);
  // The unread count is on the 进度 tab too.
  await back.locator('.weui-tabbar__item .weui-badge').first().waitFor({ state: 'visible' });
  await back.click(here('#inbox-read-all'));
  await back.locator(here('#inbox-unread')).filter({ hasText: '没有未读消息' }).waitFor();
  await back.locator('.weui-tabbar__item .weui-badge').first().waitFor({ state: 'hidden' });
  await back.click(here(`.app-card[data-id="${appId}"]`));
  await settled(back, '#app-detail[data-stage="approved"]');
  const current = back.locator(here('.timeline-step--current'));
  expect(await current.getAttribute('data-stage')).toBe('approved');
  expect(await current.innerText()).toContain('证书');
  expect(await back.locator(here('.timeline-step--done')).count()).toBeGreaterThan(5);
  await back.context().close();

  // 8. The officer registers the certificate, HR files the form: done.
  const officer3 = await phonePage(browser);
  await openFromQueue(officer3, 'demo-district-xtgx', appId);
  await act(officer3, 'issue_certificate', 'archiving', async () => {
    await officer3.fill(here('#action-field-certificateNo input'), 'BT2026-0001');
  });
  await officer3.context().close();
  const hr3 = await phonePage(browser);
  await openFromQueue(hr3, 'demo-hr-1', appId);
  await act(hr3, 'archive_form', 'completed');
  await hr3.context().close();

  const last = await phonePage(browser);
  await signInAs(last, 'demo-applicant-1');
  await last.goto(`${app.url}/#/packages/work/detail/index?id=${appId}`);
  await settled(last, '#app-detail[data-stage="completed"]');
  expect(await last.locator(here('.timeline-step[data-stage="approved"]')).innerText()).toContain('证书已登记（编号 BT2026-0001）');
  expect(await last.locator(here('.timeline-step--later')).count()).toBe(0);
  expect(await last.locator(here('#app-holder')).innerText()).toContain('申报已结束');
  // The certificate step says where to print and verify the title; on H5 the sites are links.
  const verify = last.locator(here('#verify-certificate'));
  expect(await verify.innerText()).toContain('内蒙古人才信息库');
  expect(await verify.innerText()).toContain('全国职称评审信息查询平台');
  expect(await verify.locator('a.verify-place__link').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
    'http://www.nmgrck.cn',
    'http://www.12333.gov.cn',
  ]);
  await shoot(last, 'certified');
  await last.context().close();
});

test('someone objects on the notice board; HR decides the objection on the detail page', async () => {
  // A file on public notice, moved there through the function as each role.
  const { appId, step, hrToken } = await submittedFile('demo-applicant-1');
  await step(hrToken, 'employer_approve');
  await step(hrToken, 'start_notice');

  await joinRuikeStaff('demo-applicant-2');
  const viewer = await phonePage(browser);
  await signInAs(viewer, 'demo-applicant-2');
  await viewer.goto(`${app.url}/#/packages/work/notices/index`);
  await settled(viewer, `.notice-item[data-id="${appId}"] .notice-object`);
  await viewer.click(here(`.notice-item[data-id="${appId}"] .notice-object`));
  await viewer.fill(here('#objection-text textarea'), '该申报人的工作年限与实际情况不符，请核实。');
  await viewer.click(here('#objection-submit'));
  await settled(viewer, '#objection-done');
  await viewer.context().close();

  const hr = await phonePage(browser);
  await openFromQueue(hr, 'demo-hr-1', appId);
  // An open objection holds the notice: 结束公示 is disabled with its reason.
  await settled(hr, '#app-action-end_notice.btn--disabled');
  await act(hr, 'decide_objection', 'public_notice', async () => {
    await hr.click(here('#action-field-objectionId .choice__option'));
    await hr.click(here('#action-field-outcome-dismissed'));
    await hr.fill(here('#action-field-decision textarea'), '经核实，工作年限属实');
    await shootForm(hr, '#action-form', 'decide-objection');
  });
  await settled(hr, '#app-done');
  await hr.context().close();
});

test('HR returns a file for correction with reasons; the applicant sees them and resubmits', async () => {
  const { appId } = await submittedFile('demo-applicant-2');
  const hr = await phonePage(browser);
  await openFromQueue(hr, 'demo-hr-1', appId);
  await act(hr, 'return_for_correction', 'correction', async () => {
    await hr.click(here('#action-field-returnTo-applicant'));
    await hr.fill(here('#action-field-reasons textarea'), '缺少学历证书复印件；照片不清晰');
    await shootForm(hr, '#action-form', 'return-reasons');
  });
  await hr.context().close();

  const applicant = await phonePage(browser);
  await signInAs(applicant, 'demo-applicant-2');
  await applicant.goto(`${app.url}/#/packages/work/detail/index?id=${appId}`);
  await settled(applicant, '#app-detail[data-stage="correction"]');
  expect(await applicant.locator(here('#app-summary')).innerText()).toContain('缺少学历证书复印件；照片不清晰');
  await act(applicant, 'resubmit', 'employer_review');
  await applicant.context().close();

  // HR approves it in a batch from the queue.
  const hr2 = await phonePage(browser);
  await signInAs(hr2, 'demo-hr-1');
  await openDesk(hr2);
  await hr2.click(here('#work-entry-queue'));
  await settled(hr2, `.app-card[data-id="${appId}"]`);
  await hr2.click(here('#queue-batch-toggle'));
  await settled(hr2, '#batch-bar');
  await hr2.click(here(`.app-card[data-id="${appId}"]`));
  await settled(hr2, `.app-card--selected[data-id="${appId}"]`);
  await hr2.click(here('#batch-action-employer_approve'));
  await hr2.click(here('#batch-submit'));
  // It asks first, naming the action and the count.
  expect(await hr2.locator(here('#batch-confirm')).innerText()).toContain('确定对这 1 份申报办理「单位审核通过」吗？');
  await hr2.click(here('#batch-confirm-ok'));
  await settled(hr2, `.batch-result[data-id="${appId}"][data-ok="true"]`);
  await settled(hr2, `.app-card[data-id="${appId}"][data-stage="notice_ready"]`);
  await hr2.context().close();
});

test('the recommending association withdraws its recommendation with a reason; HR is back at 推荐报送', async () => {
  // 高志远's file from the objection test is still open (one open file per title): he withdraws it first.
  const applicantToken = await signIn(app.url, 'demo-applicant-1');
  const mine = await callFn(app.url, 'applications', 'mine', {}, applicantToken);
  for (const f of mine.body.data.items.filter((i: { status: string }) => ['draft', 'in_progress', 'returned'].includes(i.status))) {
    const r = await callFn(
      app.url,
      'applications',
      'transition',
      { id: f.id, action: 'withdraw', input: {}, expectedVersion: f.version },
      applicantToken,
    );
    expect(r.body).toMatchObject({ ok: true });
  }
  const { appId, step, hrToken } = await submittedFile('demo-applicant-1');
  await step(hrToken, 'employer_approve');
  await step(hrToken, 'start_notice');
  expect((await postJson(`${app.url}/dev/clock`, { advanceDays: 14 })).status).toBe(200);
  await step(hrToken, 'end_notice');
  await step(hrToken, 'recommend', { body: { kind: 'social_org', orgId: 'org-soc-rare-earth', name: '包头市稀土行业协会' } });

  const body = await phonePage(browser);
  await signInAs(body, 'demo-recommender-1');
  await body.goto(`${app.url}/#/packages/work/detail/index?id=${appId}`);
  await settled(body, '#app-detail[data-stage="body_review"]');
  await body.locator(here('#app-action-withdraw_recommendation')).click();
  await settled(body, '#action-form');
  // One character is not a reason: said under the field, nothing sent.
  await body.fill(here('#action-field-reason textarea'), '否');
  await body.click(here('#action-confirm'));
  await settled(body, '#action-field-reason-error');
  expect(await body.locator(here('#action-field-reason-error')).innerText()).toBe('撤回推荐的原因至少 2 个字');
  await body.fill(here('#action-field-reason textarea'), '申报人的专业不属于本协会推荐范围');
  await shootForm(body, '#action-form', 'withdraw-recommendation');
  await body.click(here('#action-confirm'));
  // The answer is the file as the withdrawal left it, though the association no longer sees it.
  await settled(body, '#app-detail[data-stage="recommendation"]');
  await shoot(body, 'withdrawn');
  await body.context().close();

  const hr = await phonePage(browser);
  await openFromQueue(hr, 'demo-hr-1', appId);
  await settled(hr, '#app-detail[data-stage="recommendation"]');
  expect(await hr.locator(here('#app-withdrawn-recommendation')).innerText()).toBe(
    '包头市稀土行业协会撤回推荐：申报人的专业不属于本协会推荐范围。请重新选择推荐报送渠道。',
  );
  await shoot(hr, 'withdrawn-hr');
  await settled(hr, '#app-action-recommend');
  await hr.context().close();
});

/** demo-hr-1's employer, an application created and submitted through the function: at 单位审核. */
/**
 * Make `openid` one of 瑞科's own people (a draft 助理工程师 application through it): the public notice is shown
 * only inside the employer (NOTICE_AUDIENCE), so the person who objects must belong there.
 */
async function joinRuikeStaff(openid: string) {
  const token = await signIn(app.url, openid);
  const profile = JSON.parse(readFileSync(join(__dirname, '../fixtures/profiles/technician-3y.json'), 'utf8'));
  const checkId = (await callFn(app.url, 'eligibility', 'evaluate', { profile, save: true }, token)).body.data.savedId;
  const orgs = await callFn(app.url, 'identity', 'listOrganizations', { type: 'employer', keyword: '瑞科', page: 1, pageSize: 5 }, token);
  const input = { checkId, routeId: 'art7-assistant', workflow: 'socialized', employerOrgId: orgs.body.data.items[0].id };
  const created = await callFn(app.url, 'applications', 'create', input, token);
  expect(created.body.ok || created.body.code === 'NOT_ALLOWED_NOW').toBe(true); // already one of them
}

async function submittedFile(openid: string) {
  const [applicantToken, hrToken] = await Promise.all([signIn(app.url, openid), signIn(app.url, 'demo-hr-1')]);
  const profile = JSON.parse(readFileSync(join(__dirname, '../fixtures/profiles/engineer-bachelor-6y.json'), 'utf8'));
  const checkId = (await callFn(app.url, 'eligibility', 'evaluate', { profile, save: true }, applicantToken)).body.data.savedId;
  const orgs = await callFn(
    app.url,
    'identity',
    'listOrganizations',
    { type: 'employer', keyword: '瑞科', page: 1, pageSize: 5 },
    applicantToken,
  );
  const created = await callFn(
    app.url,
    'applications',
    'create',
    { checkId, routeId: 'art2-intermediate', workflow: 'socialized', employerOrgId: orgs.body.data.items[0].id },
    applicantToken,
  );
  expect(created.body).toMatchObject({ ok: true });
  const appId: string = created.body.data.application.id;
  let version: number = created.body.data.application.version;
  const step = async (token: string, action: string, input: unknown = {}) => {
    const r = await callFn(app.url, 'applications', 'transition', { id: appId, action, input, expectedVersion: version }, token);
    expect(r.body).toMatchObject({ ok: true });
    version = r.body.data.application.version;
  };
  await step(applicantToken, 'submit', { materialsBound: true });
  return { appId, step, hrToken, applicantToken };
}
