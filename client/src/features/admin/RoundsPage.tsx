/**
 * 评审轮次 (city officers and admins: capabilities.publishRounds): the published socialized rounds
 * (eligibility.rounds.list with closed ones) and a form to publish one (eligibility.rounds.publish): name,
 * apply window, the seniority cut-off "满 N 年" is counted to, and an optional defense period (附件2 第二项).
 * Test hooks: #rounds-list, .round-item (data-id), #rounds-empty, #round-form, #round-name-input,
 *   #round-apply-from, #round-apply-to, #round-cutoff, #round-defense-from, #round-defense-to,
 *   #round-defense-clear, #round-submit, #round-error, #round-success, field errors #<field id>-error,
 *   #load-error, #signin-prompt
 */
import { useCallback, useMemo, useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { InputOf, OutputOf } from '@shared/contracts';
import { ROUND_STATUS_LABELS, roundStatus } from '@shared/policy/calendar';
import { DOCUMENT } from '@shared/policy/clauses';
import { api } from '../../services/api';
import { useAction } from '../../hooks/use-action';
import { useLoad } from '../../hooks/use-load';
import { Card } from '../../components/Card';
import { LoadState } from '../../components/LoadState';
import { TextField } from '../../components/TextField';
import { DateField } from '../../components/DateField';
import { ActionButton } from '../../components/ActionButton';
import { Notice } from '../../components/Notice';
import { formatDate, today as todayInBaotou } from '../../services/dates';

type PublishInput = InputOf<'eligibility', 'rounds.publish'>;
type Round = OutputOf<'eligibility', 'rounds.publish'>;

const EMPTY = { name: '', applyFrom: '', applyTo: '', seniorityCutoff: '', defenseFrom: '', defenseTo: '' };
/** The form's fields (issue paths shown under them); any other issue is the form's message. */
const FIELDS = Object.keys(EMPTY);

function Rounds() {
  const today = useMemo(todayInBaotou, []);
  const latest = `${Number(today.slice(0, 4)) + 2}-12-31`;
  const list = useLoad(useCallback(() => api.eligibility['rounds.list']({ includeClosed: true }), []));
  const [form, setForm] = useState(EMPTY);
  const [published, setPublished] = useState<Round | null>(null);
  const call = useCallback((input: PublishInput) => api.eligibility['rounds.publish'](input), []);
  const { run, pending, error, fieldErrors } = useAction(call);
  const set = (patch: Partial<typeof EMPTY>) => setForm((f) => ({ ...f, ...patch }));

  const submit = async () => {
    const res = await run({
      name: form.name,
      applyFrom: form.applyFrom,
      applyTo: form.applyTo,
      seniorityCutoff: form.seniorityCutoff,
      ...(form.defenseFrom ? { defenseFrom: form.defenseFrom } : {}),
      ...(form.defenseTo ? { defenseTo: form.defenseTo } : {}),
    });
    if (res?.ok) {
      setPublished(res.data);
      setForm(EMPTY);
      void list.reload();
    }
  };

  const dateProps = { start: DOCUMENT.issuedOn, end: latest, initial: today };
  return (
    <View className="page">
      <Text className="page-title">社会化评审轮次</Text>
      <Text className="page-lead">
        按自治区和我市的年度安排（附件2 第二项）发布评审轮次。申报人自测时可以选择轮次，“满 N 年”算到本轮的年限计算截止日。
      </Text>
      <LoadState state={list}>
        {(data) => (
          <Card title="已发布的轮次" id="rounds-list">
            {data.items.length === 0 ? (
              <Text id="rounds-empty" className="card__text">
                还没有发布评审轮次。
              </Text>
            ) : null}
            {data.items.map((r) => (
              <View key={r.id} className="list-item round-item" data-id={r.id}>
                <Text className="list-item__title">{r.name}</Text>
                <Text className="list-item__meta">
                  申报 {formatDate(r.applyFrom)} 至 {formatDate(r.applyTo)}（{ROUND_STATUS_LABELS[roundStatus(r, today)]}）
                </Text>
                <Text className="list-item__meta">年限计算截止日 {formatDate(r.seniorityCutoff)}</Text>
                {r.defenseFrom ? (
                  <Text className="list-item__meta">
                    答辩 {formatDate(r.defenseFrom)} 至 {formatDate(r.defenseTo)}
                  </Text>
                ) : null}
              </View>
            ))}
          </Card>
        )}
      </LoadState>

      <Card title="发布新轮次" id="round-form">
        {published ? (
          <Notice kind="ok" id="round-success">
            已发布：{published.name}
          </Notice>
        ) : null}
        {error && !Object.keys(fieldErrors).some((p) => FIELDS.includes(p)) ? (
          <Notice kind="error" id="round-error">
            {error.message}
          </Notice>
        ) : null}
        <TextField
          id="round-name-input"
          label="轮次名称"
          value={form.name}
          placeholder="例如：2026年度工程系列评审"
          maxlength={60}
          error={fieldErrors.name}
          onChange={(name) => set({ name })}
        />
        <DateField
          id="round-apply-from"
          label="申报开始日期"
          value={form.applyFrom}
          {...dateProps}
          error={fieldErrors.applyFrom}
          onChange={(applyFrom) => set({ applyFrom })}
        />
        <DateField
          id="round-apply-to"
          label="申报截止日期"
          value={form.applyTo}
          {...dateProps}
          {...(form.applyFrom ? { initial: form.applyFrom } : {})}
          error={fieldErrors.applyTo}
          onChange={(applyTo) => set({ applyTo })}
        />
        <DateField
          id="round-cutoff"
          label="年限计算截止日"
          explain="“满 N 年”算到这一天，不能晚于申报截止日期（第二条）。"
          value={form.seniorityCutoff}
          {...dateProps}
          error={fieldErrors.seniorityCutoff}
          onChange={(seniorityCutoff) => set({ seniorityCutoff })}
        />
        <DateField
          id="round-defense-from"
          label="答辩开始日期（选填）"
          explain="申报中级的要参加答辩，答辩通知提前一周发布（附件2 第三项）。"
          value={form.defenseFrom}
          {...dateProps}
          {...(form.applyTo ? { initial: form.applyTo } : {})}
          error={fieldErrors.defenseFrom}
          onChange={(defenseFrom) => set({ defenseFrom })}
        />
        <DateField
          id="round-defense-to"
          label="答辩结束日期（选填）"
          value={form.defenseTo}
          {...dateProps}
          {...(form.defenseFrom ? { initial: form.defenseFrom } : {})}
          error={fieldErrors.defenseTo}
          onChange={(defenseTo) => set({ defenseTo })}
        />
        {form.defenseFrom || form.defenseTo ? (
          <Text id="round-defense-clear" className="text-link" onClick={() => set({ defenseFrom: '', defenseTo: '' })}>
            不安排答辩日期（清除）
          </Text>
        ) : null}
        <ActionButton id="round-submit" kind="primary" pending={pending} onPress={() => void submit()}>
          发布
        </ActionButton>
      </Card>
    </View>
  );
}

export default Rounds;
