/**
 * ARIA attributes for Taro's View / Text, whose prop types do not list `role` (Text) or `tabIndex`. Taro H5
 * passes them through to the element; the weapp ignores what it does not know (it has its own aria-* support).
 * `{...a11y({ role: 'link', tabIndex: 0, 'aria-label': '…' })}`
 */
export function a11y(attrs: Record<string, string | number | boolean | undefined>): object {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) out[k] = typeof v === 'boolean' ? String(v) : v;
  return out;
}
