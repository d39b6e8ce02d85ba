import type { GrantView, OrganizationView } from '../../shared/contracts';
import { ROLE_LABELS, type Actor, type Scope } from '../../shared/auth/roles';
import { districtName } from '../../shared/org/districts';
import { ORG_TYPE_LABELS, type Organization } from '../../shared/org/organizations';

export function orgView(o: Organization): OrganizationView {
  return {
    id: o._id,
    type: o.type,
    typeLabel: ORG_TYPE_LABELS[o.type],
    name: o.name,
    district: o.district,
    districtName: districtName(o.district),
    ...(o.uscc ? { uscc: o.uscc } : {}),
    ...(o.industry ? { industry: o.industry } : {}),
    version: o.version,
    updatedAt: o.updatedAt,
  };
}

export function scopeLabel(scope: Scope, orgNames: Map<string, string>): string {
  switch (scope.kind) {
    case 'self':
      return '本人';
    case 'org':
      return orgNames.get(scope.orgId) ?? '（单位已删除）';
    case 'district':
      return districtName(scope.district);
    case 'city':
      return '包头市';
  }
}

export function grantView(
  g: { _id?: string; role: Actor['grants'][number]['role']; scope: Scope },
  orgNames: Map<string, string>,
): GrantView {
  return {
    id: g._id ?? `implicit-${g.role}`,
    role: g.role,
    roleLabel: ROLE_LABELS[g.role],
    scope: g.scope,
    scopeLabel: scopeLabel(g.scope, orgNames),
  };
}
