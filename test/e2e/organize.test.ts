/**
 * 宣讲组织 in the browser with the demo data: the 昆都仑区 officer opens 组织宣讲 from 我的 and schedules a
 * briefing for 钢铁 (the district fixed to their own) → the HR of 钢联特钢 signs up → both reminders for the
 * session wait in the local outbox → on the day (dev clock) the officer shows the check-in code (QR code and
 * typed code with its expiry) → the HR types a wrong code (refused in words), then opens the QR link and is
 * checked in → the session ends (dev clock) → the HR rates it from the briefing page → the officer sees the
 * rating summary and exports the attendance (.xlsx downloaded and read back with exceljs); 宣讲制度 shows the
 * district's state in words. Screenshots (phone size, normal and large type) go to ORGANIZE_SHOTS when set.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { gatewayDatabase } from '../../local/seed';
import { postJson, type HostStack } from '../support/host';
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

const signInAs = (page: Page, openid: string) => signInAt(page, app.url, openid);
const TOPIC = '钢铁企业职称申报政策宣讲会';
const COMMENT = '讲得清楚，材料清单很实用';

const shoot = (page: Page, name: string) => shootPage(page, process.env.ORGANIZE_SHOTS, name);

/** Move the dev clock the functions run on to `iso` (forward only). */
async function clockTo(iso: string): Promise<void> {
  const now = Date.parse(((await (await fetch(`${app.url}/dev/clock`)).json()) as { now: string }).now);
  const days = (Date.parse(iso) - now) / 86_400_000;
  expect(days).toBeGreaterThan(0);
  expect((await postJson(`${app.url}/dev/clock`, { advanceDays: days })).status).toBe(200);
}

test('an officer schedules a briefing; an HR signs up, is reminded, checks in and rates it; the officer sees the rating and exports attendance', async () => {
  // ---- the officer schedules it
  const officer = await phonePage(browser);
  await signInAs(officer, 'demo-district-kdl');
  await openDesk(officer);
  await settled(officer, '#work-entry-organize');
  await officer.click(here('#work-entry-organize'));
  await settled(officer, '#sessions-list');
  await shoot(officer, 'organize-sessions');
  await officer.click(here('#sessions-new'));
  await settled(officer, '#edit-form[data-status="new"]');
  expect(await officer.locator(here('#edit-organizer-fixed')).innerText()).toContain('昆都仑区');
  expect(await officer.locator(here('#audience-district-fixed')).innerText()).toContain('昆都仑区');
  expect(await officer.locator(here('#audience-districts')).count()).toBe(0);

  // A short topic is refused by the function, under the field.
  await officer.fill(here('#edit-topic input'), '宣讲');
  await officer.fill(here('#edit-address input'), '昆都仑区人社局三楼会议室');
  await officer.click(here('#edit-create'));
  await settled(officer, '#edit-topic-error');
  expect(await officer.locator(here('#edit-topic-error')).innerText()).toContain('至少 4 个字');

  await officer.fill(here('#edit-topic input'), TOPIC);
  await officer.fill(here('#edit-summary textarea'), '解读申报条件、材料清单和今年的评审安排，现场答疑。');
  expect(await officer.locator(here('#edit-summary-count')).innerText()).toMatch(/已输入 \d+ \/ 500 字/);
  await officer.click(here('#edit-clauses-第二条'));
  expect(await officer.locator(here('#edit-clauses-第二条')).getAttribute('aria-checked')).toBe('true');
  await officer.click(here('#audience-industries-钢铁'));
  await officer.fill(here('#edit-capacity input'), '30');
  await shoot(officer, 'organize-edit');
  await officer.click(here('#edit-create'));
  await settled(officer, '#session-page');
  const id = (await officer.locator(here('#session-page')).getAttribute('data-id'))!;
  expect(id).toBeTruthy();
  expect(await officer.locator(here('#session-topic')).innerText()).toBe(TOPIC);
  expect(await officer.locator(here('#session-state')).innerText()).toBe('报名中');
  const db = gatewayDatabase(app.gatewayUrl, app.gatewayCredentials);
  const stored = (await db.collection('briefings').doc(id).get()).data[0] as { startsAt: string; endsAt: string };
  expect(stored.startsAt).toMatch(/T01:30:00\.000Z$/); // 09:30 China time, the form's default

  // ---- the HR of 钢联特钢 (昆都仑区, 钢铁) signs up
  const hr = await phonePage(browser);
  await signInAs(hr, 'demo-hr-2');
  await hr.goto(`${app.url}/#/packages/notices/briefing/index?id=${id}`);
  await settled(hr, `#briefing-detail[data-id="${id}"] #signup-submit`);
  await hr.click(here('#signup-submit'));
  await settled(hr, '#signup-done');
  await settled(hr, '#briefing-detail[data-mine="confirmed"]');

  // ---- the reminders for the session wait in the local outbox (day before 09:00, an hour before)
  const reminders = (await db.collection('outbox').where({ briefingId: id, kind: 'remind' }).get()).data as {
    _id: string;
    status: string;
    nextAttemptAt: string;
  }[];
  expect(reminders.map((r) => r._id).sort()).toEqual([
    `remind-briefing:${id}:demo-hr-2:day_before`,
    `remind-briefing:${id}:demo-hr-2:hour_before`,
  ]);
  expect(reminders.every((r) => r.status === 'pending')).toBe(true);

  // ---- on the day, 20 minutes before the start: the officer shows the check-in code
  const officerSession = async () => {
    await officer.goto(`${app.url}/#/packages/organize/session/index?id=${id}`);
    await settled(officer, `#session-page[data-id="${id}"]`);
  };
  const start = stored.startsAt;
  const end = stored.endsAt;
  await clockTo(new Date(Date.parse(start) - 20 * 60_000).toISOString());
  await officerSession();
  await officer.click(here('#checkin-show'));
  await settled(officer, '#checkin-code[data-code]');
  const code = (await officer.locator(here('#checkin-code')).getAttribute('data-code'))!;
  expect(code).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
  expect(await officer.locator(here('#checkin-expiry')).innerText()).toMatch(/有效至 \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
  await settled(officer, '#checkin-qr[data-url]');
  const qrUrl = (await officer.locator(here('#checkin-qr')).getAttribute('data-url'))!;
  expect(qrUrl).toContain(`/packages/notices/checkin/index?id=${id}&code=${code}`);
  expect(await officer.locator(here('#checkin-qr')).getAttribute('aria-label')).toContain(code);
  await shoot(officer, 'organize-session-checkin');

  // ---- the HR types a wrong code (refused in words), then opens the QR link and is checked in
  await hr.goto(`${app.url}/#/packages/notices/briefing/index?id=${id}`);
  await settled(hr, '#briefing-checkin');
  await hr.click(here('#briefing-checkin'));
  await settled(hr, `#checkin-page[data-id="${id}"] #checkin-input`);
  const wrong = code === 'AAAAAA' ? 'BBBBBB' : 'AAAAAA';
  await hr.fill(here('#checkin-input input'), wrong.toLowerCase());
  await hr.click(here('#checkin-submit'));
  await settled(hr, '#checkin-input-error');
  expect(await hr.locator(here('#checkin-input-error')).innerText()).toBe('签到码不正确，请核对后重新输入');
  await shoot(hr, 'notices-checkin');
  await hr.goto(qrUrl);
  await settled(hr, '#checkin-done');
  expect(await hr.locator(here('#checkin-done')).innerText()).toMatch(/签到成功（\d{4}-\d{2}-\d{2} \d{2}:\d{2}）/);

  // ---- the session ends; the HR rates it from the briefing page
  await clockTo(new Date(Date.parse(end) + 10 * 60_000).toISOString());
  await hr.goto(`${app.url}/#/packages/notices/briefing/index?id=${id}`);
  await settled(hr, `#briefing-detail[data-id="${id}"]`);
  await settled(hr, '#briefing-rate');
  await hr.click(here('#briefing-rate'));
  await settled(hr, `#rate-page[data-id="${id}"] #rate-score`);
  expect(await hr.locator(here('#rate-score')).getAttribute('role')).toBe('radiogroup');
  await hr.click(here('#rate-score-4'));
  expect(await hr.locator(here('#rate-score-4')).getAttribute('aria-checked')).toBe('true');
  await hr.fill(here('#rate-comment textarea'), COMMENT);
  expect(await hr.locator(here('#rate-comment-count')).innerText()).toBe(`已输入 ${[...COMMENT].length} / 300 字`);
  await shoot(hr, 'notices-rate');
  await hr.click(here('#rate-submit'));
  await settled(hr, '#rate-done');
  expect(await hr.locator(here('#rate-done')).innerText()).toContain('满意');
  await hr.context().close();

  // ---- the officer sees the rating summary and exports the attendance
  await officerSession();
  await settled(officer, '#ratings[data-count="1"]');
  expect(await officer.locator(here('#ratings-average')).innerText()).toBe('平均 4 分（满分 5 分）');
  expect(await officer.locator(here('.rating-bar[data-score="4"]')).getAttribute('data-n')).toBe('1');
  expect(await officer.locator(here('.rating-bar[data-score="4"]')).innerText()).toContain('满意（4 分）');
  expect(await officer.locator(here('#ratings-comments')).innerText()).toContain(COMMENT);
  expect(await officer.locator(here('#session-state')).innerText()).toBe('已举办');
  await settled(officer, '#materials-card');
  await shoot(officer, 'organize-session-after');
  const [download] = await Promise.all([officer.waitForEvent('download'), officer.click(here('#attendance-export'))]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const file = join(mkdtempSync(join(tmpdir(), 'zct-organize-')), download.suggestedFilename());
  await download.saveAs(file);
  await settled(officer, '#attendance-export-done');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('签到表')!;
  expect(String(ws.getRow(1).getCell(1).value)).toContain(TOPIC);
  expect((ws.getRow(2).values as unknown[]).slice(1)).toEqual(['序号', '姓名', '单位', '人数', '报名状态', '签到时间']);
  const row = (ws.getRow(3).values as unknown[]).slice(1);
  expect(row[0]).toBe(1);
  expect(row[1]).toBe('陈磊');
  expect(String(row[2])).toContain('钢联');
  expect(row.slice(3, 5)).toEqual([1, '已确认']);
  expect(String(row[5])).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);

  // ---- 宣讲制度: the district's state this period, in words
  await officer.goto(`${app.url}/#/packages/organize/cadence/index`);
  await settled(officer, '#cadence-table .cadence-row[data-district="150203"]');
  expect(await officer.locator(here('.cadence-row[data-district]')).count()).toBe(1);
  await shoot(officer, 'organize-cadence');
  await officer.context().close();
});
