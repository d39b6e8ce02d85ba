import tcb from '@cloudbase/node-sdk';

/**
 * One CloudBase app per function instance. In CloudBase the runtime supplies env and credentials; locally the
 * host sets the same variables (TCB_CONTEXT_CNFG points the SDK at the local gateway).
 */
let app: ReturnType<typeof tcb.init> | null = null;

export function cloud() {
  if (!app) app = tcb.init({ env: tcb.SYMBOL_CURRENT_ENV });
  return app;
}

export type Database = ReturnType<ReturnType<typeof tcb.init>['database']>;

export function database(): Database {
  return cloud().database();
}

/** The caller's OPENID, from the CloudBase context only — never from the event. */
export function callerOpenid(context: unknown): string | null {
  if (!context || typeof context !== 'object') return null;
  try {
    const openid = tcb.getCloudbaseContext(context as Parameters<typeof tcb.getCloudbaseContext>[0]).WX_OPENID;
    return typeof openid === 'string' && openid.length > 0 ? openid : null;
  } catch {
    return null;
  }
}

/** The mini-program's AppID the caller came through (WX_APPID of the CloudBase context): open data's watermark names it. */
export function callerAppid(context: unknown): string | null {
  if (!context || typeof context !== 'object') return null;
  try {
    const appid = tcb.getCloudbaseContext(context as Parameters<typeof tcb.getCloudbaseContext>[0]).WX_APPID;
    return typeof appid === 'string' && appid.length > 0 ? appid : null;
  } catch {
    return null;
  }
}
