/**
 * Eligibility benchmark: `npx tsx test/bench/eligibility.bench.ts [--engine-only]`.
 * 1. The engine in Node: `checkAndEvaluate` (the profile and round schemas included, as the phone and the
 *    function run it) over 400 varied profiles — every sector, education level, series, skill level, one to
 *    four work periods, with and without a title, talent answers, contributions — each with the published
 *    rounds, some with a chosen round or 按今天, on four evaluation dates. Five passes of 4,000 evaluations
 *    after a warm-up: evaluations/s, p50 and p99 of the median pass (one busy moment on a shared machine
 *    does not set the figure), the p99 of all samples, and the CPU time per evaluation (the engine's own cost
 *    when other processes share the cores; the load average is printed). Goal: p99 ≤ 1 ms.
 * 2. The engine's size: an esbuild bundle, minified for the browser (ES2017, as the weapp build targets),
 *    of what the self-check imports (checkAndEvaluate, chooseRound) — a stand-in for the engine's modules in
 *    the weapp bundle, whose minified chunks do not name their modules. KB of shared/ code and of zod (which
 *    the main package carries anyway), and gzip of the whole. With client/dist/weapp built, also the KB of
 *    the packages/check subpackage the engine ships in.
 * 3. Time to first answer in the H5 build (client/dist/h5 served by the local host, functions built, demo
 *    seed, Chromium as test/e2e/support/browser.ts launches it, a 375×740 phone page, not signed in):
 *    - cold: a fresh browser context opens the result page with a completed questionnaire in storage (as
 *      the form leaves it on 查看结果); from the page's navigation start to the first verdict chip on screen
 *      (performance.now() in the page when it appears), median and max of 8 loads;
 *    - submit: on the form's last step, from the tap on 查看结果 to the first verdict chip on screen.
 * Env: BENCH_DATES (comma-separated evaluation dates, the earliest first; default four dates around a round).
 * Prints a table and one JSON line {"bench":"eligibility",…}.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { Round } from '../../shared/policy/calendar';
import { checkAndEvaluate } from '../../shared/policy/evaluate';
import { addDays, dayNumber, fromDayNumber } from '../../shared/time/dates';
import type { ProfileInput } from '../../shared/policy/profile';
import { SERIES_IDS } from '../../shared/policy/series';
import {
  ARCHIVE_HOLDERS,
  EDUCATION_LEVELS,
  MAJOR_CONTRIBUTIONS,
  PAPER_REPLACEMENTS,
  SECTORS,
  SKILL_LEVELS,
  TITLE_LEVELS,
  WORK_KINDS,
} from '../../shared/policy/vocabulary';
import { DISTRICT_CODES } from '../../shared/org/districts';

const root = resolve(__dirname, '..', '..');
const PROFILES = 400;
const PASSES = 5;
const PER_PASS = 4000;
const WARMUP = 3000;
const GOAL_P99_MS = 1;
const LOADS = 8;
/** Evaluation dates, cycled (BENCH_DATES=2026-11-24 for one date, as one function instance sees on a day). */
const DATES = (process.env.BENCH_DATES || '2026-11-24,2026-12-01,2027-01-05,2027-02-20').split(',');

const round2 = (n: number) => Math.round(n * 100) / 100;
const round3 = (n: number) => Math.round(n * 1000) / 1000;
const pct = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// ---------------------------------------------------------------- profiles and rounds

const ROUND_BASE = { publishedBy: '包头市人力资源和社会保障局', publishedAt: '2026-10-15T09:00:00+08:00' };
/** What rounds.list would return around the evaluation dates: one open, one coming, one open later. */
const PUBLISHED: Round[] = [
  {
    ...ROUND_BASE,
    id: 'bench-2026',
    name: '2026年度包头市工程技术系列中初级职称社会化评审',
    applyFrom: '2026-11-01',
    applyTo: '2026-12-31',
    seniorityCutoff: '2026-06-30',
    defenseFrom: '2027-01-10',
    defenseTo: '2027-01-20',
  },
  {
    ...ROUND_BASE,
    id: 'bench-2027a',
    name: '2027年度第一批社会化评审',
    applyFrom: '2027-01-01',
    applyTo: '2027-03-31',
    seniorityCutoff: '2026-12-31',
  },
  {
    ...ROUND_BASE,
    id: 'bench-2027b',
    name: '2027年度经济系列评审',
    applyFrom: '2027-02-01',
    applyTo: '2027-02-28',
    seniorityCutoff: '2026-12-31',
  },
];

/** Deterministic varied profiles (a linear congruential generator, so every run measures the same work). */
function benchProfiles(n: number, seed = 20261124): ProfileInput[] {
  let s = seed >>> 0;
  const rnd = () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const first = dayNumber('1995-01-01');
  const last = dayNumber(DATES[0]);
  const date = () => fromDayNumber(first + Math.floor(rnd() * (last - first)));
  const tri = () => pick([true, false, undefined]);
  const out: ProfileInput[] = [];
  for (let i = 0; i < n; i++) {
    const periods = Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => {
      const from = date();
      const end = addDays(from, Math.floor(rnd() * 4000));
      return { from, to: rnd() < 0.5 ? null : end > DATES[0] ? DATES[0] : end, kind: pick(WORK_KINDS) };
    });
    const achievements = Object.fromEntries(
      Object.entries({ intermediate: tri(), deputySenior: tri(), engineering: tri() }).filter(([, v]) => v !== undefined),
    );
    out.push({
      sector: rnd() < 0.7 ? 'non_public_enterprise' : pick(SECTORS),
      education: { level: pick(EDUCATION_LEVELS), graduatedOn: date() },
      workPeriods: periods,
      appliedSeries: rnd() < 0.6 ? 'engineering' : pick(SERIES_IDS),
      currentTitle:
        rnd() < 0.4 ? { series: 'engineering', level: pick(TITLE_LEVELS.filter((l) => l !== 'junior_staff')), obtainedOn: date() } : null,
      ...(rnd() < 0.4 ? { skill: { level: pick(SKILL_LEVELS), obtainedOn: date() } } : {}),
      achievements,
      paperReplacements: PAPER_REPLACEMENTS.filter(() => rnd() < 0.3),
      ...(rnd() < 0.5
        ? { talent: { recognizedHighLevel: rnd() < 0.3, broughtInByNonPublicFirm: rnd() < 0.5, keyIndustryUrgentNeed: rnd() < 0.2 } }
        : {}),
      majorContributions: MAJOR_CONTRIBUTIONS.filter(() => rnd() < 0.1),
      ...(rnd() < 0.7 ? { employerDistrict: pick(DISTRICT_CODES) } : {}),
      ...(rnd() < 0.5 ? { employerInPark: rnd() < 0.5 } : {}),
      ...(rnd() < 0.7 ? { archiveHeldBy: pick(ARCHIVE_HOLDERS) } : {}),
    } as ProfileInput);
  }
  return out;
}

/** The i-th evaluation: its profile, date, and round choice (mostly 暂不选择 with the published list). */
function options(i: number) {
  const asOf = DATES[i % DATES.length];
  const k = i % 10;
  if (k === 7) return { asOf, round: PUBLISHED[0], rounds: PUBLISHED };
  if (k === 8) return { asOf, rounds: PUBLISHED, countToAsOf: true };
  if (k === 9) return { asOf };
  return { asOf, rounds: PUBLISHED };
}

function engineBench() {
  const profiles = benchProfiles(PROFILES);
  const run = (i: number) => {
    const r = checkAndEvaluate(profiles[i % profiles.length], options(i));
    if (!r.ok) throw new Error(`profile ${i % profiles.length}: ${JSON.stringify(r.issues)}`);
    return r.value;
  };
  for (let i = 0; i < WARMUP; i++) run(i);
  const passes: { evalsPerSec: number; p50: number; p99: number }[] = [];
  const all: number[] = [];
  const cpu: number[] = [];
  let routes = 0;
  for (let p = 0; p < PASSES; p++) {
    const times: number[] = [];
    const started = performance.now();
    for (let j = 0; j < PER_PASS; j++) {
      const c = process.cpuUsage();
      const t = performance.now();
      routes += run(p * PER_PASS + j).routes.length;
      times.push(performance.now() - t);
      const used = process.cpuUsage(c);
      cpu.push((used.user + used.system) / 1000);
    }
    const seconds = (performance.now() - started) / 1000;
    all.push(...times);
    times.sort((a, b) => a - b);
    passes.push({ evalsPerSec: PER_PASS / seconds, p50: pct(times, 50), p99: pct(times, 99) });
  }
  all.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const mid = [...passes].sort((a, b) => a.p99 - b.p99)[Math.floor(passes.length / 2)];
  return {
    profiles: PROFILES,
    dates: DATES,
    evaluations: PASSES * PER_PASS,
    routesPerEvaluation: round2(routes / (PASSES * PER_PASS)),
    evalsPerSec: Math.round(median(passes.map((x) => x.evalsPerSec))),
    p50Ms: round3(mid.p50),
    p99Ms: round3(mid.p99),
    p99AllSamplesMs: round3(pct(all, 99)),
    maxMs: round3(all[all.length - 1]),
    /** CPU time of the process per evaluation (µs resolution): the engine's cost without the scheduler's. */
    cpuP50Ms: round3(pct(cpu, 50)),
    cpuP99Ms: round3(pct(cpu, 99)),
    /** The machine's 1-minute load average when the engine part ended (the figures are wall time). */
    loadAverage: round2(loadavg()[0]),
    cores: cpus().length,
    goalP99Ms: GOAL_P99_MS,
    goalMet: mid.p99 <= GOAL_P99_MS,
  };
}

// ---------------------------------------------------------------- size

async function sizeBench() {
  const result = await build({
    stdin: {
      contents: "export { checkAndEvaluate } from './shared/policy/evaluate';\nexport { chooseRound } from './shared/policy/calendar';\n",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2017',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const out = Object.values(result.metafile.outputs)[0];
  let shared = 0;
  let zod = 0;
  let other = 0;
  for (const [path, info] of Object.entries(out.inputs)) {
    if (path.includes('node_modules/zod/')) zod += info.bytesInOutput;
    else if (path.startsWith('shared/')) shared += info.bytesInOutput;
    else other += info.bytesInOutput;
  }
  const bytes = result.outputFiles[0].contents;
  const kb = (n: number) => Math.round((n / 1024) * 10) / 10;
  const checkDir = join(root, 'client', 'dist', 'weapp', 'packages', 'check');
  return {
    measure: 'esbuild bundle of checkAndEvaluate + chooseRound, minified, ES2017 (stand-in for the weapp bundle)',
    engineKB: kb(shared),
    zodKB: kb(zod),
    otherKB: kb(other),
    totalKB: kb(bytes.length),
    totalGzipKB: kb(gzipSync(bytes).length),
    weappCheckSubpackageKB: existsSync(checkDir) ? kb(dirBytes(checkDir)) : null,
  };
}

function dirBytes(dir: string): number {
  let n = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    n += st.isDirectory() ? dirBytes(p) : name.endsWith('.map') ? 0 : st.size;
  }
  return n;
}

// ---------------------------------------------------------------- H5: time to first answer

/** Records, in the page's own clock, when the first verdict chip is on screen. Runs before any page script. */
const WATCH_VERDICT = `(() => {
  const seen = () => {
    const chip = document.querySelector('.taro_page_stationed .route-card .verdict-chip');
    if (!chip || window.__verdictAt !== undefined) return;
    const box = chip.getBoundingClientRect();
    if (box.width > 0 && box.height > 0) window.__verdictAt = performance.now();
  };
  new MutationObserver(seen).observe(document, { childList: true, subtree: true, attributes: true });
})();`;

async function h5Bench() {
  const h5 = join(root, 'client', 'dist', 'h5', 'index.html');
  const fn = join(root, 'cloudfunctions', 'dist', 'eligibility', 'index.js');
  if (!existsSync(h5) || !existsSync(fn)) return { skipped: 'needs npm run build:functions && npm run build:h5' };
  const { startApp } = await import('../e2e/support/app');
  const { launchChromium } = await import('../e2e/support/browser');
  const { fromProfile } = await import('../../client/src/features/check/services/form');
  const { validateForm } = await import('../../client/src/features/check/services/issues');
  const [app, browser] = await Promise.all([startApp(), launchChromium()]);
  try {
    // The example profiles as the questionnaire holds them, its own questions (有没有职称…) answered too.
    const forms = ['engineer-bachelor-6y', 'technician-3y', 'high-level-talent'].map((name) => {
      const f = fromProfile(JSON.parse(readFileSync(join(root, 'test', 'fixtures', 'profiles', `${name}.json`), 'utf8')));
      const form = {
        ...f,
        hasTitle: f.hasTitle || 'no',
        hasSkill: f.hasSkill || 'no',
        special: f.special || 'no',
        achIntermediate: f.achIntermediate || 'unsure',
        achDeputySenior: f.achDeputySenior || 'unsure',
        achEngineering: f.achEngineering || 'unsure',
        roundId: 'none',
      } as const;
      const issues = validateForm(form, DATES[0]);
      if (Object.keys(issues).length) throw new Error(`${name}: ${JSON.stringify(issues)}`);
      return form;
    });
    const draft = (i: number, completed: boolean) => ({
      v: 1,
      form: forms[i % forms.length],
      step: 'achievements',
      totalSteps: 6,
      stepIndex: 5,
      round: null,
      completed,
      savedAt: new Date().toISOString(),
    });
    const page = async (i: number, completed: boolean) => {
      const context = await browser.newContext({
        viewport: { width: 375, height: 740 },
        deviceScaleFactor: 2,
        locale: 'zh-CN',
        isMobile: true,
        hasTouch: true,
      });
      // Taro H5 keeps storage in localStorage as {"data": …}: the draft as the form saved it.
      await context.addInitScript(({ key, value }) => localStorage.setItem(key, value), {
        key: 'checkDraft',
        value: JSON.stringify({ data: draft(i, completed) }),
      });
      await context.addInitScript({ content: WATCH_VERDICT });
      return { context, page: await context.newPage() };
    };
    const verdictAt = async (p: Awaited<ReturnType<typeof page>>['page']) => {
      await p.locator('.taro_page_stationed .route-card .verdict-chip').first().waitFor({ state: 'visible', timeout: 30_000 });
      await p.waitForFunction(() => (window as { __verdictAt?: number }).__verdictAt !== undefined);
      return p.evaluate(() => (window as unknown as { __verdictAt: number }).__verdictAt);
    };

    // One load first, so the host's function instances are started; every measured load is a new context.
    const warm = await page(0, true);
    await warm.page.goto(`${app.url}/#/packages/check/result/index`);
    await verdictAt(warm.page);
    await warm.context.close();

    const cold: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      const { context, page: p } = await page(i, true);
      await p.goto(`${app.url}/#/packages/check/result/index`);
      cold.push(await verdictAt(p));
      await context.close();
    }
    const submit: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      const { context, page: p } = await page(i, false);
      await p.goto(`${app.url}/#/packages/check/form/index`);
      await p.locator('.taro_page_stationed #check-submit').waitFor({ state: 'visible' });
      const tapped = await p.evaluate(() => {
        const at = performance.now();
        (document.querySelector('.taro_page_stationed #check-submit') as HTMLElement).click();
        return at;
      });
      submit.push((await verdictAt(p)) - tapped);
      await context.close();
    }
    return {
      measure:
        'H5 development build on the local host, not signed in, 375×740; cold = navigation start → first verdict chip on screen; submit = tap on 查看结果 → first verdict chip',
      loads: LOADS,
      coldMedianMs: Math.round(median(cold)),
      coldMaxMs: Math.round(Math.max(...cold)),
      submitMedianMs: Math.round(median(submit)),
      submitMaxMs: Math.round(Math.max(...submit)),
    };
  } finally {
    await browser.close();
    await app.close();
  }
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  const engine = engineBench();
  const size = await sizeBench();
  const h5 = process.argv.includes('--engine-only') ? { skipped: '--engine-only' } : await h5Bench();
  console.log(`eligibility bench: ${engine.evaluations} evaluations of ${engine.profiles} profiles, node ${process.version}`);
  const rows: [string, string][] = [
    ['engine evaluations/s', String(engine.evalsPerSec)],
    ['engine p50 ms', String(engine.p50Ms)],
    [`engine p99 ms (goal ≤ ${GOAL_P99_MS})`, `${engine.p99Ms}${engine.goalMet ? '  ✓' : '  ✗'}`],
    ['engine p99 ms, all samples', String(engine.p99AllSamplesMs)],
    ['engine CPU ms per evaluation, p50 / p99', `${engine.cpuP50Ms} / ${engine.cpuP99Ms}`],
    ['load average / cores', `${engine.loadAverage} / ${engine.cores}`],
    ['engine KB (shared/, minified)', String(size.engineKB)],
    ['  + zod KB', String(size.zodKB)],
    ['  bundle KB / gzip KB', `${size.totalKB} / ${size.totalGzipKB}`],
    ['weapp packages/check KB', String(size.weappCheckSubpackageKB ?? '(no weapp build)')],
  ];
  if ('coldMedianMs' in h5) {
    rows.push(['H5 first answer, cold ms (median/max)', `${h5.coldMedianMs} / ${h5.coldMaxMs}`]);
    rows.push(['H5 first answer, submit ms (median/max)', `${h5.submitMedianMs} / ${h5.submitMaxMs}`]);
  } else rows.push(['H5 first answer', `skipped: ${h5.skipped}`]);
  for (const [k, v] of rows) console.log(`${k.padEnd(40)}${v.padStart(16)}`);
  console.log(JSON.stringify({ bench: 'eligibility', engine, size, h5, node: process.version }));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
