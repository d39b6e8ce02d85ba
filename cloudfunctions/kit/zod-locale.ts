import { config, locales } from 'zod';

/** Messages a contract does not spell out itself come back in Simplified Chinese, as on the phone. */
config(locales.zhCN());
