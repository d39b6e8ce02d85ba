import { config } from 'zod';
import zhCN from 'zod/v4/locales/zh-CN.js';

/** Messages a contract does not spell out itself come back in Simplified Chinese, as on the phone. */
config(zhCN());
