import type { OrganizationView } from '@shared/contracts';
import { staffRoleFor } from '@shared/org/organizations';
import type { Option } from '../../components/PickerField';

/** Organizations picked from the list, handed to the edit page (no "get one" action; same JS context). */
const orgCache = new Map<string, OrganizationView>();
export const rememberOrg = (o: OrganizationView) => void orgCache.set(o.id, o);
export const recallOrg = (id: string) => orgCache.get(id);

/** `2025-03-01T08:00:00.000Z` → `2025-03-01 16:00` (local time). */
export function formatTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

export function orgOptions(orgs: OrganizationView[], onlyWithStaff = false): Option[] {
  return orgs
    .filter((o) => !onlyWithStaff || staffRoleFor(o.type) !== null)
    .map((o) => ({ value: o.id, label: `${o.name}（${o.districtName}）` }));
}
