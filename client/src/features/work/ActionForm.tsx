import { useState } from 'react';
import { Picker, Text, View } from '@tarojs/components';
import type { Application } from '@shared/workflow/application';
import type { AvailableAction } from '@shared/workflow/machine';
import { Card } from '../../components/Card';
import { ActionButton } from '../../components/ActionButton';
import { ChoiceField, YES_NO } from '../../components/ChoiceField';
import { MultiChoiceField } from '../../components/MultiChoiceField';
import { TextField } from '../../components/TextField';
import { TextArea } from '../../components/TextArea';
import { DateField } from '../../components/DateField';
import { PickerField } from '../../components/PickerField';
import { Notice } from '../../components/Notice';
import { FieldFooter } from '../../components/FieldFooter';
import { useOrganizationOptions } from '../../hooks/use-organizations';
import { today } from '../../services/dates';
import { errorFor, fieldMax, fieldsFor, inputFrom, placed, type Answers, type FieldSpec } from './fields';

function BodyField({
  spec,
  answers,
  set,
  errors,
}: {
  spec: FieldSpec;
  answers: Answers;
  set: (k: string, v: string) => void;
  errors: Record<string, string>;
}) {
  const kind = answers['body.kind'] ?? '';
  const orgs = useOrganizationOptions(kind && kind !== 'district_bureau' ? { type: kind as 'talent_centre' } : { type: 'talent_centre' });
  const options = (orgs.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }));
  return (
    <>
      <ChoiceField
        id="action-field-body-kind"
        label={spec.label}
        options={spec.options ?? []}
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

function Field({
  spec,
  max,
  answers,
  sent,
  set,
  errors,
}: {
  spec: FieldSpec;
  max?: { each: number; count?: number };
  answers: Answers;
  /** The answers as last sent: what the function's issues are about. */
  sent: Answers;
  set: (k: string, v: string) => void;
  errors: Record<string, string>;
}) {
  const id = `action-field-${spec.key}`;
  const value = answers[spec.key] ?? '';
  // A field the person has changed since sending no longer shows the error about what was sent.
  const edited = spec.kind !== 'instant' && spec.kind !== 'body' && (answers[spec.key] ?? '') !== (sent[spec.key] ?? '');
  const error = edited ? undefined : errorFor(errors, spec, sent);
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
      return (
        <ChoiceField
          id={id}
          label={spec.label}
          options={YES_NO}
          value={value as 'yes' | 'no' | ''}
          onChange={(v) => set(spec.key, v)}
          error={error}
          inline
        />
      );
    case 'choice':
      return (
        <ChoiceField
          id={id}
          label={spec.label}
          options={spec.options ?? []}
          value={value}
          onChange={(v) => set(spec.key, v)}
          error={error}
        />
      );
    case 'date':
      return (
        <DateField
          id={id}
          label={spec.label}
          value={value}
          start={today()}
          end="2099-12-31"
          onChange={(v) => set(spec.key, v)}
          hint={spec.hint}
          error={error}
        />
      );
    case 'instant':
      // Asked as a date and a China time of day (answers `date` and `time`); the issue goes under the date.
      return (
        <>
          <DateField
            id="action-field-date"
            label={spec.label}
            value={answers.date ?? ''}
            start={today()}
            end="2099-12-31"
            onChange={(v) => set('date', v)}
            hint={spec.hint}
            error={error}
          />
          <View className="field">
            <Text className="field__label">{spec.timeLabel ?? '时间'}</Text>
            <Picker
              id="action-field-time"
              mode="time"
              value={answers.time || '09:00'}
              onChange={(e) => set('time', String(e.detail.value))}
            >
              <View className="field__picker">
                {answers.time ? (
                  <Text className="field__value">{answers.time}</Text>
                ) : (
                  <Text className="field__placeholder">点此选择时间</Text>
                )}
              </View>
            </Picker>
            <FieldFooter id="action-field-time" />
          </View>
        </>
      );
    case 'long':
      return (
        <TextArea
          id={id}
          label={spec.label}
          value={value}
          onChange={(v) => set(spec.key, v)}
          hint={spec.hint}
          error={error}
          max={max?.each ?? 500}
        />
      );
    case 'lines': {
      const each = max?.each ?? 200;
      const count = max?.count ?? 10;
      const hint = `${spec.hint ?? ''}${spec.hint ? '；' : ''}每条不超过 ${each} 个字，最多 ${count} 条`;
      return (
        <TextArea
          id={id}
          label={spec.label}
          value={value}
          onChange={(v) => set(spec.key, v)}
          hint={hint}
          error={error}
          max={each * count}
        />
      );
    }
    case 'body':
      return <BodyField spec={spec} answers={answers} set={set} errors={errors} />;
    default:
      return (
        <TextField
          id={id}
          label={spec.label}
          value={value}
          onChange={(v) => set(spec.key, v)}
          hint={spec.hint}
          error={error}
          maxlength={max?.each ?? 500}
        />
      );
  }
}

/**
 * The form for one action (fields from its definition, `fieldsFor`), with 确认 / 取消. Errors are the function's issues, each
 * shown once: under its field, or — only when no field on the form shows it — as the form's message.
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
  const specs = fieldsFor(available.action, app, available);
  const [answers, setAnswers] = useState<Answers>((): Answers => (specs.some((s) => s.kind === 'instant') ? { time: '09:00' } : {}));
  const [sent, setSent] = useState<Answers>({});
  const set = (k: string, v: string) => setAnswers((a) => ({ ...a, [k]: v }));
  const paths = Object.keys(errors);
  const unplaced = paths.filter((p) => !placed(p, specs)).map((p) => errors[p]);
  // The envelope's message repeats its first issue: shown when no issue came, else only what no field shows.
  const formMessage = paths.length === 0 ? error : unplaced.length ? unplaced.join('；') : undefined;
  return (
    <Card id="action-form" title={available.label} className="action-form">
      <View data-action={available.action}>
        {specs.length === 0 ? <Text className="card__text">{`确定要“${available.label}”吗？`}</Text> : null}
        {specs.map((s) => (
          <Field
            key={s.key}
            spec={s}
            max={fieldMax(available.action, app.workflow, s.key)}
            answers={answers}
            sent={sent}
            set={set}
            errors={errors}
          />
        ))}
        {formMessage ? (
          <Notice kind="error" id="action-error">
            {formMessage}
          </Notice>
        ) : null}
        <View className="btn-row">
          <ActionButton
            id="action-confirm"
            kind="primary"
            pending={pending}
            onPress={() => {
              setSent(answers);
              onSubmit(inputFrom(specs, answers));
            }}
          >
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
