import type { ComponentType } from 'react';

/**
 * Every page's default export is `withPageFont(Page)`. H5: 大字模式 is the class on <html>
 * (services/font-scale/apply.ts) and the browser follows its own zoom, so the page is returned as it is.
 */
export function withPageFont<P extends object>(Page: ComponentType<P>): ComponentType<P> {
  return Page;
}
