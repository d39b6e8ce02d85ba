/**
 * First load of 首页 on a weak phone: Chromium (playwright-core, CDP) on a slow 4G profile (1.6 Mbps down,
 * 750 kbps up, 150 ms RTT) with the CPU slowed 4×, each load cold (a new browser context: empty cache),
 * the H5 build served by the local host with the real functions and the demo seed. Reports the median
 * first contentful paint and largest contentful paint, when the app itself had rendered 首页 (appRendered:
 * its intro inside Taro's page, whatever the HTML painted before), the JavaScript the load fetched (bytes on the
 * wire and decoded), and the first load: the HTML and the scripts and style sheets it names itself (what
 * the page needs before it can run; lazy chunks come after). Prints one JSON line {"bench":"h5.fcp",…}.
 *
 *   npm run build:functions && npm run build:h5 && npx tsx test/bench/fcp.bench.ts
 * Env: BENCH_RUNS (7) · BENCH_H5_DIR (client/dist/h5) · CHROMIUM_PATH (/usr/bin/chromium)
 *      BENCH_H5_COMPARE: a second build (e.g. a copy of dist/h5 before a change), loaded in turn with the
 *      first so both meet the same machine load; prints a second line with "build":"compare".
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { createGateway } from '../../local/gateway';
import { createHost } from '../../local/host';
import { compressionSettled } from '../../local/host/static-files';
import { DEMO_ADMIN_OPENIDS, DEMO_USERS, gatewayDatabase, seedDemo } from '../../local/seed';
import { COLLECTIONS } from '../../shared/db/collections';

const root = resolve(__dirname, '..', '..');
const RUNS = Number(process.env.BENCH_RUNS || 7);
const H5_DIR = resolve(process.env.BENCH_H5_DIR || join(root, 'client', 'dist', 'h5'));
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const COMPARE_DIR = process.env.BENCH_H5_COMPARE ? resolve(process.env.BENCH_H5_COMPARE) : undefined;

/** DevTools' "slow 4G"-like profile the issue names; throughput in bytes per second. */
const NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const CPU_SLOWDOWN = 4;

interface Load {
  fcpMs: number;
  appMs: number;
  lcpMs: number;
  jsRequests: number;
  jsEncodedBytes: number;
  jsDecodedBytes: number;
  encodings: string[];
  firstLoad: Bytes;
}

interface Bytes {
  requests: number;
  encoded: number;
  decoded: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function coldLoad(browser: Browser, url: string): Promise<Load> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    locale: 'zh-CN',
    isMobile: true,
    hasTouch: true,
  });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', NETWORK);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });

    const scripts = new Map<string, { encoding: string; decoded: number }>();
    const js: Bytes = { requests: 0, encoded: 0, decoded: 0 };
    // The document and what its own markup asks for (parser-initiated), not what the app fetches later.
    const firstLoadIds = new Set<string>();
    const firstDecoded = new Map<string, number>();
    const firstLoad: Bytes = { requests: 0, encoded: 0, decoded: 0 };
    cdp.on('Network.requestWillBeSent', (e) => {
      if (e.type === 'Document' || (e.initiator.type === 'parser' && (e.type === 'Script' || e.type === 'Stylesheet')))
        firstLoadIds.add(e.requestId);
    });
    cdp.on('Network.responseReceived', (e) => {
      if (e.type !== 'Script') return;
      const h = Object.fromEntries(Object.entries(e.response.headers as Record<string, string>).map(([k, v]) => [k.toLowerCase(), v]));
      scripts.set(e.requestId, { encoding: h['content-encoding'] ?? 'identity', decoded: 0 });
    });
    cdp.on('Network.dataReceived', (e) => {
      const s = scripts.get(e.requestId);
      if (s) s.decoded += e.dataLength;
      if (firstLoadIds.has(e.requestId)) firstDecoded.set(e.requestId, (firstDecoded.get(e.requestId) ?? 0) + e.dataLength);
    });
    cdp.on('Network.loadingFinished', (e) => {
      if (firstLoadIds.has(e.requestId)) {
        firstLoad.requests++;
        firstLoad.encoded += e.encodedDataLength;
        firstLoad.decoded += firstDecoded.get(e.requestId) ?? 0;
      }
      const s = scripts.get(e.requestId);
      if (!s) return;
      js.requests++;
      js.encoded += e.encodedDataLength;
      js.decoded += s.decoded;
    });

    // Both observers are registered before any of the app runs (buffered: true catches earlier entries).
    await page.addInitScript(() => {
      const w = window as unknown as { __paint: { fcp?: number; lcp?: number; app?: number } };
      w.__paint = {};
      // When the app itself has rendered 首页 (the intro inside Taro's page), whatever painted before it.
      const seen = new MutationObserver(() => {
        if (!document.querySelector('.taro_page #home-intro')) return;
        w.__paint.app = performance.now();
        seen.disconnect();
      });
      seen.observe(document, { childList: true, subtree: true });
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') w.__paint.fcp = e.startTime;
      }).observe({ type: 'paint', buffered: true });
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__paint.lcp = e.startTime;
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    });
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await page.locator('#home-intro').first().waitFor({ state: 'visible', timeout: 120_000 });
    await page.waitForFunction(() => (window as unknown as { __paint: { fcp?: number } }).__paint.fcp !== undefined, undefined, {
      timeout: 60_000,
    });
    // LCP is final once the page has been still for a moment; input would end it too, there is none.
    await page.waitForTimeout(1000);
    const paint = await page.evaluate(() => (window as unknown as { __paint: { fcp: number; lcp?: number; app?: number } }).__paint);
    return {
      fcpMs: Math.round(paint.fcp),
      appMs: Math.round(paint.app ?? NaN),
      lcpMs: Math.round(paint.lcp ?? paint.fcp),
      jsRequests: js.requests,
      jsEncodedBytes: js.encoded,
      jsDecodedBytes: js.decoded,
      encodings: [...new Set([...scripts.values()].map((s) => s.encoding))],
      firstLoad,
    };
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  const functionsDir = join(root, 'cloudfunctions', 'dist');
  if (!existsSync(join(H5_DIR, 'index.html'))) throw new Error(`${H5_DIR}/index.html is missing: run npm run build:h5`);
  if (!existsSync(join(functionsDir, 'identity', 'index.js')))
    throw new Error('cloudfunctions/dist is missing: run npm run build:functions');
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (set CHROMIUM_PATH)`);

  const dataDir = mkdtempSync(join(tmpdir(), 'zct-bench-fcp-'));
  const gateway = await createGateway({ dataDir: join(dataDir, 'db'), collections: COLLECTIONS, port: 0 });
  const hosts: Awaited<ReturnType<typeof createHost>>[] = [];
  let browser: Browser | undefined;
  try {
    await seedDemo(gatewayDatabase(gateway.url, gateway.credentials));
    for (const h5Dir of COMPARE_DIR ? [H5_DIR, COMPARE_DIR] : [H5_DIR]) {
      if (!existsSync(join(h5Dir, 'index.html'))) throw new Error(`${h5Dir}/index.html is missing`);
      hosts.push(
        await createHost({
          gatewayUrl: gateway.url,
          gatewayCredentials: gateway.credentials,
          functionsDir,
          h5Dir,
          adminOpenids: DEMO_ADMIN_OPENIDS,
          devUsers: async () => DEMO_USERS,
          instanceEnv: { FUNCTION_LOG: 'off' },
          log: false,
        }),
      );
    }
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      timeout: 60_000,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    // One unmeasured load warms each host (function instances, compressed copies) — not the browser: every measured load is cold.
    for (const host of hosts) await coldLoad(browser, `${host.url}/`);
    await compressionSettled();
    const loads: Load[][] = hosts.map(() => []);
    for (let i = 0; i < RUNS; i++) for (const [k, host] of hosts.entries()) loads[k].push(await coldLoad(browser, `${host.url}/`));

    const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
    for (const [k, ls] of loads.entries()) {
      console.log(
        JSON.stringify({
          bench: 'h5.fcp',
          page: '首页',
          ...(COMPARE_DIR ? { build: k === 0 ? 'this' : 'compare', dir: k === 0 ? H5_DIR : COMPARE_DIR } : {}),
          profile: { downKbps: 1600, upKbps: 750, rttMs: NETWORK.latency, cpuSlowdown: CPU_SLOWDOWN },
          runs: RUNS,
          fcpMedianMs: median(ls.map((l) => l.fcpMs)),
          lcpMedianMs: median(ls.map((l) => l.lcpMs)),
          appRenderedMedianMs: median(ls.map((l) => l.appMs)),
          // The least disturbed load: on a machine shared with other work the median moves with its load.
          fcpMinMs: Math.min(...ls.map((l) => l.fcpMs)),
          fcpMs: ls.map((l) => l.fcpMs),
          jsRequests: ls[0].jsRequests,
          jsTransferredKB: kb(median(ls.map((l) => l.jsEncodedBytes))),
          jsDecodedKB: kb(median(ls.map((l) => l.jsDecodedBytes))),
          jsEncodings: ls[0].encodings,
          firstLoadRequests: ls[0].firstLoad.requests,
          firstLoadTransferredKB: kb(median(ls.map((l) => l.firstLoad.encoded))),
          firstLoadDecodedKB: kb(median(ls.map((l) => l.firstLoad.decoded))),
          node: process.version,
        }),
      );
    }
  } finally {
    await browser?.close();
    for (const host of hosts) await host.close();
    await gateway.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
