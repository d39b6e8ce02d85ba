/**
 * 绿色通道一事一议 (district / city officers, admin): opens a one-off green-channel exception for one
 * applicant at one employer (applications['greenException.open']). Field errors come from the envelope's issues.
 * Test hooks: #green-exception (form), #ge-openid, #ge-employer (picker), #ge-reason, #ge-days, #ge-submit,
 *   #ge-done, #ge-error, #ge-forbidden (not an officer); field errors `#ge-<field>-error`
 */
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { api } from './api';
import { useAction } from '../../hooks/use-action';
import { useWhoami } from '../../hooks/use-whoami';
import { useOrganizationOptions } from '../../hooks/use-organizations';
import { Card } from '../../components/Card';
import { Notice } from '../../components/Notice';
import { ActionButton } from '../../components/ActionButton';
import { PickerField } from '../../components/PickerField';
import { TextField } from '../../components/TextField';
import { formatDate } from '../../services/dates';
import './work.scss';

const OFFICER_ROLES = ['district_officer', 'city_officer', 'admin'];

function Form() {
  const orgs = useOrganizationOptions({ governed: true, type: 'employer' });
  const options = (orgs.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }));
  const [openid, setOpenid] = useState('');
  const [employer, setEmployer] = useState('');
  const [reason, setReason] = useState('');
  const [days, setDays] = useState('');
  const [done, setDone] = useState('');
  const open = useAction(api.applications['greenException.open']);
  const errors = open.fieldErrors;

  const submit = async () => {
    setDone('');
    const n = days.trim() ? Number(days.trim()) : undefined;
    const res = await open.run({
      applicantOpenid: openid.trim(),
      employerOrgId: employer,
      reason,
      ...(n !== undefined ? { validDays: n } : {}),
    });
    if (res?.ok) setDone(`已开通一事一议，有效期至 ${formatDate(res.data.validUntil)}。`);
  };

  return (
    <Card id="green-exception" title="开通绿色通道一事一议">
      <TextField id="ge-openid" label="申报人用户编号" value={openid} onChange={setOpenid} placeholder="申报人在“我的”页面复制的用户编号" error={errors.applicantOpenid} />
      <PickerField
        id="ge-employer"
        label="单位"
        options={options}
        value={employer}
        placeholder={options.length ? '请选择' : '没有可选的单位'}
        onChange={setEmployer}
        error={errors.employerOrgId}
      />
      <TextField id="ge-reason" label="理由" value={reason} onChange={setReason} placeholder="请写明一事一议的理由" maxlength={500} error={errors.reason} />
      <TextField id="ge-days" label="有效天数" type="number" value={days} onChange={setDays} hint="1–60 天，不填按默认" error={errors.validDays} />
      {open.error && open.error.code !== 'VALIDATION' ? (
        <Notice kind="error" id="ge-error">
          {open.error.message}
        </Notice>
      ) : null}
      {open.error && open.error.code === 'VALIDATION' && errors['(整体)'] ? (
        <Notice kind="error" id="ge-error">
          {errors['(整体)']}
        </Notice>
      ) : null}
      {done ? (
        <Notice kind="ok" id="ge-done">
          {done}
        </Notice>
      ) : null}
      <ActionButton id="ge-submit" kind="primary" pending={open.pending} onPress={() => void submit()}>
        开通
      </ActionButton>
    </Card>
  );
}

function GreenException() {
  const me = useWhoami();
  const officer = !!me.data?.roles.some((g) => OFFICER_ROLES.includes(g.role));
  return (
    <View className="page work-green-exception">
      <Text className="page-title">绿色通道一事一议</Text>
      {me.data && !officer ? (
        <Text id="ge-forbidden" className="page-lead">
          只有旗县区、市级人社部门的经办人员可以开通一事一议。
        </Text>
      ) : null}
      {officer ? <Form /> : null}
    </View>
  );
}

export default GreenException;
