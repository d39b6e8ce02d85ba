import { useState } from 'react';
import { Picker, Text, View } from '@tarojs/components';
import type { Application } from '@shared/workflow/application';
import type { AvailableAction } from '@shared/workflow/machine';
import { Card } from '../../components/Card';
import { ActionButton } from '../../components/ActionButton';
import { ChoiceField, YES_NO } from '../../components/ChoiceField';
import { MultiChoiceField } from '../../components/MultiChoiceField';
import { TextField } from '../../components/TextField';
import { DateField } from '../../components/DateField';
import { PickerField } from '../../components/PickerField';
import { Notice } from '../../components/Notice';
import { useOrganizationOptions } from '../../hooks/useOrganizations';
import { today } from '../../services/dates';
import { BODY_OPTIONS, errorFor, fieldsFor, inputFrom, type Answers, type FieldSpec } from './fields';

function BodyField({ answers, set, errors }: { answers: Answers; set: (k: string, v: string) => void; errors: Record<string, string> }) {
  const kind = answers['body.kind'] ?? '';
  const orgs = useOrganizationOptions(kind && kind !== 'district_bureau' ? { type: kind as 'talent_centre' } : { type: 'talent_centre' });
  const options = (orgs.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }));
  return (
    <>
      <ChoiceField
        id="action-field-body-kind"
        label="推荐报送渠道"
        options={BODY_OPTIONS}
        value={kind}
        onChange={(v) => {
          set('body.kind', v);
          set('body.orgId', '');
          set('body.name', '');
        }}
        error={errors['body.kind'] ?? (errors.body && !kind ? errors.body : undefined)}
      />
      {kind && kind !== 'district_bureau' ? (
        <PickerField
          id="action-field-body-org"
          label="推荐单位"
          options={options}
          value={answers['body.orgId'] ?? ''}
          placeholder={options.length ? '请选择' : '没有登记的推荐单位'}
          onChange={(v) => {
            set('body.orgId', v);
            set('body.name', options.find((o) => o.value === v)?.label ?? '');
          }}
          error={errors['body.orgId'] ?? errors['body.name']}
        />
      ) : null}
    </>
  );
}

function Field({ spec, answers, set, errors }: { spec: FieldSpec; answers: Answers; set: (k: string, v: string) => void; errors: Record<string, string> }) {
  const id = `action-field-${spec.key}`;
  const value = answers[spec.key] ?? '';
  const error = errorFor(errors, spec.key);
  switch (spec.kind) {
    case 'confirm':
      return (
        <MultiChoiceField
          id={id}
          label="请确认"
          options={[{ value: '__true', label: spec.label }]}
          value={value ? [value] : []}
          onChange={(v) => set(spec.key, v[0] ?? '')}
          error={error}
        />
      );
    case 'yesno':
      return <ChoiceField id={id} label={spec.label} options={YES_NO} value={value as 'yes' | 'no' | ''} onChange={(v) => set(spec.key, v)} error={error} inline />;
    case 'choice':
      return <ChoiceField id={id} label={spec.label} options={spec.options ?? []} value={value} onChange={(v) => set(spec.key, v)} error={error} />;
    case 'date':
      return <DateField id={id} label={spec.label} value={value} start={today()} end="2099-12-31" onChange={(v) => set(spec.key, v)} hint={spec.hint} error={error} />;
    case 'time':
      return (
        <View className={`field ${error ? 'field--error' : ''}`}>
          <Text className="field__label">{spec.label}</Text>
          <Picker id={id} mode="time" value={value || '09:00'} onChange={(e) => set(spec.key, String(e.detail.value))}>
            <View className="field__picker">
              {value ? <Text className="field__value">{value}</Text> : <Text className="field__placeholder">点此选择时间</Text>}
            </View>
          </Picker>
          {error ? (
            <Text id={`${id}-error`} className="field__error">
              {error}
            </Text>
          ) : null}
        </View>
      );
    case 'body':
      return <BodyField answers={answers} set={set} errors={errors} />;
    default:
      return <TextField id={id} label={spec.label} value={value} onChange={(v) => set(spec.key, v)} hint={spec.hint} error={error} maxlength={spec.kind === 'lines' ? 1000 : 500} />;
  }
}

/**
 * The form for one action (fields from `fieldsFor`), with 确认 / 取消. Errors are the function's issues.
 * Test hooks: #action-form (data-action), #action-field-<key> (inputs: `#action-field-<key> input`),
 *   #action-field-<key>-error, #action-field-body-kind-<kind>, #action-field-body-org, #action-confirm, #action-cancel, #action-error
 */
export function ActionForm({
  app,
  available,
  pending,
  retry = false,
  error,
  errors,
  onSubmit,
  onCancel,
}: {
  app: Application;
  available: AvailableAction;
  pending: boolean;
  /** The last press failed with a network/INTERNAL error: the confirm button reads 重试 (same requestId). */
  retry?: boolean;
  error?: string;
  errors: Record<string, string>;
  onSubmit: (input: Record<string, unknown>) => void;
  onCancel: () => void;
}) {
  const [answers, setAnswers] = useState<Answers>((): Answers => (available.action === 'schedule_defense' ? { time: '09:00' } : {}));
  const set = (k: string, v: string) => setAnswers((a) => ({ ...a, [k]: v }));
  const specs = fieldsFor(available.action, app, available);
  return (
    <Card id="action-form" title={available.label} className="action-form">
      <View data-action={available.action}>
        {specs.length === 0 ? <Text className="card__text">{`确定要“${available.label}”吗？`}</Text> : null}
        {specs.map((s) => (
          <Field key={s.key} spec={s} answers={answers} set={set} errors={errors} />
        ))}
        {error ? (
          <Notice kind="error" id="action-error">
            {error}
          </Notice>
        ) : null}
        <View className="btn-row">
          <ActionButton id="action-confirm" kind="primary" pending={pending} onPress={() => onSubmit(inputFrom(available.action, answers))}>
            {retry ? '重试' : `确认${available.label}`}
          </ActionButton>
          <ActionButton id="action-cancel" onPress={onCancel}>
            取消
          </ActionButton>
        </View>
      </View>
    </Card>
  );
}
