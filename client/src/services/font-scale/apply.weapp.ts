/** The weapp has no <html>: each page's <page-meta> (components/PageFont.weapp.tsx) listens and sets its rem base. */
export const LARGE_TYPE_CLASS = 'zct-large-type';

export function applyLargeType(_on: boolean): void {}
