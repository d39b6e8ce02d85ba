/**
 * `npm run eligibility -- <profile.json> [--as-of YYYY-MM-DD] [--round round.json]`: the eligibility result
 * as JSON — the same object the engine returns to the function and the mini-program. Bad input prints the
 * field errors (path: message) to stderr and exits 1; a missing file or a usage error exits 2.
 */
import { chinaDate } from '../shared/time/dates';
import { readFileSync } from 'node:fs';
import { checkAndEvaluate } from '../shared/policy';

const USAGE = '用法：npm run eligibility -- <资料.json> [--as-of YYYY-MM-DD] [--round 评审轮次.json]';

export interface CliOutcome {
  code: 0 | 1 | 2;
  stdout: string;
  stderr: string;
}

/** Today in China (UTC+8), the default as-of date. */
export function todayInChina(now: Date = new Date()): string {
  return chinaDate(now);
}

function parseArgs(argv: string[]): { profilePath?: string; asOf?: string; roundPath?: string; error?: string } {
  const out: { profilePath?: string; asOf?: string; roundPath?: string; error?: string } = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--as-of') out.asOf = value();
    else if (flag === '--round') out.roundPath = value();
    else if (flag.startsWith('--')) return { error: `不认识的参数：${arg}` };
    else if (out.profilePath) return { error: `多余的参数：${arg}` };
    else out.profilePath = arg;
  }
  if (!out.profilePath) return { error: '缺少资料文件' };
  if (out.asOf === undefined && argv.some((a) => a === '--as-of')) return { error: '--as-of 后面要跟日期' };
  if (out.roundPath === undefined && argv.some((a) => a === '--round')) return { error: '--round 后面要跟文件' };
  return out;
}

type Read = (path: string) => string;

function readJson(path: string, what: string, read: Read): { ok: true; value: unknown } | { ok: false; outcome: CliOutcome } {
  let text: string;
  try {
    text = read(path);
  } catch (e) {
    const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
    return { ok: false, outcome: { code: 2, stdout: '', stderr: `${missing ? `找不到${what}文件` : `无法读取${what}文件`}：${path}\n` } };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    return { ok: false, outcome: { code: 1, stdout: '', stderr: `${what}文件不是有效的 JSON：${path}（${(e as Error).message}）\n` } };
  }
}

export function runEligibility(argv: string[], read: Read = (p) => readFileSync(p, 'utf8'), today: string = todayInChina()): CliOutcome {
  const args = parseArgs(argv);
  if (args.error) return { code: 2, stdout: '', stderr: `${args.error}\n${USAGE}\n` };
  const profile = readJson(args.profilePath!, '资料', read);
  if (!profile.ok) return profile.outcome;
  let round: unknown;
  if (args.roundPath) {
    const r = readJson(args.roundPath, '评审轮次', read);
    if (!r.ok) return r.outcome;
    round = r.value;
  }
  const result = checkAndEvaluate(profile.value, { asOf: args.asOf ?? today, ...(args.roundPath ? { round } : {}) });
  if (!result.ok) {
    return { code: 1, stdout: '', stderr: `输入有误：\n${result.issues.map((i) => `  ${i.path}: ${i.message}`).join('\n')}\n` };
  }
  return { code: 0, stdout: `${JSON.stringify(result.value, null, 2)}\n`, stderr: '' };
}

if (require.main === module) {
  // `… | head` closes the pipe early; that is not an error worth a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
  });
  const outcome = runEligibility(process.argv.slice(2));
  process.stdout.write(outcome.stdout);
  process.stderr.write(outcome.stderr);
  process.exitCode = outcome.code;
}
