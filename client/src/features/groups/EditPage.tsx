/**
 * 新建联络群 / 编辑 (`?id=`): the group's name, the bureau (a district officer's own district; the city for city
 * officers — chosen when the person may create for several), the other officers who run it (optional; by their
 * 用户标识, which each officer copies on their 我的 page), and for an existing group its status (使用中 / 已停用).
 * 创建 (groups.create → the group's page, where its binding card is shared) or 保存 (groups.update with the version).
 * The function's `issues` are shown once, under their field; the rest above the buttons.
 * Test hooks: #group-edit-page (data-id), #edit-name, #edit-bureau (radiogroup; #edit-bureau-<city|code>) /
 *   #edit-bureau-fixed, #edit-officers, #edit-officers-current, #edit-status (radiogroup; #edit-status-active|closed),
 *   #edit-create, #edit-save, #edit-done, #edit-error, #edit-not-allowed, field errors #<field id>-error,
 *   #load-error, #signin-prompt
 */
import { useEffect, useMemo, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { GROUP_NAME_MAX, type GroupView } from '@shared/contracts/groups';
import { api } from './api';
import { useWhoami } from '../../hooks/use-whoami';
import { fieldErrorsOf, useAction, type FieldErrors } from '../../hooks/use-action';
import { a11y } from '../../components/a11y';
import { LoadState } from '../../components/LoadState';
import { Card } from '../../components/Card';
import { Notice } from '../../components/Notice';
import { ActionButton } from '../../components/ActionButton';
import { TextField } from '../../components/TextField';
import { FieldFooter } from '../../components/FieldFooter';
import { RadioChips } from '../../components/RadioChips';
import { TextArea } from '../../components/TextArea';
import { bureauChoices, GROUP_ROUTES, issueAt, parseOpenids, restOf } from './views';
import '../notices/notices.scss';
import '../publish/publish.scss';
import './groups.scss';

const STATUSES: { value: GroupView['status']; label: string }[] = [
  { value: 'active', label: '使用中' },
  { value: 'closed', label: '已停用' },
];
const SHOWN = ['name', 'district', 'officers', 'status'];

function EditGroup() {
  const { params } = useRouter();
  const editId = params.id ?? '';
  const me = useWhoami();
  const choices = useMemo(() => bureauChoices(me.data), [me.data]);
  const [bureauKey, setBureauKey] = useState('');
  const bureau = choices.find((c) => c.key === bureauKey) ?? choices[0] ?? null;
  const [group, setGroup] = useState<GroupView | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [officers, setOfficers] = useState('');
  const [status, setStatus] = useState<GroupView['status']>('active');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const create = useAction(api.groups.create);
  const update = useAction(api.groups.update);

  const apply = (g: GroupView) => {
    setGroup(g);
    setName(g.name);
    setOfficers(g.officers.map((o) => o.openid).join('\n'));
    setStatus(g.status);
  };
  useEffect(() => {
    if (!editId) return;
    void api.groups.get({ id: editId }).then((res) => (res.ok ? apply(res.data) : setLoadError(res.message)));
  }, [editId]);

  const clear = (field: string) => {
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([p]) => p !== field && !p.startsWith(`${field}.`))));
    setDone(null);
  };
  const showFailure = (res: { message: string; issues?: { path: string; message: string }[] }) => {
    const errs = fieldErrorsOf(res.issues);
    setErrors(errs);
    setFormError(restOf(errs, SHOWN, res.message));
    setDone(null);
  };

  const onCreate = async () => {
    if (!bureau || !me.data) return;
    const res = await create.run({ name, district: bureau.district, officers: parseOpenids(officers, me.data.openid) });
    if (res && !res.ok) return showFailure(res);
    if (res?.ok) void Taro.redirectTo({ url: GROUP_ROUTES.group(res.data.id) });
  };
  const onSave = async () => {
    if (!group) return;
    const res = await update.run({ id: group.id, expectedVersion: group.version, name, officers: parseOpenids(officers), status });
    if (res && !res.ok) return showFailure(res);
    if (res?.ok) {
      apply(res.data);
      setErrors({});
      setFormError(null);
      setDone('已保存');
    }
  };

  const isNew = !editId;
  return (
    <View id="group-edit-page" className="page group-edit" data-id={editId}>
      <Text className="page-title" {...a11y({ role: 'heading', 'aria-level': 1 })}>
        {isNew ? '新建联络群' : '编辑联络群'}
      </Text>
      <LoadState state={me}>
        {(who) =>
          isNew && !choices.length ? (
            <Card id="edit-not-allowed" title="不能新建联络群">
              <Text className="card__text">联络群由市人社局或旗县区人社部门的工作人员建立和管理。</Text>
            </Card>
          ) : loadError ? (
            <Card id="load-error">
              <Notice kind="error">{loadError}</Notice>
            </Card>
          ) : !isNew && !group ? (
            <Card id="loading">
              <Text className="card__text">正在加载…</Text>
            </Card>
          ) : (
            <>
              <Card title="联络群">
                <TextField
                  id="edit-name"
                  label="群名称"
                  value={name}
                  maxlength={GROUP_NAME_MAX}
                  placeholder="例如：昆都仑区非公企业职称联络群"
                  hint={`2–${GROUP_NAME_MAX} 个字，与微信群的名称一致，便于大家认出`}
                  error={issueAt(errors, 'name')}
                  onChange={(v) => {
                    setName(v);
                    clear('name');
                  }}
                />
                <View className={`field ${issueAt(errors, 'district') ? 'field--error' : ''}`}>
                  <Text className="field__label">所属部门</Text>
                  {isNew && choices.length > 1 ? (
                    <RadioChips
                      id="edit-bureau"
                      label="所属部门"
                      options={choices.map((c) => ({ value: c.key, label: c.label }))}
                      value={bureau?.key ?? ''}
                      onChange={(k) => {
                        setBureauKey(k);
                        clear('district');
                      }}
                    />
                  ) : (
                    <Text id="edit-bureau-fixed" className="card__text">
                      {group ? group.bureau : (bureau?.label ?? '')}
                    </Text>
                  )}
                  <FieldFooter id="edit-bureau" error={issueAt(errors, 'district')} />
                </View>
              </Card>

              <Card title="工作人员">
                {group ? (
                  <Text id="edit-officers-current" className="card__text">
                    {`现在：${group.officers.map((o) => o.name || '未填姓名').join('、')}`}
                  </Text>
                ) : (
                  <Text className="card__text">{`您（${who.profile.name || '未填姓名'}）是本群的工作人员。还可以加上同部门的其他工作人员。`}</Text>
                )}
                <TextArea
                  id="edit-officers"
                  label={isNew ? '其他工作人员（选填）' : '运行本群的工作人员'}
                  value={officers}
                  max={700}
                  placeholder="每行一个用户标识"
                  hint="工作人员的用户标识，在其「我的」页可复制；每行一个，最多 10 人（含您）"
                  error={issueAt(errors, 'officers')}
                  onChange={(v) => {
                    setOfficers(v);
                    clear('officers');
                  }}
                />
              </Card>

              {group ? (
                <Card title="状态">
                  <RadioChips
                    id="edit-status"
                    label="联络群状态"
                    options={STATUSES}
                    value={status}
                    onChange={(v) => {
                      setStatus(v);
                      clear('status');
                    }}
                  />
                  <Text className="card__hint">停用表示这个联络群不再使用；已有的名册和问答仍然保留。</Text>
                  <FieldFooter id="edit-status" error={issueAt(errors, 'status')} />
                </Card>
              ) : null}

              <Card id="edit-actions">
                {done ? (
                  <Notice kind="ok" id="edit-done">
                    {done}
                  </Notice>
                ) : null}
                {formError ? (
                  <Notice kind="error" id="edit-error">
                    {formError}
                  </Notice>
                ) : null}
                {isNew ? (
                  <ActionButton id="edit-create" kind="primary" pending={create.pending} onPress={() => void onCreate()}>
                    创建联络群
                  </ActionButton>
                ) : (
                  <View className="btn-row">
                    <ActionButton id="edit-save" kind="primary" pending={update.pending} onPress={() => void onSave()}>
                      保存
                    </ActionButton>
                    <ActionButton
                      id="edit-back"
                      onPress={() => void Taro.navigateBack().catch(() => Taro.redirectTo({ url: GROUP_ROUTES.group(editId) }))}
                    >
                      返回
                    </ActionButton>
                  </View>
                )}
              </Card>
            </>
          )
        }
      </LoadState>
    </View>
  );
}

export default EditGroup;
