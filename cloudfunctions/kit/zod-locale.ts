import { config } from 'zod';
import zhCN from 'zod/v4/locales/zh-CN.js';

/**
 * Messages a contract does not spell out itself come back in Simplified Chinese, as on the phone. The locale is
 * imported by name (as in client/src/setup/zod.ts) so that zod's other 40-odd locales stay out of every bundle.
 */
config(zhCN());
