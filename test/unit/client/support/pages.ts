/**
 * What the page tests share: a Taro module that is the real H5 one except for navigation, routing, page
 * hooks and an in-memory storage, and an API whose every action records its call and answers from `page.answers` (an action
 * without an answer never resolves, as a call still in flight). Use from a test file:
 *   jest.mock('@tarojs/taro', () => jest.requireActual('./support/pages').taroModule());
 *   jest.mock('../../../client/src/services/api', () => jest.requireActual('./support/pages').apiModule());
 *   import { page, resetPage, ok, fail } from './support/pages';
 */
export const page = {
  navigateTo: jest.fn((_o: { url: string }) => Promise.resolve()),
  redirectTo: jest.fn((_o: { url: string }) => Promise.resolve()),
  switchTab: jest.fn((_o: { url: string }) => Promise.resolve()),
  routeParams: {} as Record<string, string>,
  calls: [] as { fn: string; action: string; input: unknown; options?: unknown }[],
  answers: {} as Record<string, (input: unknown) => unknown>,
  /** The device's storage (Taro.getStorageSync & co.), emptied by resetPage. */
  storage: new Map<string, string>(),
};

/**
 * Taro's synchronous storage as WeChat keeps it: values stored as JSON (a copy, so a later change to the object
 * is not seen), '' for a key never set, a key required. Backed by page.storage.
 */
const storageApis = {
  getStorageSync: (key: string): unknown => {
    const v = page.storage.get(key);
    return v === undefined ? '' : JSON.parse(v);
  },
  setStorageSync: (key: string, data: unknown): void => {
    if (typeof key !== 'string' || !key) throw new Error('setStorageSync:fail parameter error: key must be a non-empty string');
    if (data === undefined) throw new Error('setStorageSync:fail parameter error: data is required');
    page.storage.set(key, JSON.stringify(data));
  },
  removeStorageSync: (key: string): void => void page.storage.delete(key),
  clearStorageSync: (): void => page.storage.clear(),
  getStorageInfoSync: () => ({
    keys: [...page.storage.keys()],
    currentSize: Math.ceil([...page.storage.values()].join('').length / 1024),
    limitSize: 10240,
  }),
};

export function resetPage(): void {
  page.calls.length = 0;
  for (const k of Object.keys(page.answers)) delete page.answers[k];
  page.navigateTo.mockClear();
  page.redirectTo.mockClear();
  page.switchTab.mockClear();
  page.routeParams = {};
  page.storage.clear();
}

export const ok = <T>(data: T) => ({ ok: true as const, data, requestId: 'r1' });
export const fail = (code: string, message: string, issues?: { path: string; message: string }[]) => ({
  ok: false as const,
  code,
  message,
  requestId: 'r1',
  ...(issues ? { issues } : {}),
});

/** Put a value in the device's storage as Taro would (a JSON copy), and read one back. */
export const store = (key: string, value: unknown): void => void page.storage.set(key, JSON.stringify(value));
export const stored = (key: string): unknown => storageApis.getStorageSync(key);

/** Taro for client tests; `extra` adds or replaces APIs a test needs (e.g. showToast, pageScrollTo). */
export function taroModule(extra: Record<string, unknown> = {}): object {
  let real: Record<string | symbol, unknown> | undefined;
  const actual = () => {
    if (!real) {
      const m = jest.requireActual('@tarojs/taro-h5');
      real = (m.default ?? m) as Record<string | symbol, unknown>;
    }
    return real;
  };
  const overrides: Record<string, unknown> = {
    navigateTo: (o: { url: string }) => page.navigateTo(o),
    redirectTo: (o: { url: string }) => page.redirectTo(o),
    switchTab: (o: { url: string }) => page.switchTab(o),
    setNavigationBarTitle: () => Promise.resolve(),
    useRouter: () => ({ params: page.routeParams }),
    useDidShow: () => undefined,
    useShareAppMessage: () => undefined,
    ...storageApis,
    ...extra,
  };
  const proxy: object = new Proxy(
    {},
    {
      get: (_t, k) => {
        if (k === '__esModule') return true;
        if (k === 'default') return proxy;
        if (typeof k === 'string' && k in overrides) return overrides[k];
        return actual()[k];
      },
    },
  );
  return proxy;
}

export function apiModule(): object {
  const handler = (fn: string) =>
    new Proxy(
      {},
      {
        get: (_t, action: string) => async (input: unknown, options?: unknown) => {
          page.calls.push({ fn, action, input, ...(options ? { options } : {}) });
          const answer = page.answers[`${fn}.${action}`];
          if (!answer) return new Promise(() => undefined);
          return answer(input);
        },
      },
    );
  // A package's api.ts registers its contracts with the app's API object; the stand-in has nothing to check.
  return { api: new Proxy({}, { get: (_t, fn: string) => handler(fn) }), registerContracts: () => undefined };
}
