/**
 * H5: the page's chunks, fetched through the route Taro's app entry registered (window.__taroAppConfig.routes, each
 * `load()` returning `[import(page), …]`). webpack forgets a chunk that failed, so the next call fetches it again;
 * once loaded, the router's own import of the page resolves at once. An unknown path is left to the router (页面不存在).
 */
interface Route {
  path: string;
  load: () => [Promise<unknown>, ...unknown[]];
}

const loaded = new Set<string>();

/** A promise while the page's code is on its way; undefined when there is nothing to fetch. */
export function loadPageCode(url: string): Promise<void> | undefined {
  const path = url.split('?')[0].replace(/^\/+/, '');
  if (loaded.has(path)) return undefined;
  const routes = (window as { __taroAppConfig?: { routes?: Route[] } }).__taroAppConfig?.routes ?? [];
  const route = routes.find((r) => r.path.replace(/^\/+/, '') === path);
  if (!route) return undefined;
  return route.load()[0].then(() => void loaded.add(path));
}
