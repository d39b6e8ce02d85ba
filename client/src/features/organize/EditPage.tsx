/**
 * 安排宣讲 (`?id=` to change one): the organizing bureau (when the person holds several), topic, summary, the
 * clauses covered (checkboxes of the policy's clauses), day, start and end (China time), a place or an online
 * link, capacity, audience (roles, districts, industries) and the sign-up window; 创建宣讲 (briefings.create →
 * 宣讲管理). For a session already arranged: 保存修改 (update: everything but time and place), 改期 (move: new
 * time / place and a reason, confirmed with “已报名的 N 人将收到通知”) and 取消宣讲 (cancel, reason, the same
 * confirmation). The function's `issues` are shown once under their field; the rest above the buttons.
 * Test hooks: #edit-form (data-id, data-status), #edit-organizer (radiogroup) / #edit-organizer-fixed,
 *   #edit-topic, #edit-summary, #edit-clauses (#edit-clauses-<id>), #edit-day, #edit-start, #edit-end,
 *   #edit-venue-kind (#edit-venue-kind-place|online), #edit-address, #edit-room, #edit-url, #edit-platform,
 *   #edit-meeting-code, #edit-capacity, AudienceField's hooks, #edit-opens-on, #edit-closes-on, #edit-closes-time,
 *   #edit-create, #edit-save, #edit-move, #edit-move-panel (alertdialog), #edit-move-reason, #edit-move-ok,
 *   #edit-move-cancel, #edit-cancel, #edit-cancel-panel (alertdialog), #edit-cancel-reason, #edit-cancel-ok,
 *   #edit-cancel-keep, #edit-done, #edit-error, #edit-no-organizer, field errors #<field id>-error, #load-error
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { BriefingDetail } from '@shared/contracts/briefings';
import type { Envelope } from '@shared/contracts';
import { SESSION_LIMITS } from '@shared/briefings/session';
import { api } from './api';
import { useWhoami } from '../../hooks/use-whoami';
import { fieldErrorsOf, useAction, type FieldErrors } from '../../hooks/use-action';
import { a11y } from '../../components/a11y';
import { LoadState } from '../../components/LoadState';
import { Card } from '../../components/Card';
import { Notice } from '../../components/Notice';
import { ActionButton } from '../../components/ActionButton';
import { TextField } from '../../components/TextField';
import { DateField } from '../../components/DateField';
import { FieldFooter } from '../../components/FieldFooter';
import { today as todayInBaotou } from '../../services/dates';
import { RadioChips } from '../../components/RadioChips';
import { TextArea } from '../../components/TextArea';
import { CheckChips } from '../../components/CheckChips';
import { AudienceField } from './AudienceField';
import { TimeField } from './TimeField';
import {
  addDays,
  audienceFor,
  changesOf,
  CLAUSE_OPTIONS,
  emptyForm,
  fieldsOf,
  formOf,
  issueAt,
  moveOf,
  notifyText,
  ORGANIZE_ROUTES,
  organizerChoices,
  type EditForm,
  type VenueKind,
} from './views';
import '../notices/notices.scss';
import '../publish/publish.scss';
import './organize.scss';
import { openPage } from '../../services/navigation';

const VENUE_KINDS: { value: VenueKind; label: string }[] = [
  { value: 'place', label: '线下地点' },
  { value: 'online', label: '线上会议' },
];
/** Paths the form shows under a field; issues elsewhere are said above the buttons. */
const SHOWN = [
  'topic',
  'summary',
  'clauses',
  'startsAt',
  'endsAt',
  'venue',
  'capacity',
  'audience',
  'signUpOpensAt',
  'signUpClosesAt',
  'reason',
  'organizer',
];
const PREFIXES = ['fields.', 'changes.', 'move.', ''];

type Session = BriefingDetail['session'];
/** The function's field a form value is sent as. */
const FIELD_OF: Partial<Record<keyof EditForm, string>> = {
  day: 'startsAt',
  startTime: 'startsAt',
  endTime: 'endsAt',
  address: 'venue',
  room: 'venue',
  url: 'venue',
  platform: 'venue',
  meetingCode: 'venue',
  venueKind: 'venue',
  opensOn: 'signUpOpensAt',
  closesOn: 'signUpClosesAt',
  closesTime: 'signUpClosesAt',
};

function EditSession() {
  const { params } = useRouter();
  const today = useMemo(todayInBaotou, []);
  const me = useWhoami();
  const choices = useMemo(() => organizerChoices(me.data), [me.data]);
  const [organizerKey, setOrganizerKey] = useState('');
  const organizer = choices.find((c) => c.key === organizerKey) ?? choices[0] ?? null;
  const [id, setId] = useState(params.id ?? '');
  const [form, setForm] = useState<EditForm>(() => emptyForm(today));
  const [detail, setDetail] = useState<BriefingDetail | null>(null);
  const [loaded, setLoaded] = useState(!params.id);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [panel, setPanel] = useState<'move' | 'cancel' | null>(null);
  const [reason, setReason] = useState('');
  const set = (patch: Partial<EditForm>) => {
    setForm((f) => ({ ...f, ...patch }));
    // A field's message goes once the person changes that field (the next submit asks the function again).
    const names = Object.keys(patch).map((k) => FIELD_OF[k as keyof EditForm] ?? k);
    setErrors((e) =>
      Object.fromEntries(
        Object.entries(e).filter(([p]) => !names.some((n) => PREFIXES.some((x) => p === `${x}${n}` || p.startsWith(`${x}${n}.`)))),
      ),
    );
  };

  const apply = useCallback((d: BriefingDetail) => {
    setDetail(d);
    setForm(formOf(d.session));
    setId(d.session.id);
  }, []);

  useEffect(() => {
    if (!params.id) return;
    void api.briefings.get({ id: params.id }).then((res) => {
      if (res.ok) apply(res.data);
      else setLoadError(res.message);
      setLoaded(true);
    });
  }, [params.id, apply]);

  const create = useAction(api.briefings.create);
  const update = useAction(api.briefings.update);
  const move = useAction(api.briefings.move);
  const cancel = useAction(api.briefings.cancel);
  const pending = create.pending || update.pending || move.pending || cancel.pending;

  const s: Session | null = detail?.session ?? null;
  const isNew = !s;
  const editable =
    isNew || (!!detail?.manage.edit && s.status !== 'cancelled' && (s.phase === 'not_open' || s.phase === 'open' || s.phase === 'closed'));
  const cancellable = !isNew && !!detail?.manage.cancel && s.status !== 'cancelled' && s.phase !== 'ongoing' && s.phase !== 'ended';
  const fixedDistrict = isNew
    ? organizer?.identity.role === 'district_officer'
      ? organizer.identity.scope.district
      : null
    : (s.organizer.district ?? null);

  const err = (name: string) => issueAt(errors, ...PREFIXES.map((p) => `${p}${name}`));
  const showFailure = (res: { message: string; issues?: { path: string; message: string }[] }) => {
    const errs = fieldErrorsOf(res.issues);
    setErrors(errs);
    const rest = Object.entries(errs)
      .filter(([p]) => !SHOWN.some((f) => PREFIXES.some((x) => p === `${x}${f}` || p.startsWith(`${x}${f}.`))))
      .map(([, m]) => m);
    setFormError(Object.keys(errs).length ? (rest.length ? rest.join('；') : null) : res.message);
    setDone(null);
  };
  const succeeded = (text: string) => {
    setErrors({});
    setFormError(null);
    setDone(text);
  };
  const failed = <T,>(res: Envelope<T> | null): res is Extract<Envelope<T>, { ok: false }> => !!res && !res.ok;

  const onCreate = async () => {
    if (!organizer) return;
    const fields = fieldsOf({ ...form, audience: audienceFor(organizer.identity, form.audience) });
    const res = await create.run({ organizer: organizer.identity, fields });
    if (failed(res)) return showFailure(res);
    if (res?.ok) {
      succeeded('已安排');
      void Taro.redirectTo({ url: ORGANIZE_ROUTES.session(res.data.session.id) });
    }
  };
  const onSave = async () => {
    if (!s) return;
    const res = await update.run({ id, expectedVersion: s.version, changes: changesOf(form) });
    if (failed(res)) return showFailure(res);
    if (res?.ok) {
      apply(res.data);
      succeeded('修改已保存');
    }
  };
  const onMove = async () => {
    if (!s) return;
    const res = await move.run({ id, expectedVersion: s.version, move: moveOf(form, s, reason) });
    if (failed(res)) return showFailure(res);
    if (res?.ok) {
      apply(res.data);
      setPanel(null);
      setReason('');
      succeeded(`已改期到 ${res.data.session.timeText}，已通知报名的人`);
    }
  };
  const onCancel = async () => {
    if (!s) return;
    const res = await cancel.run({ id, expectedVersion: s.version, reason });
    if (failed(res)) return showFailure(res);
    if (res?.ok) {
      apply(res.data);
      setPanel(null);
      setReason('');
      succeeded('已取消这场宣讲，已通知报名的人');
    }
  };
  const openPanel = (p: 'move' | 'cancel') => {
    setReason('');
    setErrors({});
    setFormError(null);
    setPanel(p);
  };

  return (
    <View className="page organize-edit">
      <Text className="page-title" {...a11y({ role: 'heading', 'aria-level': 1 })}>
        {isNew ? '安排宣讲' : '修改宣讲'}
      </Text>
      <LoadState state={me}>
        {() =>
          !choices.length && isNew ? (
            <Card id="edit-no-organizer" title="不能安排宣讲">
              <Text className="card__text">宣讲由市人社局或旗县区人社部门组织。</Text>
            </Card>
          ) : loadError ? (
            <Card id="load-error">
              <Notice kind="error">{loadError}</Notice>
            </Card>
          ) : !loaded ? (
            <Card id="loading">
              <Text className="card__text">正在加载…</Text>
            </Card>
          ) : (
            <View id="edit-form" data-id={id} data-status={s ? s.status : 'new'}>
              {s ? (
                <Card>
                  <View className="compose-status-row">
                    <Text className={`tag ${s.status === 'cancelled' ? 'tag--off' : 'tag--ok'}`}>{`状态：${s.phaseLabel}`}</Text>
                    <ActionButton id="edit-manage" small onPress={() => void openPage(ORGANIZE_ROUTES.session(id))}>
                      宣讲管理
                    </ActionButton>
                  </View>
                  {s.cancellation ? <Notice kind="error">{`已取消：${s.cancellation.reason}`}</Notice> : null}
                  {!editable && s.status !== 'cancelled' ? <Text className="card__hint">宣讲已经开始或结束，内容不能再修改。</Text> : null}
                </Card>
              ) : null}

              <Card title="组织单位">
                {isNew && choices.length > 1 ? (
                  <RadioChips
                    id="edit-organizer"
                    label="以哪个部门组织"
                    options={choices.map((c) => ({ value: c.key, label: c.label }))}
                    value={organizer?.key ?? ''}
                    onChange={setOrganizerKey}
                  />
                ) : (
                  <Text id="edit-organizer-fixed" className="card__text">
                    {s ? s.organizer.name : (organizer?.label ?? '')}
                  </Text>
                )}
                <FieldFooter id="edit-organizer" error={err('organizer')} />
              </Card>

              <Card title="宣讲内容">
                <TextField
                  id="edit-topic"
                  label="宣讲主题"
                  value={form.topic}
                  maxlength={SESSION_LIMITS.topicMax}
                  placeholder="例如：2026年度职称申报政策解读"
                  hint={`${SESSION_LIMITS.topicMin}–${SESSION_LIMITS.topicMax} 个字`}
                  error={err('topic')}
                  onChange={(topic) => set({ topic })}
                />
                <TextArea
                  id="edit-summary"
                  label="宣讲简介（选填）"
                  value={form.summary}
                  max={SESSION_LIMITS.summaryMax}
                  placeholder="讲什么、适合谁来听"
                  error={err('summary')}
                  disabled={!editable}
                  onChange={(summary) => set({ summary })}
                />
                <View className={`field ${err('clauses') ? 'field--error' : ''}`}>
                  <Text className="field__label">涉及的条款（可多选）</Text>
                  <CheckChips
                    id="edit-clauses"
                    label="宣讲涉及的条款"
                    options={CLAUSE_OPTIONS}
                    value={form.clauses}
                    onChange={(clauses) => set({ clauses })}
                  />
                  <FieldFooter id="edit-clauses" error={err('clauses')} />
                </View>
              </Card>

              <Card title="时间和地点">
                {s ? <Text className="card__hint">时间和地点请用下面的“改期”修改：已报名的人会收到通知。</Text> : null}
                <DateField
                  id="edit-day"
                  label="日期"
                  value={form.day}
                  start={today}
                  end={addDays(today, 365)}
                  error={err('startsAt') && !form.day ? err('startsAt') : undefined}
                  onChange={(day) => set({ day })}
                />
                <View className="time-row">
                  <TimeField
                    id="edit-start"
                    label="开始（北京时间）"
                    value={form.startTime}
                    error={err('startsAt')}
                    onChange={(startTime) => set({ startTime })}
                  />
                  <TimeField
                    id="edit-end"
                    label="结束"
                    value={form.endTime}
                    error={err('endsAt')}
                    onChange={(endTime) => set({ endTime })}
                  />
                </View>
                <View className="field">
                  <Text className="field__label">形式</Text>
                  <RadioChips
                    id="edit-venue-kind"
                    label="宣讲形式"
                    options={VENUE_KINDS}
                    value={form.venueKind}
                    onChange={(venueKind) => set({ venueKind })}
                  />
                </View>
                {form.venueKind === 'place' ? (
                  <>
                    <TextField
                      id="edit-address"
                      label="地点"
                      value={form.address}
                      maxlength={100}
                      placeholder="例如：昆都仑区人社局三楼"
                      error={err('venue.address') ?? (err('venue.url') ? undefined : err('venue'))}
                      onChange={(address) => set({ address })}
                    />
                    <TextField
                      id="edit-room"
                      label="会议室（选填）"
                      value={form.room}
                      maxlength={40}
                      error={err('venue.room')}
                      onChange={(room) => set({ room })}
                    />
                  </>
                ) : (
                  <>
                    <TextField
                      id="edit-url"
                      label="线上会议链接"
                      value={form.url}
                      maxlength={500}
                      placeholder="https://"
                      error={err('venue.url') ?? (err('venue.address') ? undefined : err('venue'))}
                      onChange={(url) => set({ url })}
                    />
                    <TextField
                      id="edit-platform"
                      label="会议平台（选填）"
                      value={form.platform}
                      maxlength={20}
                      placeholder="例如：腾讯会议"
                      error={err('venue.platform')}
                      onChange={(platform) => set({ platform })}
                    />
                    <TextField
                      id="edit-meeting-code"
                      label="会议号（选填）"
                      value={form.meetingCode}
                      maxlength={30}
                      error={err('venue.meetingCode')}
                      onChange={(meetingCode) => set({ meetingCode })}
                    />
                  </>
                )}
              </Card>

              <Card title="名额和对象">
                <TextField
                  id="edit-capacity"
                  label="名额（人）"
                  type="number"
                  value={form.capacity}
                  maxlength={3}
                  hint={s ? `已报 ${detail?.roster.label}；名额增加时按顺序从候补补上` : '单位人事可为本单位报名多人，按人数占名额'}
                  error={err('capacity')}
                  onChange={(capacity) => set({ capacity })}
                />
                <AudienceField
                  value={form.audience}
                  onChange={(audience) => set({ audience })}
                  fixedDistrict={fixedDistrict}
                  error={err('audience')}
                  disabled={!editable}
                />
              </Card>

              <Card title="报名时间">
                <DateField
                  id="edit-opens-on"
                  label="报名开始（选填）"
                  value={form.opensOn}
                  start={today}
                  end={form.day || addDays(today, 365)}
                  placeholder="立即开始"
                  error={err('signUpOpensAt')}
                  onChange={(opensOn) => set({ opensOn })}
                />
                <DateField
                  id="edit-closes-on"
                  label="报名截止（选填）"
                  value={form.closesOn}
                  start={today}
                  end={form.day || addDays(today, 365)}
                  placeholder="宣讲开始时截止"
                  error={err('signUpClosesAt')}
                  onChange={(closesOn) => set({ closesOn })}
                />
                {form.closesOn ? (
                  <TimeField
                    id="edit-closes-time"
                    label="截止时间"
                    value={form.closesTime}
                    onChange={(closesTime) => set({ closesTime })}
                  />
                ) : null}
              </Card>

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
                  <ActionButton id="edit-create" kind="primary" pending={create.pending} disabled={pending} onPress={() => void onCreate()}>
                    创建宣讲
                  </ActionButton>
                ) : null}
                {!isNew && editable ? (
                  <View className="btn-row">
                    <ActionButton id="edit-save" kind="primary" pending={update.pending} disabled={pending} onPress={() => void onSave()}>
                      保存修改
                    </ActionButton>
                    <ActionButton id="edit-move" disabled={pending} onPress={() => openPanel('move')}>
                      改期
                    </ActionButton>
                  </View>
                ) : null}
                {panel === 'move' && detail ? (
                  <View id="edit-move-panel" className="confirm" {...a11y({ role: 'alertdialog', 'aria-label': '改期' })}>
                    <Text className="confirm__text">{`改到 ${form.day} ${form.startTime}–${form.endTime}（上面的时间和地点）。${notifyText(detail.roster)}`}</Text>
                    <TextField
                      id="edit-move-reason"
                      label="调整原因（必填）"
                      value={reason}
                      maxlength={200}
                      placeholder="例如：会议室另有安排"
                      error={err('reason')}
                      onChange={setReason}
                    />
                    <View className="btn-row">
                      <ActionButton id="edit-move-ok" kind="primary" pending={move.pending} onPress={() => void onMove()}>
                        确认改期
                      </ActionButton>
                      <ActionButton id="edit-move-cancel" onPress={() => setPanel(null)}>
                        不改了
                      </ActionButton>
                    </View>
                  </View>
                ) : null}
                {cancellable ? (
                  panel === 'cancel' && detail ? (
                    <View id="edit-cancel-panel" className="confirm" {...a11y({ role: 'alertdialog', 'aria-label': '取消宣讲' })}>
                      <Text className="confirm__text">{`确定取消这场宣讲吗？${notifyText(detail.roster)}取消后不能恢复。`}</Text>
                      <TextField
                        id="edit-cancel-reason"
                        label="取消原因（必填）"
                        value={reason}
                        maxlength={200}
                        placeholder="例如：主讲人临时有事，另行安排"
                        error={err('reason')}
                        onChange={setReason}
                      />
                      <View className="btn-row">
                        <ActionButton id="edit-cancel-ok" kind="danger" pending={cancel.pending} onPress={() => void onCancel()}>
                          确认取消
                        </ActionButton>
                        <ActionButton id="edit-cancel-keep" onPress={() => setPanel(null)}>
                          不取消
                        </ActionButton>
                      </View>
                    </View>
                  ) : (
                    <ActionButton id="edit-cancel" kind="danger" disabled={pending} onPress={() => openPanel('cancel')}>
                      取消宣讲
                    </ActionButton>
                  )
                ) : null}
              </Card>
            </View>
          )
        }
      </LoadState>
    </View>
  );
}

export default EditSession;
