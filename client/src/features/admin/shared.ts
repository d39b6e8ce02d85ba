import type { OrganizationView } from '@shared/contracts';
import { staffRoleFor } from '@shared/org/organizations';
import type { Option } from '../../components/PickerField';

/** Organizations picked from the list, handed to the edit page (no "get one" action; same JS context). */
const orgCache = new Map<string, OrganizationView>();
export const rememberOrg = (o: OrganizationView) => void orgCache.set(o.id, o);
export const recallOrg = (id: string) => orgCache.get(id);

export { formatTime } from '../../services/dates';

export function orgOptions(orgs: OrganizationView[], onlyWithStaff = false): Option[] {
  return orgs
    .filter((o) => !onlyWithStaff || staffRoleFor(o.type) !== null)
    .map((o) => ({ value: o.id, label: `${o.name}（${o.districtName}）` }));
}
