/** Masking of personal data shown in lists (and anywhere not the person's own view). */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length === 0) return '';
  if (chars.length === 1) return chars[0];
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}

export function maskPhone(phone: string): string {
  return /^\d{11}$/.test(phone) ? `${phone.slice(0, 3)}****${phone.slice(7)}` : '***';
}

export function maskOpenid(openid: string): string {
  return openid.length <= 8 ? '****' : `${openid.slice(0, 4)}…${openid.slice(-4)}`;
}

/** 统一社会信用代码 in lists: the registering authority and area, and the last four (911502********001X). */
export function maskUscc(uscc: string): string {
  const u = uscc.trim();
  return u.length === 18 ? `${u.slice(0, 6)}********${u.slice(-4)}` : '***';
}
