/**
 * 角色授权: grant a role with its scope (identity.grantRole) and revoke a grant (identity.revokeRole).
 * Test hooks:
 *   #grant-form, #grant-openid-input, #grant-role-picker, #grant-org-picker, #grant-district-picker,
 *   #grant-submit, #grant-error, #grant-success, field errors #<field id>-error,
 *   .granted-item (grants made on this page), .granted-revoke,
 *   #revoke-form, #revoke-grant-input, #revoke-submit, #revoke-error, #revoke-success
 */
import { useCallback, useMemo, useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { GrantView, InputOf } from '@shared/contracts';
import { ROLES, ROLE_LABELS, ROLE_SCOPE_KIND, type Role } from '@shared/auth/roles';
import { DISTRICTS, type DistrictCode } from '@shared/org/districts';
import { api } from '../../../services/api';
import { useAction } from '../../../hooks/useAction';
import { useOrganizationOptions } from '../../../hooks/useOrganizations';
import { Card } from '../../../components/Card';
import { PickerField } from '../../../components/PickerField';
import { TextField } from '../../../components/TextField';
import { ActionButton } from '../../../components/ActionButton';
import { Notice } from '../../../components/Notice';
import { roleChipText } from '../../../components/RoleChip';
import { orgOptions } from '../shared';

type GrantInput = InputOf<'identity', 'grantRole'>;
type RevokeInput = InputOf<'identity', 'revokeRole'>;

const ROLE_OPTIONS = ROLES.filter((r) => r !== 'applicant').map((r) => ({ value: r, label: ROLE_LABELS[r] }));
const DISTRICT_OPTIONS = DISTRICTS.map((d) => ({ value: d.code, label: d.name }));

function scopeOf(role: Role, orgId: string, district: string): GrantInput['scope'] {
  switch (ROLE_SCOPE_KIND[role]) {
    case 'org':
      return { kind: 'org', orgId };
    case 'district':
      return { kind: 'district', district: district as DistrictCode };
    case 'city':
      return { kind: 'city' };
    default:
      return { kind: 'self' };
  }
}

function RevokeForm({ onRevoked }: { onRevoked: (grantId: string) => void }) {
  const [grantId, setGrantId] = useState('');
  const [done, setDone] = useState('');
  const call = useCallback((input: RevokeInput) => api.identity.revokeRole(input), []);
  const { run, pending, error, fieldErrors } = useAction(call);
  const submit = async () => {
    const res = await run({ grantId });
    if (res?.ok) {
      setDone(grantId);
      onRevoked(grantId);
      setGrantId('');
    }
  };
  return (
    <Card title="撤销授权" id="revoke-form">
      {done ? (
        <Notice kind="ok" id="revoke-success">
          已撤销授权 {done}
        </Notice>
      ) : null}
      {error && !fieldErrors.grantId ? (
        <Notice kind="error" id="revoke-error">
          {error.message}
        </Notice>
      ) : null}
      <TextField
        id="revoke-grant-input"
        label="授权编号"
        value={grantId}
        placeholder="授予成功后显示的编号"
        error={fieldErrors.grantId}
        onChange={setGrantId}
      />
      <ActionButton id="revoke-submit" kind="danger" pending={pending} onPress={() => void submit()}>
        撤销
      </ActionButton>
    </Card>
  );
}

export default function Roles() {
  const orgs = useOrganizationOptions({ governed: true });
  const [openid, setOpenid] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const [orgId, setOrgId] = useState('');
  const [district, setDistrict] = useState<DistrictCode | ''>('');
  const [granted, setGranted] = useState<GrantView[]>([]);
  const call = useCallback((input: GrantInput) => api.identity.grantRole(input), []);
  const { run, pending, error, fieldErrors } = useAction(call);
  const revokeCall = useCallback((input: RevokeInput) => api.identity.revokeRole(input), []);
  const revoke = useAction(revokeCall);
  const kind = role ? ROLE_SCOPE_KIND[role] : null;
  const organizationOptions = useMemo(() => orgOptions(orgs.data?.items ?? [], true), [orgs.data]);
  // Pickers left empty: say so plainly rather than the schema's generic 「缺少编号」.
  const [missing, setMissing] = useState<{ role?: string; scope?: string }>({});
  const roleError = missing.role ?? fieldErrors.role;
  const scopeError = missing.scope ?? fieldErrors['scope.orgId'] ?? fieldErrors['scope.district'] ?? fieldErrors.scope;

  const submit = async () => {
    const m = {
      role: role ? undefined : '请选择角色',
      scope: kind === 'org' && !orgId ? '请选择单位' : kind === 'district' && !district ? '请选择旗县区' : undefined,
    };
    setMissing(m);
    if (!role || m.scope) return;
    const res = await run({ openid: openid.trim(), role, scope: scopeOf(role, orgId, district) });
    if (res?.ok) setGranted((g) => [res.data, ...g]);
  };

  const revokeOne = async (grantId: string) => {
    const res = await revoke.run({ grantId });
    if (res?.ok) setGranted((g) => g.filter((x) => x.id !== grantId));
  };

  return (
    <View className="page">
      <Text className="page-title">授予 / 撤销角色</Text>
      <Text className="page-lead">按对方的工作职责授予身份，并选择其负责的范围。</Text>
      <Card title="授予角色" id="grant-form">
        {error && !Object.keys(fieldErrors).length ? (
          <Notice kind="error" id="grant-error">
            {error.message}
          </Notice>
        ) : null}
        <TextField
          id="grant-openid-input"
          label="对方的用户标识（openid）"
          value={openid}
          placeholder="请向对方索取"
          error={fieldErrors.openid}
          onChange={setOpenid}
        />
        <PickerField id="grant-role-picker" label="角色" options={ROLE_OPTIONS} value={role} error={roleError} onChange={setRole} />
        {kind === 'org' ? (
          <PickerField
            id="grant-org-picker"
            label="所属单位"
            options={organizationOptions}
            value={orgId}
            placeholder={orgs.loading ? '正在加载单位…' : '请选择单位'}
            error={scopeError}
            onChange={setOrgId}
          />
        ) : null}
        {kind === 'district' ? (
          <PickerField
            id="grant-district-picker"
            label="负责的旗县区"
            options={DISTRICT_OPTIONS}
            value={district}
            error={scopeError}
            onChange={setDistrict}
          />
        ) : null}
        {kind === 'city' ? <Text className="field__hint">范围：全市</Text> : null}
        <ActionButton id="grant-submit" kind="primary" pending={pending} onPress={() => void submit()}>
          授予
        </ActionButton>
      </Card>

      {granted.length ? (
        <Card title="本次授予" id="grant-success">
          {revoke.error ? <Notice kind="error">{revoke.error.message}</Notice> : null}
          {granted.map((g) => (
            <View key={g.id} className="list-item granted-item">
              <Text className="list-item__title">{roleChipText(g)}</Text>
              <Text className="list-item__meta" userSelect>
                授权编号：{g.id}
              </Text>
              <ActionButton className="granted-revoke" kind="danger" small pending={revoke.pending} onPress={() => void revokeOne(g.id)}>
                撤销
              </ActionButton>
            </View>
          ))}
        </Card>
      ) : null}

      <RevokeForm onRevoked={(id) => setGranted((g) => g.filter((x) => x.id !== id))} />
    </View>
  );
}
