import { MONTH_OF_QUARTER_LABELS, greenChannelMonthOfQuarter, greenChannelMonths } from '@shared/policy/quarters';
import { useCallback, useMemo, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { OrganizationView } from '@shared/contracts';
import { api } from '../../services/api';
import { subscribeAsk } from '../../services/subscribe';
import { useLoad } from '../../hooks/use-load';
import { useAction } from '../../hooks/use-action';
import { SAVED_CHECK_KEY } from '../check/services/draft';
import { ensureConsent } from '../../services/privacy/consent';
import { formatTime, today } from '../../services/dates';
import { Card } from '../../components/Card';
import { Notice } from '../../components/Notice';
import { ActionButton } from '../../components/ActionButton';
import { ChoiceField, type Choice } from '../../components/ChoiceField';
import { TextField } from '../../components/TextField';
import { ProfileForm } from '../me/ProfileForm';
import { PrivacyPrompt } from '../../components/privacy/PrivacyPrompt';

/** When the green channel takes applications (附件1 第二项 as it stands today, shared/policy/quarters). */
function greenChannelHint(): string {
  const on = today();
  return `每季度${MONTH_OF_QUARTER_LABELS[greenChannelMonthOfQuarter('application', on)]}（${greenChannelMonths('application', on).join('、')} 月）申报`;
}

type Workflow = 'socialized' | 'green_channel';
const CHANNEL_LABELS: Record<string, { workflow: Workflow; label: string }> = {
  socialized: { workflow: 'socialized', label: '社会化评审' },
  green: { workflow: 'green_channel', label: '绿色通道' },
};

/**
 * 开始申报: from the check saved by 据此申报 (storage `checkSavedId`): pick a route, its channel, the round (for
 * socialized, when one is open) and the employer (searched by name), then applications.create.
 * The application carries the person's name: with none on file the card asks for it first (我的资料, inline),
 * and before creating it the privacy prompt when no consent is on record. Each error is shown once: under its
 * field, or as the card's message when no field on the card shows it.
 * Test hooks: #start-card, #start-need-name, #start-name (the name form: #start-name #profile-name-input, see features/me/ProfileForm), #start-route
 *   (options #start-route-<routeId>), #start-workflow (-socialized / -green_channel), #start-round (-<roundId>),
 *   #start-employer-input, #start-employer-search, .start-employer-item (data-id), #start-employer-chosen,
 *   #start-submit, #start-error, #start-dismiss, field errors #<id>-error, #privacy-prompt
 */
export function StartApplication({
  checkId,
  onCreated,
  onDismiss,
}: {
  checkId: string;
  onCreated: (id: string) => void;
  onDismiss: () => void;
}) {
  const loadCheck = useCallback(() => api.eligibility['history.get']({ id: checkId }), [checkId]);
  const check = useLoad(loadCheck);
  const loadRounds = useCallback(() => api.eligibility['rounds.list']({ includeClosed: false }), []);
  const rounds = useLoad(loadRounds);
  const loadWho = useCallback(() => api.identity.whoami({}), []);
  const who = useLoad(loadWho);
  const [routeId, setRouteId] = useState('');
  const [workflow, setWorkflow] = useState<Workflow | ''>('');
  const [roundId, setRoundId] = useState('');
  const [keyword, setKeyword] = useState('');
  const [found, setFound] = useState<OrganizationView[] | null>(null);
  const [employer, setEmployer] = useState<OrganizationView | null>(null);
  const search = useAction(api.identity.listOrganizations);
  const create = useAction(api.applications.create);
  // 办理进度 / 通知公告 subscriptions, asked on the submit tap (fetched before it).
  const [sub] = useState(() => {
    const s = subscribeAsk('after_apply');
    void s.prepare();
    return s;
  });

  const routes = useMemo(
    () => (check.data?.result.routes ?? []).filter((r) => r.verdict === 'likely' || r.verdict === 'confirm'),
    [check.data],
  );
  const route = routes.find((r) => r.id === routeId);
  const channels: Choice<Workflow>[] = (route?.channels ?? []).flatMap((c) => {
    const ch = CHANNEL_LABELS[c];
    return ch
      ? [
          {
            value: ch.workflow,
            label: ch.label,
            hint: ch.workflow === 'green_channel' ? greenChannelHint() : undefined,
          },
        ]
      : [];
  });
  const roundChoices: Choice[] = [
    ...(rounds.data?.items ?? []).map((r) => ({ value: r.id, label: r.name, hint: `申报时间 ${r.applyFrom} 至 ${r.applyTo}` })),
    { value: 'none', label: '暂不选择评审轮次' },
  ];

  if (check.error) {
    return (
      <Card id="start-card" title="开始申报">
        <Notice kind="error">{`没有找到您的自测记录（${check.error.message}），请回到“自测”重新自测后点“据此申报”。`}</Notice>
        <ActionButton id="start-dismiss" onPress={onDismiss}>
          不再显示
        </ActionButton>
      </Card>
    );
  }
  if (!check.data || (!who.data && !who.error)) {
    return (
      <Card id="start-card" title="开始申报">
        <Text className="card__text">正在读取您的自测结果…</Text>
      </Card>
    );
  }
  if (who.data && !who.data.profile.name) {
    return (
      <>
        <Card id="start-card" title="开始申报">
          <Notice kind="info" id="start-need-name">
            申报表上要写您的真实姓名。请先在下面的“我的资料”里填写姓名并保存，再选择申报路径和单位。
          </Notice>
          <ActionButton id="start-dismiss" small onPress={onDismiss}>
            暂不申报
          </ActionButton>
        </Card>
        <View id="start-name">
          <ProfileForm name="" phone={who.data.profile.phone} consent={who.data.privacyConsent} onSaved={() => void who.reload()} />
          <PrivacyPrompt />
        </View>
      </>
    );
  }

  const doSearch = async () => {
    const res = await search.run({ type: 'employer', keyword: keyword.trim() || undefined, page: 1, pageSize: 20 });
    if (res?.ok) setFound(res.data.items);
  };
  const submit = async () => {
    if (!route || !workflow || !employer) return;
    void sub.ask();
    // The application keeps the person's name and employer: the privacy prompt first when no consent is on record.
    if (who.data?.privacyConsent === null && !(await ensureConsent(null))) return;
    const res = await create.run({
      checkId,
      routeId: route.id,
      workflow,
      employerOrgId: employer.id,
      ...(workflow === 'socialized' && roundId && roundId !== 'none' ? { roundId } : {}),
    });
    if (res?.ok) {
      Taro.removeStorageSync(SAVED_CHECK_KEY);
      onCreated(res.data.application.id);
    }
  };
  const fe = create.fieldErrors;
  const employerAsked = !!route && !!workflow && !employer;
  const roundAsked = workflow === 'socialized' && !!rounds.data?.items.length;
  // Which issue paths a field on the card shows now; the rest (and a refusal with none) is the card's message.
  const shown = (path: string) =>
    ((path === 'routeId' || path === 'route') && routes.length > 0) ||
    (path === 'workflow' && !!route) ||
    (path === 'roundId' && roundAsked) ||
    (path === 'employerOrgId' && employerAsked);
  const fieldShown = Object.keys(fe).some(shown);

  return (
    <Card id="start-card" title="开始申报">
      <Text className="card__text">{`根据您 ${formatTime(check.data.at)} 的自测结果，选择申报路径和渠道，再选择您所在的单位。`}</Text>
      {routes.length === 0 ? (
        <Notice kind="info">这次自测没有可以直接申报的途径。</Notice>
      ) : (
        <ChoiceField
          id="start-route"
          label="申报路径"
          options={routes.map((r) => ({ value: r.id, label: `${r.title.titleName}`, hint: `${r.name}（${r.verdictLabel}）` }))}
          value={routeId}
          onChange={(v) => {
            setRouteId(v);
            setWorkflow('');
          }}
          error={fe.routeId || fe.route}
        />
      )}
      {route ? (
        <ChoiceField id="start-workflow" label="申报渠道" options={channels} value={workflow} onChange={setWorkflow} error={fe.workflow} />
      ) : null}
      {roundAsked ? (
        <ChoiceField id="start-round" label="评审轮次" options={roundChoices} value={roundId} onChange={setRoundId} error={fe.roundId} />
      ) : null}
      {route && workflow ? (
        <View className="start-employer">
          {employer ? (
            <View id="start-employer-chosen" className="list-item">
              <Text className="list-item__title">{`所在单位：${employer.name}`}</Text>
              <Text className="list-item__meta">{employer.districtName}</Text>
              <Text className="text-link" onClick={() => setEmployer(null)}>
                重新选择
              </Text>
            </View>
          ) : (
            <>
              <TextField
                id="start-employer-input"
                label="所在单位"
                value={keyword}
                onChange={setKeyword}
                placeholder="输入单位名称中的几个字"
                error={fe.employerOrgId || search.fieldErrors.keyword}
              />
              <ActionButton id="start-employer-search" small pending={search.pending} onPress={() => void doSearch()}>
                查找单位
              </ActionButton>
              {search.error ? <Notice kind="error">{search.error.message}</Notice> : null}
              {found && found.length === 0 ? (
                <Text className="card__hint">没有找到这个单位，请换几个字再试；单位需要先由人社部门登记。</Text>
              ) : null}
              {(found ?? []).map((o) => (
                <View key={o.id} className="list-item start-employer-item" data-id={o.id} onClick={() => setEmployer(o)}>
                  <Text className="list-item__title">{o.name}</Text>
                  <Text className="list-item__meta">{o.districtName}</Text>
                </View>
              ))}
            </>
          )}
        </View>
      ) : null}
      {create.error && !fieldShown ? (
        <Notice kind="error" id="start-error">
          {create.error.message}
        </Notice>
      ) : null}
      {route && workflow && employer ? (
        <ActionButton id="start-submit" kind="primary" pending={create.pending} onPress={() => void submit()}>
          开始申报
        </ActionButton>
      ) : null}
      <ActionButton id="start-dismiss" small onPress={onDismiss}>
        暂不申报
      </ActionButton>
      <PrivacyPrompt />
    </Card>
  );
}
