import { useCallback, useState } from 'react';
import type { InputOf, OutputOf } from '@shared/contracts';
import { api } from '../../services/api';
import { useAction } from '../../hooks/use-action';
import { Card } from '../../components/Card';
import { TextField } from '../../components/TextField';
import { ActionButton } from '../../components/ActionButton';
import { Notice } from '../../components/Notice';
import { roleChipText } from '../../components/RoleChip';

type ClaimInput = InputOf<'identity', 'claimInvitation'>;

/** 加入单位: an 8-character invitation code from the district HR department → a staff role at that organization. */
export function ClaimForm({ onClaimed }: { onClaimed: () => void }) {
  const [code, setCode] = useState('');
  const [claimed, setClaimed] = useState<OutputOf<'identity', 'claimInvitation'> | null>(null);
  const call = useCallback((input: ClaimInput) => api.identity.claimInvitation(input), []);
  const { run, pending, error, fieldErrors } = useAction(call);

  const submit = async () => {
    const res = await run({ code });
    if (res?.ok) {
      setClaimed(res.data);
      setCode('');
      onClaimed();
    }
  };

  return (
    <Card title="加入单位" id="claim-form">
      <Notice kind="info">单位人事或推荐单位的工作人员：请输入旗县区人社部门给您的 8 位邀请码。</Notice>
      {claimed ? (
        <Notice kind="ok" id="claim-success">
          已加入「{claimed.organization.name}」，身份：{roleChipText(claimed.grant)}
        </Notice>
      ) : null}
      {error && !fieldErrors.code ? (
        <Notice kind="error" id="claim-error">
          {error.message}
        </Notice>
      ) : null}
      <TextField
        id="claim-code-input"
        label="邀请码"
        value={code}
        placeholder="例如 AB12CD34"
        maxlength={8}
        error={fieldErrors.code}
        onChange={(v) => setCode(v.toUpperCase())}
      />
      <ActionButton id="claim-submit" kind="primary" pending={pending} onPress={() => void submit()}>
        加入
      </ActionButton>
    </Card>
  );
}
