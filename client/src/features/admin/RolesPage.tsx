/**
 * 角色授权: find the person (identity.people.search: name or phone, masked), pick them, choose the role and its
 * scope, grant (identity.grantRole with the person's reference, never an openid); the grants the caller may
 * manage (identity.grants.list) with 撤销 after a confirmation (identity.revokeRole).
 * Test hooks:
 *   #people-form, #people-keyword, #people-search, #people-error, #people-results, .person-item (data-ref),
 *   .person-pick, #people-empty, #people-more,
 *   #grant-form, #grant-person, #grant-person-change, #grant-role-picker, #grant-org-picker, #grant-district-picker,
 *   #grant-submit, #grant-error, #grant-success, field errors #<field id>-error,
 *   #grants-list, .grant-item (data-id), .grant-revoke, #revoke-confirm, #revoke-confirm-ok, #revoke-confirm-cancel,
 *   #revoke-error, #revoke-success, #grants-empty, #grants-more
 */
import { useCallback, useMemo, useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { InputOf, OutputOf } from '@shared/contracts';
import { ROLE_LABELS, ROLE_SCOPE_KIND, type Actor, type Role } from '@shared/auth/roles';
import { grantableRoles, grantText, searchReach } from '@shared/auth/people';
import { staffRoleFor } from '@shared/org/organizations';
import { DISTRICTS, type DistrictCode } from '@shared/org/districts';
import { api } from '../../services/api';
import { useAction } from '../../hooks/use-action';
import { useLoad } from '../../hooks/use-load';
import { useWhoami } from '../../hooks/use-whoami';
import { useOrganizationOptions } from '../../hooks/use-organizations';
import { Card } from '../../components/Card';
import { PickerField } from '../../components/PickerField';
import { TextField } from '../../components/TextField';
import { ActionButton } from '../../components/ActionButton';
import { Notice } from '../../components/Notice';
import { LoadState } from '../../components/LoadState';
import { a11y } from '../../components/a11y';
import { formatTime, orgOptions } from './shared';
import './RolesPage.scss';

type GrantInput = InputOf<'identity', 'grantRole'>;
type Person = OutputOf<'identity', 'people.search'>['items'][number];
type ManagedGrant = OutputOf<'identity', 'grants.list'>['items'][number];

const DISTRICT_OPTIONS = DISTRICTS.map((d) => ({ value: d.code, label: d.name }));
const PAGE = 20;

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

const personLine = (p: { name: string; phone: string; openidMasked: string }) => `${p.name} · ${p.phone} · 用户 ${p.openidMasked}`;

function PeopleSearch({ partial, onPick }: { partial: boolean; onPick: (p: Person) => void }) {
  const [keyword, setKeyword] = useState('');
  const [found, setFound] = useState<OutputOf<'identity', 'people.search'> | null>(null);
  const call = useCallback((input: InputOf<'identity', 'people.search'>) => api.identity['people.search'](input), []);
  const { run, pending, error, fieldErrors } = useAction(call);
  const search = async () => {
    const res = await run({ keyword: keyword.trim() });
    setFound(res?.ok ? res.data : null);
  };
  return (
    <Card title="第一步：查找要授权的人" id="people-form">
      <TextField
        id="people-keyword"
        label="姓名或手机号"
        value={keyword}
        maxlength={20}
        placeholder={partial ? '例如 王建国、王建 或 0001' : '例如 王建国 或 13904720001'}
        hint={partial ? '可输入姓名的一部分，或手机号后 4 位及以上' : '请输入对方的完整姓名或完整的 11 位手机号'}
        error={fieldErrors.keyword}
        onChange={setKeyword}
      />
      {error && !fieldErrors.keyword ? (
        <Notice kind="error" id="people-error">
          {error.message}
        </Notice>
      ) : null}
      <ActionButton id="people-search" kind="primary" pending={pending} onPress={() => void search()}>
        查找
      </ActionButton>
      {found ? (
        <View id="people-results" aria-live="polite">
          {found.items.length === 0 ? (
            <Text id="people-empty" className="card__text">
              没有找到。请确认对方已打开过职称通并在「我的」中填写了姓名和手机号。
            </Text>
          ) : null}
          {found.items.map((p) => (
            <View key={p.ref} className="list-item person-item" data-ref={p.ref}>
              <Text className="list-item__title">{personLine(p)}</Text>
              <Text className="list-item__meta">{p.roles.length ? `现有角色：${p.roles.map(grantText).join('；')}` : '暂无您可管理的角色'}</Text>
              <ActionButton className="person-pick" small onPress={() => onPick(p)} label={`选择 ${p.name}`}>
                选择此人
              </ActionButton>
            </View>
          ))}
          {found.more ? (
            <Text id="people-more" className="card__hint">
              找到的人较多，只显示前 {found.items.length} 位；请输入更完整的姓名或手机号。
            </Text>
          ) : null}
        </View>
      ) : null}
    </Card>
  );
}

function GrantsList({ reloadKey, onChanged }: { reloadKey: number; onChanged: () => void }) {
  const [pageSize, setPageSize] = useState(PAGE);
  const load = useCallback(() => api.identity['grants.list']({ page: 1, pageSize }), [pageSize, reloadKey]); // eslint-disable-line react-hooks/exhaustive-deps
  const state = useLoad(load);
  const [asking, setAsking] = useState<ManagedGrant | null>(null);
  const [done, setDone] = useState('');
  const call = useCallback((input: InputOf<'identity', 'revokeRole'>) => api.identity.revokeRole(input), []);
  const revoke = useAction(call);
  const confirm = async () => {
    if (!asking) return;
    const res = await revoke.run({ grantId: asking.id });
    if (res?.ok) {
      setDone(`已撤销 ${asking.person.name} 的${grantText(asking)}`);
      setAsking(null);
      onChanged();
      void state.reload();
    }
  };
  return (
    <Card title="您可管理的授权" id="grants-list">
      {done ? (
        <Notice kind="ok" id="revoke-success">
          {done}
        </Notice>
      ) : null}
      {revoke.error ? (
        <Notice kind="error" id="revoke-error">
          {revoke.error.message}
        </Notice>
      ) : null}
      <LoadState state={state}>
        {(data) => (
          <View>
            <Text className="card__hint">{`共 ${data.total} 项`}</Text>
            {data.items.length === 0 ? (
              <Text id="grants-empty" className="card__text">
                还没有您可管理的授权。
              </Text>
            ) : null}
            {data.items.map((g) => (
              <View key={g.id} className="list-item grant-item" data-id={g.id}>
                <Text className="list-item__title">{`${g.person.name} · ${grantText(g)}`}</Text>
                <Text className="list-item__meta">{`${g.person.phone} · 授予于 ${formatTime(g.grantedAt)}`}</Text>
                {asking?.id === g.id ? (
                  <View id="revoke-confirm" className="roles-confirm" {...a11y({ role: 'alertdialog', 'aria-label': '确认撤销授权' })}>
                    <Text className="roles-confirm__text">{`确定撤销 ${g.person.name} 的${grantText(g)}吗？撤销后对方立即失去这个身份。`}</Text>
                    <View className="roles-confirm__buttons">
                      <ActionButton id="revoke-confirm-ok" kind="danger" pending={revoke.pending} onPress={() => void confirm()}>
                        确定撤销
                      </ActionButton>
                      <ActionButton id="revoke-confirm-cancel" onPress={() => setAsking(null)}>
                        不撤销
                      </ActionButton>
                    </View>
                  </View>
                ) : (
                  <ActionButton
                    className="grant-revoke"
                    kind="danger"
                    small
                    label={`撤销 ${g.person.name} 的${grantText(g)}`}
                    onPress={() => {
                      setDone('');
                      revoke.reset();
                      setAsking(g);
                    }}
                  >
                    撤销
                  </ActionButton>
                )}
              </View>
            ))}
            {data.total > data.items.length && pageSize < 50 ? (
              <ActionButton id="grants-more" small onPress={() => setPageSize(Math.min(50, pageSize + PAGE))}>
                显示更多
              </ActionButton>
            ) : null}
          </View>
        )}
      </LoadState>
    </Card>
  );
}

function Roles() {
  const me = useWhoami();
  const actor: Actor | null = me.data ? { openid: me.data.openid, grants: me.data.roles.map((g) => ({ role: g.role, scope: g.scope })) } : null;
  const reach = actor ? searchReach(actor) : null;
  const roleOptions = useMemo(() => (actor ? grantableRoles(actor).map((r) => ({ value: r, label: ROLE_LABELS[r] })) : []), [me.data]); // eslint-disable-line react-hooks/exhaustive-deps
  const orgs = useOrganizationOptions({ governed: true });
  const [person, setPerson] = useState<Person | null>(null);
  const [role, setRole] = useState<Role | ''>('');
  const [orgId, setOrgId] = useState('');
  const [district, setDistrict] = useState<DistrictCode | ''>('');
  const [success, setSuccess] = useState('');
  const [listKey, setListKey] = useState(0);
  const call = useCallback((input: GrantInput) => api.identity.grantRole(input), []);
  const { run, pending, error, fieldErrors } = useAction(call);
  const kind = role ? ROLE_SCOPE_KIND[role] : null;
  // Only the organizations that take this role: employers have HR, recommending bodies have recommenders.
  const organizationOptions = useMemo(
    () => orgOptions((orgs.data?.items ?? []).filter((o) => !role || staffRoleFor(o.type) === role), true),
    [orgs.data, role],
  );
  // Pickers left empty: say so plainly rather than the schema's generic 「缺少编号」.
  const [missing, setMissing] = useState<{ person?: string; role?: string; scope?: string }>({});
  const personError = missing.person ?? fieldErrors.person;
  const roleError = missing.role ?? fieldErrors.role;
  const scopeError = missing.scope ?? fieldErrors['scope.orgId'] ?? fieldErrors['scope.district'] ?? fieldErrors.scope;

  const submit = async () => {
    const m = {
      person: person ? undefined : '请先在上方查找并选择要授权的人',
      role: role ? undefined : '请选择角色',
      scope: kind === 'org' && !orgId ? '请选择单位' : kind === 'district' && !district ? '请选择旗县区' : undefined,
    };
    setMissing(m);
    setSuccess('');
    if (!person || !role || m.scope) return;
    const res = await run({ person: person.ref, role, scope: scopeOf(role, orgId, district) });
    if (res?.ok) {
      setSuccess(`已授予 ${res.data.person?.name ?? person.name} ${grantText(res.data)}`);
      setListKey((k) => k + 1);
    }
  };

  if (me.data && !reach)
    return (
      <View className="page">
        <Text className="page-title">授予 / 撤销角色</Text>
        <Notice kind="error" id="roles-forbidden">
          您没有授予角色的权限。
        </Notice>
      </View>
    );

  return (
    <View className="page">
      <Text className="page-title">授予 / 撤销角色</Text>
      <Text className="page-lead">查找对方，按其工作职责授予身份，并选择其负责的范围。</Text>
      <PeopleSearch
        partial={reach === 'partial'}
        onPick={(p) => {
          setPerson(p);
          setSuccess('');
          setMissing({});
        }}
      />
      <Card title="第二步：选择角色和范围" id="grant-form">
        {success ? (
          <Notice kind="ok" id="grant-success">
            {success}
          </Notice>
        ) : null}
        {error && !Object.keys(fieldErrors).length ? (
          <Notice kind="error" id="grant-error">
            {error.message}
          </Notice>
        ) : null}
        <View className={`field ${personError ? 'field--error' : ''}`}>
          <Text className="field__label">授权给</Text>
          <Text id="grant-person" className="card__text">
            {person ? personLine(person) : '尚未选择：请先在上方查找并选择'}
          </Text>
          {personError ? (
            <Text id="grant-person-error" className="field__error">
              {personError}
            </Text>
          ) : null}
        </View>
        <PickerField id="grant-role-picker" label="角色" options={roleOptions} value={role} error={roleError} onChange={setRole} />
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
          <PickerField id="grant-district-picker" label="负责的旗县区" options={DISTRICT_OPTIONS} value={district} error={scopeError} onChange={setDistrict} />
        ) : null}
        {kind === 'city' ? <Text className="field__hint">范围：全市</Text> : null}
        <ActionButton id="grant-submit" kind="primary" pending={pending} onPress={() => void submit()}>
          授予
        </ActionButton>
      </Card>
      <GrantsList reloadKey={listKey} onChanged={() => setSuccess('')} />
    </View>
  );
}

export default Roles;
