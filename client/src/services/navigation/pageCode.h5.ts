/**
 * H5: the page's chunks, fetched through the route Taro's app entry registered (window.__taroAppConfig.routes, each
 * `load()` returning `[import(page), …]`). webpack forgets a chunk that failed, so the next call fetches it again;
 * once loaded, the router's own import of the page resolves at once. An unknown path is left to the router (页面不存在).
 */
interface Route {
  path: string;
  load: () => [Promise<unknown>, ...unknown[]];
}

export async function loadPageCode(url: string): Promise<void> {
  const routes = (window as { __taroAppConfig?: { routes?: Route[] } }).__taroAppConfig?.routes ?? [];
  const path = url.split('?')[0].replace(/^\/+/, '');
  const route = routes.find((r) => r.path.replace(/^\/+/, '') === path);
  if (route) await route.load()[0];
}
