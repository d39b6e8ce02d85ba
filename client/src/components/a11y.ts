/**
 * ARIA attributes for Taro's View / Text, whose prop types do not list `role` (Text) or `tabIndex`. Taro H5
 * passes them through to the element; the weapp ignores what it does not know (it has its own aria-* support).
 * `{...a11y({ role: 'link', tabIndex: 0, 'aria-label': '…' }, open)}` — with `activate`, Enter and Space on
 * the focused element do what a tap does (a keyboard or switch user on H5), as for a real button.
 */
export function a11y(attrs: Record<string, string | number | boolean | undefined>, activate?: () => void): object {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) out[k] = typeof v === 'boolean' ? String(v) : v;
  if (activate) {
    out.onKeyDown = (e: { key?: string; preventDefault?: () => void }) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault?.();
        activate();
      }
    };
  }
  return out;
}
