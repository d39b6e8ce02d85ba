/**
 * 编写通知 (`?id=` to open a draft or a published one): 发布身份 (when the person holds several capacities),
 * title, category, the body as blocks, attachments, the target with its live reach count (announcements.reach:
 * “将送达 128 人”, or why it reaches nobody), publish date and expiry, pinned, 预览 (the notices' Body),
 * 保存草稿 (draft.save), 发布 (a confirmation with the count; draft.save then publish), and for a published one
 * 修改 (revise, with the version) and 撤回 (withdraw, reason required). Field errors from the function's
 * `issues` are shown once, under their field; what no field claims is said above the buttons.
 * Test hooks: #compose-form (data-status), #compose-capacity, #compose-capacity-fixed, #compose-title,
 *   #compose-category (radiogroup; #compose-category-<id>), #compose-blocks, #compose-attachments, #compose-target,
 *   #compose-reach (data-count), #compose-publish-on, #compose-expires-on, #compose-pinned, #compose-preview-toggle,
 *   #compose-preview, #compose-save, #compose-publish, #compose-confirm (dialog), #compose-confirm-ok,
 *   #compose-confirm-cancel, #compose-revise, #compose-revise-note, #compose-notify-again, #compose-withdraw,
 *   #compose-withdraw-reason, #compose-withdraw-ok, #compose-withdraw-cancel, #compose-done, #compose-error,
 *   #compose-receipts, #compose-no-capacity, field errors #<field id>-error, #load-error, #signin-prompt
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { AnnouncementDetail } from '@shared/contracts/announcements';
import type { Envelope } from '@shared/contracts';
import { CATEGORIES, CATEGORY_LABELS, type CategoryId } from '@shared/announcements/categories';
import { TITLE_MAX } from '@shared/announcements/body';
import { withinReach, type PublisherIdentity } from '@shared/announcements/publishers';
import type { Target } from '@shared/announcements/target';
import { api } from './api';
import { useWhoami } from '../../hooks/use-whoami';
import { fieldErrorsOf, useAction, type FieldErrors } from '../../hooks/use-action';
import { useOrganizationOptions } from '../../hooks/use-organizations';
import { a11y } from '../../components/a11y';
import { LoadState } from '../../components/LoadState';
import { Card } from '../../components/Card';
import { Notice } from '../../components/Notice';
import { ActionButton } from '../../components/ActionButton';
import { TextField } from '../../components/TextField';
import { DateField } from '../../components/DateField';
import { PickerField } from '../../components/PickerField';
import { FieldFooter } from '../../components/FieldFooter';
import { AttachmentsField } from '../../components/files/AttachmentsField';
import { formatDay, today as todayInBaotou } from '../../services/dates';
import { AnnouncementBody } from '../notices/Body';
import { RadioChips } from '../../components/RadioChips';
import { BlockEditor, type LinkChoice } from './BlockEditor';
import { TargetBuilder } from './TargetBuilder';
import {
  blockIssues,
  capacitiesOf,
  contentOf,
  fromBody,
  issueAt,
  PUBLISH_ROUTES,
  reachText,
  previewBody,
  unclaimed,
  type Capacity,
  type ComposeForm,
} from './views';
import '../notices/notices.scss';
import './publish.scss';
import { openPage } from '../../services/navigation';

/** 是 / 否 as radio chips (a Switch would add its template to the weapp main package's base.wxml). */
const YES_NO = [
  { value: 'no' as const, label: '否' },
  { value: 'yes' as const, label: '是' },
];
const CATEGORY_OPTIONS = CATEGORIES.map((c) => ({ value: c as CategoryId, label: CATEGORY_LABELS[c] }));
const EMPTY: ComposeForm = {
  capacity: '',
  title: '',
  category: '',
  blocks: [],
  attachments: [],
  target: {},
  publishOn: '',
  expiresOn: '',
  pinned: false,
};

type Available = AnnouncementDetail['available'];
type Status = 'new' | AnnouncementDetail['announcement']['displayStatus'];

function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** The bound kinds of one capacity are replaced when the capacity changes (a district officer's district…). */
function retarget(identity: PublisherIdentity, t: Target): Target {
  const { districts: _d, employers: _e, bodies: _b, ...rest } = t;
  return withinReach(identity, identity.role === 'city_officer' ? t : rest);
}

function Compose() {
  const { params } = useRouter();
  const today = useMemo(todayInBaotou, []);
  const me = useWhoami();
  const [id, setId] = useState(params.id ?? '');
  const [form, setForm] = useState<ComposeForm>(EMPTY);
  const [version, setVersion] = useState<number | undefined>(undefined);
  const [status, setStatus] = useState<Status>('new');
  const [available, setAvailable] = useState<Available>([]);
  const [edition, setEdition] = useState(0);
  const [withdrawal, setWithdrawal] = useState<{ at: string; reason: string } | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(!params.id);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [withdrawing, setWithdrawing] = useState(false);
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const [notifyAgain, setNotifyAgain] = useState(false);
  const [preview, setPreview] = useState(false);
  const [reach, setReach] = useState<{ count: number; summary: string; problem?: string } | null>(null);
  const [reachPending, setReachPending] = useState(false);
  const [reachError, setReachError] = useState<string | undefined>(undefined);

  const capacities: Capacity[] = useMemo(() => (me.data ? capacitiesOf(me.data) : []), [me.data]);
  const capacity = capacities.find((c) => c.key === form.capacity) ?? null;
  const set = (patch: Partial<ComposeForm>) => setForm((f) => ({ ...f, ...patch }));

  // A new announcement starts in the first capacity, its own kind of target filled in.
  useEffect(() => {
    if (!id && !form.capacity && capacities.length)
      setForm((f) => ({ ...f, capacity: capacities[0].key, target: retarget(capacities[0].identity, f.target) }));
  }, [capacities, id, form.capacity]);

  const apply = useCallback((d: AnnouncementDetail) => {
    const a = d.announcement;
    setForm({
      capacity: a.publisher.key,
      title: a.content.title,
      category: a.content.category,
      blocks: fromBody(a.content.body),
      attachments: a.content.attachments.map(({ fileID, name, size, type }) => ({ fileID, name, size, type })),
      target: a.content.target,
      publishOn: formatDay(a.content.publishAt),
      expiresOn: formatDay(a.content.expiresAt),
      pinned: a.content.pinned,
    });
    setId(a.id);
    setVersion(a.version);
    setStatus(a.displayStatus);
    setAvailable(d.available);
    setEdition(a.edition);
    setWithdrawal(a.withdrawal ?? null);
  }, []);

  useEffect(() => {
    if (!params.id) return;
    void api.announcements.get({ id: params.id }).then((res) => {
      if (res.ok) apply(res.data);
      else setLoadError(res.message);
      setLoaded(true);
    });
  }, [params.id, apply]);

  // Links: the briefings the person organizes (officers) or may see, and the rounds.
  const [briefings, setBriefings] = useState<LinkChoice[]>([]);
  const [rounds, setRounds] = useState<LinkChoice[]>([]);
  const wantsBriefings = form.blocks.some((b) => b.kind === 'link' && b.linkKind === 'briefing');
  const wantsRounds = form.blocks.some((b) => b.kind === 'link' && b.linkKind === 'round');
  const officer = capacity?.identity.role === 'city_officer' || capacity?.identity.role === 'district_officer';
  useEffect(() => {
    if (!wantsBriefings || briefings.length) return;
    void api.briefings.list({ view: officer ? 'organized' : 'upcoming', page: 1, pageSize: 50 }).then((r) => {
      if (r.ok) setBriefings(r.data.items.map((b) => ({ id: b.id, label: `${b.topic}（${b.timeText}）` })));
    });
  }, [wantsBriefings, officer, briefings.length]);
  useEffect(() => {
    if (!wantsRounds || rounds.length) return;
    void api.eligibility['rounds.list']({ includeClosed: false }).then((r) => {
      if (r.ok) setRounds(r.data.items.map((x) => ({ id: x.id, label: x.name })));
    });
  }, [wantsRounds, rounds.length]);

  const orgs = useOrganizationOptions({ type: 'employer', governed: true });
  const employers = (orgs.data?.items ?? []).map((o) => ({ id: o.id, name: o.name }));
  const ownOrgName =
    capacity?.identity.scope.kind === 'org'
      ? me.data?.organizations.find((o) => capacity.identity.scope.kind === 'org' && o.id === capacity.identity.scope.orgId)?.name
      : undefined;

  // The live reach: asked again 400 ms after the target or the capacity last changed.
  const targetKey = JSON.stringify(contentOf(form).target);
  const seq = useRef(0);
  useEffect(() => {
    if (!capacity) return;
    const mine = ++seq.current;
    setReachPending(true);
    const timer = setTimeout(() => {
      void api.announcements.reach({ publisher: capacity.identity, target: JSON.parse(targetKey) as Target }).then((r) => {
        if (mine !== seq.current) return;
        setReachPending(false);
        if (r.ok) {
          setReach(r.data);
          setReachError(undefined);
        } else {
          setReach(null);
          setReachError(r.issues?.[0]?.message ?? r.message);
        }
      });
    }, 400);
    return () => clearTimeout(timer);
  }, [capacity, targetKey]);

  const save = useAction(api.announcements['draft.save']);
  const publish = useAction(api.announcements.publish);
  const revise = useAction(api.announcements.revise);
  const withdraw = useAction(api.announcements.withdraw);
  const pending = save.pending || publish.pending || revise.pending || withdraw.pending;

  const failed = <T,>(res: Envelope<T> | null): res is Extract<Envelope<T>, { ok: false }> => !!res && !res.ok;
  const showFailure = (res: { message: string; issues?: { path: string; message: string }[] }) => {
    const errs = fieldErrorsOf(res.issues);
    setErrors(errs);
    const rest = unclaimed(errs);
    setFormError(Object.keys(errs).length ? (rest.length ? rest.join('；') : null) : res.message);
    setDone(null);
  };
  const succeeded = (text: string) => {
    setErrors({});
    setFormError(null);
    setDone(text);
  };

  /** Save the draft (create or edit); the saved id and version, or null when refused. */
  const saveDraft = async (): Promise<{ id: string; version: number } | null> => {
    if (!capacity) return null;
    const res = await save.run({
      ...(id ? { id, expectedVersion: version } : {}),
      publisher: capacity.identity,
      content: contentOf(form),
    });
    if (!res) return null;
    if (failed(res)) {
      showFailure(res);
      return null;
    }
    if (!res.ok) return null;
    apply(res.data);
    return { id: res.data.announcement.id, version: res.data.announcement.version };
  };

  const onSave = async () => {
    const saved = await saveDraft();
    if (saved) succeeded('草稿已保存');
  };

  const doPublish = async () => {
    setConfirming(false);
    const saved = await saveDraft();
    if (!saved) return;
    const res = await publish.run({ id: saved.id, expectedVersion: saved.version });
    if (failed(res)) return showFailure(res);
    if (res?.ok) {
      apply(res.data);
      succeeded(`已发布，将送达 ${res.data.reach} 人`);
    }
  };

  // A target that reaches nobody goes straight to the function, which refuses it in words under the target.
  const onPublish = () => (reach && reach.count > 0 && !reach.problem ? setConfirming(true) : void doPublish());

  const onRevise = async () => {
    if (!id || version === undefined) return;
    const res = await revise.run({
      id,
      expectedVersion: version,
      content: contentOf(form),
      notifyAgain,
      ...(note.trim() ? { note: note.trim() } : {}),
    });
    if (failed(res)) return showFailure(res);
    if (res?.ok) {
      apply(res.data);
      setNote('');
      succeeded(`已修改，现在是第 ${res.data.announcement.edition} 版${notifyAgain ? '，并已重新通知' : ''}`);
    }
  };

  const onWithdraw = async () => {
    if (!id || version === undefined) return;
    const res = await withdraw.run({ id, expectedVersion: version, reason });
    if (failed(res)) return showFailure(res);
    if (res?.ok) {
      apply(res.data);
      setWithdrawing(false);
      succeeded('已撤回');
    }
  };

  const can = (action: Available[number]['action']) => available.find((a) => a.action === action && a.enabled);
  const isNew = status === 'new';
  const editable = isNew || !!can('edit') || !!can('revise');
  const err = (path: string) => issueAt(errors, path);
  const bodyIssues = blockIssues(errors);

  return (
    <View className="page compose-page">
      <Text className="page-title" {...a11y({ role: 'heading', 'aria-level': 1 })}>
        {isNew ? '编写通知' : status === 'draft' ? '编辑草稿' : '通知详情'}
      </Text>
      <LoadState state={me}>
        {() =>
          !capacities.length ? (
            <Card id="compose-no-capacity" title="没有发布身份">
              <Text className="card__text">发布通知需要人社部门、推荐单位或单位人事的身份。</Text>
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
            <View id="compose-form" data-status={status} data-id={id}>
              {!isNew ? (
                <Card>
                  <View className="compose-status-row">
                    <Text
                      id="compose-status"
                      className={`tag ${status === 'published' ? 'tag--ok' : status === 'draft' ? '' : 'tag--wait'}`}
                    >{`状态：${status === 'draft' ? '草稿' : status === 'scheduled' ? '待发布' : status === 'published' ? '已发布' : status === 'expired' ? '已过期' : '已撤回'}${edition > 0 ? ` · 第 ${edition} 版` : ''}`}</Text>
                    {status !== 'draft' ? (
                      <ActionButton id="compose-receipts" small onPress={() => void openPage(PUBLISH_ROUTES.receipts(id))}>
                        查看送达回执
                      </ActionButton>
                    ) : null}
                  </View>
                  {withdrawal ? <Notice kind="error">{`已撤回：${withdrawal.reason}`}</Notice> : null}
                </Card>
              ) : null}

              <Card title="发布身份">
                {isNew && capacities.length > 1 ? (
                  <PickerField
                    id="compose-capacity"
                    label="以什么身份发布"
                    options={capacities.map((c) => ({ value: c.key, label: c.label }))}
                    value={form.capacity}
                    error={err('publisher')}
                    onChange={(key) => {
                      const c = capacities.find((x) => x.key === key);
                      if (c) set({ capacity: key, target: retarget(c.identity, form.target) });
                    }}
                  />
                ) : (
                  <View className="field">
                    <Text id="compose-capacity-fixed" className="card__text">
                      {capacity?.label ?? '（您不是这条通知的发布单位）'}
                    </Text>
                    <FieldFooter id="compose-capacity" error={err('publisher')} />
                  </View>
                )}
              </Card>

              <Card title="内容">
                <TextField
                  id="compose-title"
                  label="标题"
                  value={form.title}
                  maxlength={TITLE_MAX}
                  placeholder="例如：关于开展2026年度职称申报的通知"
                  error={err('content.title')}
                  onChange={(title) => set({ title })}
                />
                <View className={`field ${err('content.category') ? 'field--error' : ''}`}>
                  <Text className="field__label">类别</Text>
                  <RadioChips
                    id="compose-category"
                    label="类别"
                    options={CATEGORY_OPTIONS}
                    value={form.category as CategoryId}
                    onChange={(category) => set({ category })}
                  />
                  <FieldFooter id="compose-category" error={err('content.category')} />
                </View>
                <BlockEditor
                  blocks={form.blocks}
                  onChange={(blocks) => {
                    set({ blocks });
                    // Messages point at blocks by position: once blocks change, they no longer say where.
                    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([p]) => !p.startsWith('content.body'))));
                  }}
                  blockErrors={bodyIssues.blocks}
                  bodyError={bodyIssues.body}
                  briefings={briefings}
                  rounds={rounds}
                  disabled={!editable}
                />
                <View id="compose-attachments">
                  <AttachmentsField
                    label="附件"
                    purpose="announcement"
                    value={form.attachments}
                    onChange={(attachments) => set({ attachments })}
                    disabled={!editable}
                  />
                  <FieldFooter id="compose-attachments" error={err('content.attachments')} />
                </View>
              </Card>

              <Card title="发布范围">
                {capacity ? (
                  <TargetBuilder
                    identity={capacity.identity}
                    target={form.target}
                    onChange={(target) => set({ target })}
                    employers={employers}
                    ownOrgName={ownOrgName}
                    error={err('content.target') ?? reachError}
                  />
                ) : null}
                {capacity ? (
                  <View
                    id="compose-reach"
                    className={`reach ${reach && (reach.problem || reach.count === 0) ? 'reach--none' : ''}`}
                    data-count={reach ? String(reach.count) : ''}
                    {...a11y({ role: 'status', 'aria-live': 'polite' })}
                  >
                    <Text className="reach__count">{reachText(reach, reachPending)}</Text>
                    {reach?.summary ? <Text className="reach__summary">{`范围：${reach.summary}`}</Text> : null}
                  </View>
                ) : null}
              </Card>

              <Card title="时间和置顶">
                <DateField
                  id="compose-publish-on"
                  label="发布日期（选填）"
                  explain="不选就是按“发布”时立即发布；选以后的日期就定时发布（最多提前 90 天）。"
                  value={form.publishOn}
                  start={today}
                  end={addDays(today, 90)}
                  initial={today}
                  placeholder="立即发布"
                  error={err('content.publishAt')}
                  onChange={(publishOn) => set({ publishOn })}
                />
                <DateField
                  id="compose-expires-on"
                  label="有效期至（选填）"
                  explain="过了这一天通知不再显示在首页和通知列表；不选就一直有效，直到撤回。"
                  value={form.expiresOn}
                  start={addDays(today, 1)}
                  end={addDays(today, 730)}
                  initial={addDays(form.publishOn || today, 30)}
                  placeholder="一直有效"
                  error={err('content.expiresAt')}
                  onChange={(expiresOn) => set({ expiresOn })}
                />
                {form.publishOn || form.expiresOn ? (
                  <Text
                    id="compose-dates-clear"
                    className="text-link"
                    {...a11y({ role: 'button', tabIndex: 0 }, () => set({ publishOn: '', expiresOn: '' }))}
                    onClick={() => set({ publishOn: '', expiresOn: '' })}
                  >
                    清除日期（立即发布、一直有效）
                  </Text>
                ) : null}
                <View className="field">
                  <Text className="field__label">置顶</Text>
                  <RadioChips
                    id="compose-pinned"
                    label="置顶"
                    options={YES_NO}
                    value={form.pinned ? 'yes' : 'no'}
                    onChange={(v) => set({ pinned: v === 'yes' })}
                  />
                  <Text className="field__hint">{form.pinned ? '排在首页和通知列表的最前面' : '按发布时间排列'}</Text>
                </View>
              </Card>

              <ActionButton id="compose-preview-toggle" onPress={() => setPreview((p) => !p)}>
                {preview ? '收起预览' : '预览'}
              </ActionButton>
              {preview ? (
                <Card id="compose-preview" title="预览（读者看到的样子）">
                  <View className="feed-item__tags">
                    {form.category ? <Text className="tag">{CATEGORY_LABELS[form.category]}</Text> : null}
                    {form.pinned ? <Text className="tag tag--pinned">置顶</Text> : null}
                  </View>
                  <Text className="ann-title">{form.title || '（还没有标题）'}</Text>
                  {capacity ? <Text className="ann-meta">{`发布单位：${capacity.label}`}</Text> : null}
                  <AnnouncementBody body={previewBody(form.blocks)} />
                </Card>
              ) : null}

              <Card id="compose-actions">
                {done ? (
                  <Notice kind="ok" id="compose-done">
                    {done}
                  </Notice>
                ) : null}
                {formError ? (
                  <Notice kind="error" id="compose-error">
                    {formError}
                  </Notice>
                ) : null}

                {isNew || can('edit') ? (
                  <View className="btn-row">
                    <ActionButton
                      id="compose-save"
                      pending={save.pending && !publish.pending}
                      disabled={pending}
                      onPress={() => void onSave()}
                    >
                      保存草稿
                    </ActionButton>
                    <ActionButton id="compose-publish" kind="primary" pending={publish.pending} disabled={pending} onPress={onPublish}>
                      发布
                    </ActionButton>
                  </View>
                ) : null}

                {confirming ? (
                  <View id="compose-confirm" className="confirm" {...a11y({ role: 'alertdialog', 'aria-label': '确认发布' })}>
                    <Text className="confirm__text">{`确定发布吗？将送达 ${reach?.count ?? 0} 人，发布后他们会在首页和通知中看到。`}</Text>
                    <View className="btn-row">
                      <ActionButton id="compose-confirm-ok" kind="primary" pending={pending} onPress={() => void doPublish()}>
                        确定发布
                      </ActionButton>
                      <ActionButton id="compose-confirm-cancel" onPress={() => setConfirming(false)}>
                        再看看
                      </ActionButton>
                    </View>
                  </View>
                ) : null}

                {can('revise') ? (
                  <View className="revise">
                    <Text className="card__hint">发布后的修改保存为新版本，读者看到最新一版；需要时可以重新通知。</Text>
                    <TextField
                      id="compose-revise-note"
                      label="修改说明（选填）"
                      value={note}
                      maxlength={100}
                      error={err('note')}
                      onChange={setNote}
                    />
                    <View className="field">
                      <Text className="field__label">重新通知</Text>
                      <RadioChips
                        id="compose-notify-again"
                        label="重新通知"
                        options={YES_NO}
                        value={notifyAgain ? 'yes' : 'no'}
                        onChange={(v) => setNotifyAgain(v === 'yes')}
                      />
                      <Text className="field__hint">{notifyAgain ? '再发一次消息，已读的人会重新标为未读' : '只改内容，不再发消息'}</Text>
                    </View>
                    <ActionButton
                      id="compose-revise"
                      kind="primary"
                      pending={revise.pending}
                      disabled={pending}
                      onPress={() => void onRevise()}
                    >
                      {`修改（第 ${edition + 1} 版）`}
                    </ActionButton>
                  </View>
                ) : null}

                {can('withdraw') ? (
                  withdrawing ? (
                    <View id="compose-withdraw-panel" className="confirm" {...a11y({ role: 'alertdialog', 'aria-label': '撤回通知' })}>
                      <TextField
                        id="compose-withdraw-reason"
                        label="撤回理由（必填）"
                        value={reason}
                        maxlength={200}
                        placeholder="例如：时间有变，另行通知"
                        error={err('reason')}
                        onChange={setReason}
                      />
                      <View className="btn-row">
                        <ActionButton id="compose-withdraw-ok" kind="danger" pending={withdraw.pending} onPress={() => void onWithdraw()}>
                          确认撤回
                        </ActionButton>
                        <ActionButton id="compose-withdraw-cancel" onPress={() => setWithdrawing(false)}>
                          不撤回
                        </ActionButton>
                      </View>
                    </View>
                  ) : (
                    <ActionButton id="compose-withdraw" kind="danger" disabled={pending} onPress={() => setWithdrawing(true)}>
                      撤回
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

export default Compose;
