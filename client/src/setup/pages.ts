/**
 * H5: each Taro page is its own scrolling box (div.taro_page). A keyboard user scrolls a box only once it can take
 * focus, and a page without links or fields (a notice, the cadence table) could not be read past the first screen:
 * every page box joins the tab order (axe: scrollable-region-focusable).
 */
export function keyboardScrollablePages(): void {
  if (typeof document === 'undefined' || typeof MutationObserver === 'undefined') return;
  const mark = () => {
    for (const el of Array.from(document.querySelectorAll('.taro_page:not([tabindex])'))) el.setAttribute('tabindex', '0');
  };
  new MutationObserver(mark).observe(document.body, { childList: true, subtree: true });
  mark();
}
