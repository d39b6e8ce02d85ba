import { Text } from '@tarojs/components';
import type { GrantView } from '@shared/contracts';

/** 「单位人事 · 包头某某稀土材料有限公司」, 「旗县区人社部门 · 昆都仑区」; a role over oneself shows just the role. */
export function roleChipText(g: Pick<GrantView, 'roleLabel' | 'scopeLabel' | 'scope'>): string {
  return g.scope.kind === 'self' || !g.scopeLabel ? g.roleLabel : `${g.roleLabel} · ${g.scopeLabel}`;
}

export function RoleChip({ grant }: { grant: GrantView }) {
  return (
    <Text className={`chip me-role me-role--${grant.role}`} data-role={grant.role}>
      {roleChipText(grant)}
    </Text>
  );
}
