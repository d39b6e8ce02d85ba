/** H5 (and Jest): 大字模式 is a class on <html> (app.scss multiplies the rem base by LARGE_SCALE). */
export const LARGE_TYPE_CLASS = 'zct-large-type';

export function applyLargeType(on: boolean): void {
  if (typeof document === 'undefined') return;
  document.documentElement.classList.toggle(LARGE_TYPE_CLASS, on);
}
