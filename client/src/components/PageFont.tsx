/** H5: 大字模式 is the class on <html> (services/fontScale/apply.ts); the page needs nothing of its own. */
export function PageFont() {
  return null;
}
