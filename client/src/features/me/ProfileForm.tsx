import { useCallback, useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import type { InputOf } from '@shared/contracts';
import { api } from '../../services/api';
import { useAction } from '../../hooks/use-action';
import { Card } from '../../components/Card';
import { TextField } from '../../components/TextField';
import { ActionButton } from '../../components/ActionButton';
import { Notice } from '../../components/Notice';
import { ensureConsent, forgetConsent } from '../../services/privacy/consent';

type ProfileInput = InputOf<'identity', 'updateProfile'>;

/**
 * 我的资料: name and mobile, saved with identity.updateProfile after the privacy prompt (once; again if the function
 * has no consent on record); errors shown under each field.
 */
export function ProfileForm({
  name,
  phone,
  consent,
  onSaved,
  onCancel,
}: {
  name?: string;
  phone?: string;
  consent?: { version: string } | null;
  onSaved: () => void;
  /** Folding the form back without saving (when a profile is already saved). */
  onCancel?: () => void;
}) {
  const [form, setForm] = useState({ name: name ?? '', phone: phone ?? '' });
  useEffect(() => setForm({ name: name ?? '', phone: phone ?? '' }), [name, phone]);
  const call = useCallback((input: ProfileInput) => api.identity.updateProfile(input), []);
  const { run, pending, error, fieldErrors } = useAction(call);

  const save = async () => {
    const phoneValue = form.phone.trim();
    const input = { name: form.name, ...(phoneValue ? { phone: phoneValue } : {}) };
    if (!(await ensureConsent(consent))) return;
    let res = await run(input);
    if (res && !res.ok && res.code === 'CONSENT_REQUIRED') {
      forgetConsent();
      if (!(await ensureConsent(null))) return;
      res = await run(input);
    }
    if (res?.ok) {
      void Taro.showToast({ title: '已保存', icon: 'success' });
      onSaved();
    }
  };

  return (
    <Card title="我的资料" id="profile-form">
      {error && error.code !== 'VALIDATION' ? (
        <Notice kind="error" id="profile-error">
          {error.message}
        </Notice>
      ) : null}
      <TextField
        id="profile-name-input"
        label="姓名"
        value={form.name}
        placeholder="请输入真实姓名"
        maxlength={30}
        error={fieldErrors.name}
        onChange={(v) => setForm((f) => ({ ...f, name: v }))}
      />
      <TextField
        id="profile-phone-input"
        label="手机号（选填）"
        type="number"
        value={form.phone}
        placeholder="11 位手机号"
        maxlength={11}
        error={fieldErrors.phone}
        hint="仅用于人社部门联系您，不会公开。"
        onChange={(v) => setForm((f) => ({ ...f, phone: v }))}
      />
      <ActionButton id="profile-submit" kind="primary" pending={pending} onPress={() => void save()}>
        保存资料
      </ActionButton>
      {onCancel ? (
        <ActionButton id="profile-cancel" onPress={onCancel}>
          取消
        </ActionButton>
      ) : null}
    </Card>
  );
}
