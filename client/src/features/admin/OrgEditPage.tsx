/**
 * 单位信息: create an organization or edit one chosen on 单位管理 (identity.upsertOrganization, with the
 * version seen for compare-and-set; CONFLICT asks to go back and reload).
 * Test hooks: #org-form, #org-type-picker, #org-name-input, #org-district-picker, #org-uscc-input,
 *   #org-industry-picker, #org-submit, #org-error, #org-missing, field errors #<field id>-error
 */
import { useCallback, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { InputOf } from '@shared/contracts';
import { DISTRICTS, type DistrictCode } from '@shared/org/districts';
import { INDUSTRIES, ORG_TYPES, ORG_TYPE_LABELS, type Industry, type OrgType } from '@shared/org/organizations';
import { api } from '../../services/api';
import { useAction } from '../../hooks/use-action';
import { Card } from '../../components/Card';
import { PickerField } from '../../components/PickerField';
import { TextField } from '../../components/TextField';
import { ActionButton } from '../../components/ActionButton';
import { Notice } from '../../components/Notice';
import { recallOrg } from './shared';

type UpsertInput = InputOf<'identity', 'upsertOrganization'>;

const TYPE_OPTIONS = ORG_TYPES.map((t) => ({ value: t, label: ORG_TYPE_LABELS[t] }));
const DISTRICT_OPTIONS = DISTRICTS.map((d) => ({ value: d.code, label: d.name }));
const INDUSTRY_OPTIONS = INDUSTRIES.map((i) => ({ value: i, label: i }));

function OrgEdit() {
  const { params } = useRouter();
  const id = params.id ? decodeURIComponent(params.id) : '';
  const existing = id ? recallOrg(id) : undefined;
  const [type, setType] = useState<OrgType | ''>(existing?.type ?? 'employer');
  const [name, setName] = useState(existing?.name ?? '');
  const [district, setDistrict] = useState<DistrictCode | ''>(existing?.district ?? '');
  const [uscc, setUscc] = useState(existing?.uscc ?? '');
  const [industry, setIndustry] = useState<Industry | ''>(existing?.industry ?? '');
  const call = useCallback((input: UpsertInput) => api.identity.upsertOrganization(input), []);
  const { run, pending, error, fieldErrors } = useAction(call);
  const [missing, setMissing] = useState<{ type?: string; district?: string }>({});

  if (id && !existing) {
    return (
      <View className="page">
        <Card id="org-missing">
          <Notice kind="info">请从「单位管理」列表中选择要修改的单位。</Notice>
          <ActionButton onPress={() => void Taro.navigateBack()}>返回</ActionButton>
        </Card>
      </View>
    );
  }

  const submit = async () => {
    const m = { type: type ? undefined : '请选择单位类型', district: district ? undefined : '请选择所在旗县区' };
    setMissing(m);
    if (!type || !district) return;
    const res = await run({
      ...(existing ? { id: existing.id, version: existing.version } : {}),
      type,
      name,
      district,
      ...(uscc.trim() ? { uscc: uscc.trim() } : {}),
      ...(industry ? { industry } : {}),
    });
    if (res?.ok) {
      void Taro.showToast({ title: existing ? '已保存' : '已创建', icon: 'success' });
      setTimeout(() => void Taro.navigateBack(), 600);
    }
  };

  const isEmployer = type === 'employer';
  return (
    <View className="page">
      <Text className="page-title">{existing ? '修改单位信息' : '新建单位'}</Text>
      <Card id="org-form">
        {error && error.code !== 'VALIDATION' ? (
          <Notice kind="error" id="org-error">
            {error.code === 'CONFLICT' ? '该单位刚被他人修改过，请返回列表刷新后再改。' : error.message}
          </Notice>
        ) : null}
        <PickerField
          id="org-type-picker"
          label="单位类型"
          options={TYPE_OPTIONS}
          value={type}
          error={missing.type ?? fieldErrors.type}
          onChange={setType}
        />
        <TextField
          id="org-name-input"
          label="单位名称"
          value={name}
          placeholder="与营业执照一致"
          maxlength={60}
          error={fieldErrors.name}
          onChange={setName}
        />
        <PickerField
          id="org-district-picker"
          label="所在旗县区"
          options={DISTRICT_OPTIONS}
          value={district}
          error={missing.district ?? fieldErrors.district}
          onChange={setDistrict}
        />
        <TextField
          id="org-uscc-input"
          label={isEmployer ? '统一社会信用代码' : '统一社会信用代码（选填）'}
          value={uscc}
          placeholder="18 位，见营业执照"
          maxlength={18}
          error={fieldErrors.uscc}
          onChange={(v) => setUscc(v.toUpperCase())}
        />
        <PickerField
          id="org-industry-picker"
          label={isEmployer ? '所属行业' : '所属行业（选填）'}
          options={INDUSTRY_OPTIONS}
          value={industry}
          error={fieldErrors.industry}
          onChange={setIndustry}
        />
        {fieldErrors.version ? <Text className="field__error">{fieldErrors.version}</Text> : null}
        <ActionButton id="org-submit" kind="primary" pending={pending} onPress={() => void submit()}>
          {existing ? '保存修改' : '创建单位'}
        </ActionButton>
      </Card>
    </View>
  );
}

export default OrgEdit;
