/**
 * 发放邀请码: an officer picks an organization (identity.listOrganizations) and issues an 8-character
 * code (identity.issueInvitation) that its HR person enters on 我的 → 加入单位.
 * Test hooks: #invite-org-picker, #invite-ttl-input, #invite-submit, #invite-error, #invite-result,
 *   #invite-code, #invite-copy, #invite-org-picker-error, #invite-ttl-input-error, #load-error, #signin-prompt
 */
import { useCallback, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { InputOf, OutputOf } from '@shared/contracts';
import { ROLE_LABELS } from '@shared/auth/roles';
import { api } from '../../services/api';
import { useAction } from '../../hooks/use-action';
import { useOrganizationOptions } from '../../hooks/use-organizations';
import { Card } from '../../components/Card';
import { LoadState } from '../../components/LoadState';
import { PickerField } from '../../components/PickerField';
import { TextField } from '../../components/TextField';
import { ActionButton } from '../../components/ActionButton';
import { Notice } from '../../components/Notice';
import { formatTime, orgOptions } from './shared';

type IssueInput = InputOf<'identity', 'issueInvitation'>;

function Invite() {
  const orgs = useOrganizationOptions({ governed: true });
  const [orgId, setOrgId] = useState('');
  const [ttl, setTtl] = useState('7');
  const [issued, setIssued] = useState<OutputOf<'identity', 'issueInvitation'> | null>(null);
  const call = useCallback((input: IssueInput) => api.identity.issueInvitation(input), []);
  const { run, pending, error, fieldErrors } = useAction(call);

  const [orgMissing, setOrgMissing] = useState(false);

  const submit = async () => {
    setOrgMissing(!orgId);
    if (!orgId) return;
    const res = await run({ orgId, ttlDays: ttl.trim() === '' ? 7 : Number(ttl) });
    if (res?.ok) setIssued(res.data);
  };

  return (
    <View className="page">
      <Text className="page-title">发放单位邀请码</Text>
      <Text className="page-lead">把邀请码交给单位的人事（或推荐单位的工作人员），对方在「我的 → 加入单位」输入后即获得该单位的身份。</Text>
      <LoadState state={orgs}>
        {(list) => (
          <Card>
            {error && !Object.keys(fieldErrors).length ? (
              <Notice kind="error" id="invite-error">
                {error.message}
              </Notice>
            ) : null}
            <PickerField
              id="invite-org-picker"
              label="单位"
              options={orgOptions(list.items, true)}
              value={orgId}
              placeholder={list.items.length ? '请选择单位' : '暂无可选单位，请先在「单位管理」中添加'}
              error={orgMissing ? '请选择单位' : fieldErrors.orgId}
              onChange={setOrgId}
            />
            <TextField
              id="invite-ttl-input"
              label="有效期（天）"
              type="number"
              value={ttl}
              maxlength={2}
              hint="1 到 30 天，默认 7 天。邀请码只能使用一次。"
              error={fieldErrors.ttlDays}
              onChange={setTtl}
            />
            <ActionButton id="invite-submit" kind="primary" pending={pending} onPress={() => void submit()}>
              生成邀请码
            </ActionButton>
          </Card>
        )}
      </LoadState>
      {issued ? (
        <Card title="邀请码已生成" id="invite-result">
          <Text id="invite-code" className="big-code" userSelect>
            {issued.code}
          </Text>
          <View className="card__row">
            <Text className="card__label">单位</Text>
            <Text className="card__value">{issued.orgName}</Text>
          </View>
          <View className="card__row">
            <Text className="card__label">对方获得身份</Text>
            <Text className="card__value">{ROLE_LABELS[issued.role]}</Text>
          </View>
          <View className="card__row">
            <Text className="card__label">有效期至</Text>
            <Text className="card__value">{formatTime(issued.expiresAt)}</Text>
          </View>
          <ActionButton id="invite-copy" onPress={() => void Taro.setClipboardData({ data: issued.code })}>
            复制邀请码
          </ActionButton>
        </Card>
      ) : null}
    </View>
  );
}

export default Invite;
