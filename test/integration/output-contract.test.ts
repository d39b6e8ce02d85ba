/**
 * The kit checks every answer against its action's output contract on the way out (cloudfunctions/kit/dispatch):
 * an answer that does not match is the function's fault, so the caller gets INTERNAL with the usual message and
 * nothing of the answer, and the log names only the paths that failed, never a value.
 */
import { defineFunction, type Handlers } from '../../cloudfunctions/kit/dispatch';
import { eligibility } from '../../shared/contracts/eligibility';
import { ERROR_CODES } from '../../shared/errors/app-error';
import { buildCallContext } from '../../local/host/context';
import { startCloud, type Cloud } from '../support/cloud';

let cloud: Cloud;
beforeAll(async () => {
  cloud = await startCloud();
});
afterAll(() => cloud.close());

const round = {
  id: 'r-1',
  name: '2026年度社会化评审',
  applyFrom: '2026-09-01',
  applyTo: '2026-09-30',
  seniorityCutoff: '2026-08-31',
  publishedBy: '包头市人社局',
  publishedAt: '2026-08-01T00:00:00.000Z',
};

function withRoundsList(answer: unknown) {
  const handlers = { 'rounds.list': async () => answer } as unknown as Handlers<'eligibility'>;
  return defineFunction('eligibility', eligibility, handlers, { openToVisitors: ['rounds.list'] });
}

async function callLogged(main: ReturnType<typeof withRoundsList>) {
  const lines: string[] = [];
  const warn = jest.spyOn(console, 'warn').mockImplementation((line: string) => void lines.push(line));
  const log = jest.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line));
  process.env.FUNCTION_LOG = 'on';
  try {
    const env = await main({ action: 'rounds.list', input: {} }, buildCallContext('eligibility', {}));
    return { env, lines };
  } finally {
    process.env.FUNCTION_LOG = 'off';
    warn.mockRestore();
    log.mockRestore();
  }
}

it('an answer its contract describes goes out as the contract parses it (unknown keys dropped)', async () => {
  const { env } = await callLogged(withRoundsList({ items: [{ ...round, _internal: 'x' }] }));
  expect(env).toEqual({ ok: true, data: { items: [round] }, requestId: expect.any(String) });
});

it('an answer that does not match is INTERNAL, and the log names the failing paths without values', async () => {
  const { env, lines } = await callLogged(withRoundsList({ items: [{ ...round, applyTo: undefined, name: 42, secret: '张三' }] }));
  expect(env).toEqual({ ok: false, code: 'INTERNAL', message: ERROR_CODES.INTERNAL, requestId: expect.any(String) });
  expect(JSON.stringify(env)).not.toContain('2026年度');
  expect(lines).toHaveLength(1);
  const line = JSON.parse(lines[0]);
  expect(line).toMatchObject({ fn: 'eligibility', action: 'rounds.list', ok: false, code: 'INTERNAL' });
  expect(line.error).toBe('OutputMismatch:items.0.name,items.0.applyTo');
  expect(lines[0]).not.toContain('张三');
});
