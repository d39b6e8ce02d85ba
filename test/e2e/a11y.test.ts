/**
 * 适老化 and accessibility over every page of client/src/app.config.ts (main package and subpackages), as a demo
 * user for whom the page has content, in two ways a person meets it: normal type on a 390 px phone and 大字模式
 * (set in 我的, kept in storage) on a 320 px phone. Each page: 0 serious or critical axe-core violations and
 * nothing wider than the screen. One browser; one signed-in context per user and mode, pages reloaded in it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { EMPLOYER_IDS } from '../../local/seed';
import { launchChromium, settled } from './support/browser';
import { startApp } from './support/app';
import { callFn, signIn, type HostStack } from '../support/host';

jest.setTimeout(120_000);

// app.config.ts is Taro's: give it Taro's global, and compile in the dev sign-in page it lists in dev builds.
(globalThis as { defineAppConfig?: unknown }).defineAppConfig = (c: unknown) => c;
process.env.TARO_APP_DEV_LOGIN = 'true';
const appConfig = require('../../client/src/app.config').default as { pages: string[]; subPackages: { root: string; pages: string[] }[] };
const ALL_PAGES = [...appConfig.pages, ...appConfig.subPackages.flatMap((s) => s.pages.map((p) => `${s.root}/${p}`))];

/** Who looks at a page (so it has content) and the id it needs, from the demo data. Unlisted pages: the applicant. */
const VISIT: Record<string, { as?: string; query?: string }> = {
  'packages/policy/clause/index': { query: 'id=art2' },
  'packages/admin/invite/index': { as: 'demo-district-kdl' },
  'packages/admin/roles/index': { as: 'demo-admin' },
  'packages/admin/orgs/index': { as: 'demo-district-kdl' },
  'packages/admin/org-edit/index': { as: 'demo-district-kdl', query: `id=${EMPLOYER_IDS[0]}` },
  'packages/admin/rounds/index': { as: 'demo-city' },
  'packages/work/detail/index': { as: 'demo-hr-1', query: 'id=$app' },
  'packages/work/queue/index': { as: 'demo-hr-1' },
  'packages/work/dashboard/index': { as: 'demo-city' },
  'packages/work/green-exception/index': { as: 'demo-city' },
  'packages/work/staff/index': { as: 'demo-hr-1' },
  'packages/notices/detail/index': { query: 'id=ann-demo-01' },
  'packages/notices/briefing/index': { query: 'id=demo-briefing-open' },
  'packages/notices/checkin/index': { query: 'id=demo-briefing-open' },
  'packages/notices/rate/index': { query: 'id=demo-briefing-past' },
  'packages/publish/mine/index': { as: 'demo-city' },
  'packages/publish/compose/index': { as: 'demo-city' },
  'packages/publish/receipts/index': { as: 'demo-city', query: 'id=ann-demo-01' },
  'packages/organize/sessions/index': { as: 'demo-city' },
  'packages/organize/edit/index': { as: 'demo-city' },
  'packages/organize/session/index': { as: 'demo-city', query: 'id=demo-briefing-open' },
  'packages/organize/cadence/index': { as: 'demo-city' },
  'packages/groups/list/index': { as: 'demo-district-kdl' },
  'packages/groups/edit/index': { as: 'demo-district-kdl', query: 'id=demo-group-kdl' },
  'packages/groups/group/index': { as: 'demo-district-kdl', query: 'id=demo-group-kdl' },
  'packages/groups/enter/index': { as: 'demo-hr-2' },
  'packages/groups/ask/index': { as: 'demo-hr-2', query: 'groupId=demo-group-kdl' },
  'packages/groups/question/index': { as: 'demo-district-kdl', query: 'id=demo-gq-kdl-1' },
  'packages/groups/queue/index': { as: 'demo-district-kdl', query: 'groupId=demo-group-kdl' },
  'packages/groups/coverage/index': { as: 'demo-district-kdl' },
  'packages/groups/task/index': { as: 'demo-district-kdl', query: 'id=demo-task-kdl-roster' },
  'packages/groups/task-edit/index': { as: 'demo-district-kdl', query: 'groupId=demo-group-kdl' },
  'packages/dev/signin/index': { as: '' },
};

const MODES = [
  { name: '390 px, normal type', width: 390, large: false },
  { name: '320 px, 大字模式', width: 320, large: true },
] as const;

let app: HostStack;
let browser: Browser;
let appId = '';
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** A submitted application of the applicant's (HR's queue and the file's page have content). */
async function submittedFile(): Promise<string> {
  const applicant = await signIn(app.url, 'demo-applicant-1');
  const profile = JSON.parse(readFileSync(join(__dirname, '../fixtures/profiles/engineer-bachelor-6y.json'), 'utf8'));
  const checkId = (await callFn(app.url, 'eligibility', 'evaluate', { profile, save: true }, applicant)).body.data.savedId;
  const orgs = await callFn(
    app.url,
    'identity',
    'listOrganizations',
    { type: 'employer', keyword: '瑞科', page: 1, pageSize: 5 },
    applicant,
  );
  const input = { checkId, routeId: 'art2-intermediate', workflow: 'socialized', employerOrgId: orgs.body.data.items[0].id };
  const created = await callFn(app.url, 'applications', 'create', input, applicant);
  expect(created.body).toMatchObject({ ok: true });
  const { id, version } = created.body.data.application;
  const submitted = await callFn(
    app.url,
    'applications',
    'transition',
    { id, action: 'submit', input: { materialsBound: true }, expectedVersion: version },
    applicant,
  );
  expect(submitted.body).toMatchObject({ ok: true });
  return id;
}

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchChromium()]);
  appId = await submittedFile();
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const contexts = new Map<string, Promise<Page>>();

/** One page per user and mode, signed in once; 大字模式 is in storage as the switch in 我的 leaves it. */
function pageFor(openid: string, mode: (typeof MODES)[number]): Promise<Page> {
  const key = `${openid}|${mode.width}|${mode.large}`;
  let p = contexts.get(key);
  if (!p) {
    p = (async () => {
      const context: BrowserContext = await browser.newContext({
        viewport: { width: mode.width, height: 740 },
        deviceScaleFactor: 2,
        locale: 'zh-CN',
        isMobile: true,
        hasTouch: true,
      });
      if (mode.large) await context.addInitScript(() => localStorage.setItem('largeType', JSON.stringify({ data: true })));
      const page = await context.newPage();
      if (openid) {
        await page.goto(`${app.url}/#/packages/dev/signin/index`);
        await settled(page, `#signin-user-${openid}`);
        await page.click(`#signin-user-${openid}`);
        await settled(page, '#me-profile');
      }
      return page;
    })();
    contexts.set(key, p);
  }
  return p;
}

interface Finding {
  axe: string[];
  overflow: string[];
  small: string[];
  large: boolean;
}

async function inspect(page: Page, path: string, query: string): Promise<Finding> {
  await page.goto('about:blank');
  await page.goto(`${app.url}/#/${path}${query ? `?${query}` : ''}`);
  await page.locator('.taro_page_stationed').first().waitFor({ state: 'visible' });
  await page.waitForLoadState('networkidle');
  await page
    .locator('.taro_page_stationed #loading')
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(() => undefined);
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    const axeFound = r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.impact} ${v.id}: ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(' | ')}${v.nodes.length > 3 ? ` (+${v.nodes.length - 3})` : ''}`,
      );
    const width = window.innerWidth;
    const overflow: string[] = [];
    if (document.documentElement.scrollWidth > width + 1)
      overflow.push(`document ${document.documentElement.scrollWidth} px > ${width} px`);
    for (const el of Array.from(document.querySelectorAll('.taro_page_stationed *'))) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || box.right <= width + 1) continue;
      const text = (el.textContent ?? '').trim().slice(0, 20);
      overflow.push(
        `${el.tagName.toLowerCase()}.${(el.getAttribute('class') ?? '').split(' ')[0]} → ${Math.round(box.right)} px「${text}」`,
      );
      if (overflow.length > 4) break;
    }
    // 大字模式's tap targets: every control at least 60 px tall (a link inside running text is exempt, as in WCAG 2.5.8).
    const large = document.documentElement.classList.contains('zct-large-type');
    const small: string[] = [];
    const controls = '.taro_page_stationed :is(button, input, textarea, [role=button], [role=switch], [role=radio], [role=checkbox], [role=link], [role=tab])';
    for (const el of large ? Array.from(document.querySelectorAll(controls)) : []) {
      // Taro draws a native field inside its own host element: the host is what a finger hits.
      const target = el.closest('taro-input-core, taro-textarea-core') ?? el;
      const box = target.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || getComputedStyle(el).display === 'inline') continue;
      if (box.height < 59.5) small.push(`${el.tagName.toLowerCase()}#${el.id || (el.getAttribute('class') ?? '').split(' ')[0]} ${Math.round(box.height)} px「${(el.textContent ?? '').trim().slice(0, 12)}」`);
      if (small.length > 4) break;
    }
    return { axe: axeFound, overflow, small, large };
  });
}

describe.each(MODES)('$name', (mode) => {
  it.each(ALL_PAGES)('%s', async (path) => {
    const visit = VISIT[path] ?? {};
    const page = await pageFor(visit.as ?? 'demo-applicant-1', mode);
    const found = await inspect(page, path, (visit.query ?? '').replace('$app', appId));
    expect(found.large).toBe(mode.large);
    expect({ axe: found.axe, overflow: found.overflow, small: found.small }).toEqual({ axe: [], overflow: [], small: [] });
  });
});
