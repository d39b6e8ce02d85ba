/**
 * The app as a person meets it: the H5 build served by the local host, the real functions, the gateway on a
 * temp folder with the demo seed. The stack is tracked (support/started.ts): closed after the suite even if
 * the suite's `beforeAll` fails elsewhere (no browser) or the seed fails.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_ADMIN_OPENIDS, DEMO_USERS, gatewayDatabase, seedDemo } from '../../../local/seed';
import { startHostStack, type HostStack } from '../../support/host';
import { tracked } from './started';

const root = join(__dirname, '..', '..', '..');

export async function startApp(): Promise<HostStack> {
  const h5Dir = join(root, 'client', 'dist', 'h5');
  const functionsDir = join(root, 'cloudfunctions', 'dist');
  if (!existsSync(join(h5Dir, 'index.html')) || !existsSync(join(functionsDir, 'identity', 'index.js'))) {
    throw new Error(
      '浏览器测试需要先构建：npm run build:functions && npm run build:h5（npm test 会自动构建）/ build first: npm run build:functions && npm run build:h5',
    );
  }
  const stack = await tracked(startHostStack({ functionsDir, h5Dir, adminOpenids: DEMO_ADMIN_OPENIDS, devUsers: async () => DEMO_USERS }));
  await seedDemo(gatewayDatabase(stack.gatewayUrl, stack.gatewayCredentials));
  return stack;
}
