import { config } from 'zod';
import zhCN from 'zod/v4/locales/zh-CN.js';

/**
 * Run before any schema is used (first import of app.ts). Equivalent to `z.config({ jitless: true })` and
 * `z.config(z.locales.zhCN())`, imported by name so that the other locales stay out of the bundle.
 * - jitless: WeChat forbids `new Function`, which zod otherwise uses to compile object parsers.
 * - zhCN: messages a schema does not spell out itself come in Simplified Chinese.
 */
config({ jitless: true });
config(zhCN());
