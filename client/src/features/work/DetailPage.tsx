/**
 * 申报详情 (applicant, HR, recommender, officers): the timeline, who holds the file, what happens next, the
 * public notice / defense, the audit trail, and the buttons `available` gives the viewer (disabled ones with
 * their reason). Each action opens its form and is sent with expectedVersion = the version shown; on
 * CONFLICT the page reloads and says so. One requestId per user intent (opening an action's form): when the
 * call fails with INTERNAL (network or server), the confirm button reads 重试 and resends with the same id,
 * so the function can answer a repeat idempotently; any other answer starts a new intent.
 * Test hooks:
 *   #app-detail (data-version, data-stage), #app-title, #app-stage, #app-holder, #app-next, #app-notice, #app-defense,
 *   #verify-certificate (once the certificate is recorded: where to print and verify it), #timeline, .timeline-step (data-stage; --done|--current|--later)
 *   #app-actions, .app-action (#app-action-<action>; .btn--disabled when not enabled), .app-action-reason
 *   #action-form … (see ActionForm), #app-done (after an action), #app-conflict
 *   #app-audit, .audit-item, #load-error, #signin-prompt
 */
import { useCallback, useRef, useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { ACTION_LABELS, type ActionId } from '@shared/workflow/actions';
import { STAGE_INFO, type Stage } from '@shared/workflow/stages';
import { WORKFLOW_LABELS } from '@shared/workflow/application';
import type { AvailableAction } from '@shared/workflow/machine';
import { ROLE_LABELS, type Role } from '@shared/auth/roles';
import type { ApplicationDetail } from '@shared/contracts/applications';
import type { InputOf } from '@shared/contracts';
import { api } from './api';
import { newRequestId } from '../../services/api/request-id';
import { useLoad } from '../../hooks/use-load';
import { useAction } from '../../hooks/use-action';
import { LoadState } from '../../components/LoadState';
import { Card } from '../../components/Card';
import { Notice } from '../../components/Notice';
import { ActionButton } from '../../components/ActionButton';
import { formatDate, formatTime } from '../../services/dates';
import { Timeline } from './Timeline';
import { VerifyCertificate } from './verify/VerifyCertificate';
import { ActionForm } from './ActionForm';
import './work.scss';

const stageName = (s: string | null) => (s && s in STAGE_INFO ? STAGE_INFO[s as Stage].label : (s ?? ''));

function Audit({ audit }: { audit: ApplicationDetail['audit'] }) {
  return (
    <Card id="app-audit" title="办理记录">
      {[...audit].reverse().map((a, i) => (
        <View key={`${a.at}-${i}`} className="list-item audit-item">
          <Text className="list-item__title">{ACTION_LABELS[a.action as ActionId] ?? (a.action === 'create' ? '发起申报' : a.action)}</Text>
          <Text className="list-item__meta">
            {`${formatTime(a.at)} · ${a.by.me ? '我' : `${ROLE_LABELS[a.by.role as Role] ?? (a.by.role === 'public' ? '公众' : a.by.role)}${a.by.name ? ` ${a.by.name}` : ''}`}${a.to ? ` · 转到“${stageName(a.to)}”` : ''}`}
          </Text>
        </View>
      ))}
    </Card>
  );
}

function Summary({ d }: { d: ApplicationDetail }) {
  const app = d.application;
  const info = STAGE_INFO[app.stage];
  const next = d.available.filter((a) => a.enabled);
  const last = app.history[app.history.length - 1];
  return (
    <Card id="app-summary">
      <Text id="app-title" className="card__title">{`${app.title.titleName}（${WORKFLOW_LABELS[app.workflow]}）`}</Text>
      <Text className="card__text">{`${app.applicant.name} · ${app.employer.name}`}</Text>
      <Text id="app-stage" className="chip">
        {info.label}
      </Text>
      <Text id="app-holder" className="card__text">
        {d.holder ? `材料现在在：${d.holder}` : '申报已结束'}
      </Text>
      <Text id="app-next" className="card__text">
        {next.length
          ? `您现在可以：${next.map((a) => a.label).join('、')}`
          : d.holder
            ? `现在等待${d.holder}办理：${info.description[app.workflow]}`
            : info.description[app.workflow]}
      </Text>
      {app.notice && !app.notice.closed ? (
        <Text
          id="app-notice"
          className="card__text"
        >{`公示期：${formatDate(app.notice.startsOn)} 至 ${formatDate(app.notice.endsOn)}（${app.notice.workingDays} 个工作日）`}</Text>
      ) : null}
      {app.defense ? (
        <Text
          id="app-defense"
          className="card__text"
        >{`答辩：${formatTime(app.defense.at)}，${app.defense.place}${app.defense.record ? (app.defense.record.attended ? '（已参加）' : '（未参加）') : ''}`}</Text>
      ) : null}
      {app.stage === 'recommendation' && last?.action === 'withdraw_recommendation' ? (
        <Notice kind="info" id="app-withdrawn-recommendation">{`${last.summary}。请重新选择推荐报送渠道。`}</Notice>
      ) : null}
      {app.stage === 'correction' && app.corrections.length ? (
        <Notice kind="error">{`退回原因：${app.corrections[app.corrections.length - 1].reasons.join('；')}`}</Notice>
      ) : null}
    </Card>
  );
}

function Detail() {
  const { params } = useRouter();
  const id = String(params.id ?? '');
  const load = useCallback(() => api.applications.get({ id }), [id]);
  const state = useLoad(load, { refreshOnShow: true });
  const [open, setOpen] = useState<AvailableAction | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'info'; text: string } | null>(null);
  const act = useAction(api.applications.transition);
  const intent = useRef<string>(newRequestId());
  const retrying = act.error?.code === 'INTERNAL';

  const send = async (d: ApplicationDetail, a: AvailableAction, input: Record<string, unknown>) => {
    // The form's answers for the action it was built for (fieldsFor); the api client checks them against that action's
    // input on the phone before anything is sent.
    const request = { id, action: a.action, input, expectedVersion: d.application.version } as InputOf<'applications', 'transition'>;
    const res = await act.run(request, { requestId: intent.current });
    if (!res) return;
    // Only a network/INTERNAL failure keeps the id for 重试; anything else was answered, so the next press is a new intent.
    if (res.ok || res.code !== 'INTERNAL') intent.current = newRequestId();
    if (res.ok) {
      setOpen(null);
      setMessage({ kind: 'ok', text: `已${a.label}。` });
      // The answer is the file as the action left it: shown as is, since the caller may no longer see it (撤回推荐).
      state.show(res.data);
    } else if (res.code === 'CONFLICT') {
      setOpen(null);
      act.reset();
      await state.reload();
      setMessage({ kind: 'info', text: '内容已被他人更新，已为您刷新' });
    }
  };

  return (
    <View className="page work-detail">
      <LoadState state={state}>
        {(d) => (
          <View id="app-detail" data-version={d.application.version} data-stage={d.application.stage}>
            <Summary d={d} />
            {d.application.certificate ? (
              <Card title="查询和打印证书">
                <VerifyCertificate />
              </Card>
            ) : null}
            {message ? (
              <Notice kind={message.kind} id={message.kind === 'ok' ? 'app-done' : 'app-conflict'}>
                {message.text}
              </Notice>
            ) : null}
            {d.available.length ? (
              <Card id="app-actions" title="办理">
                {d.available.map((a) => (
                  <View key={a.action} className="app-action-row">
                    <ActionButton
                      id={`app-action-${a.action}`}
                      className="app-action"
                      kind={a.action === 'withdraw' || a.action === 'not_passed' ? 'danger' : 'primary'}
                      disabled={!a.enabled}
                      onPress={() => {
                        intent.current = newRequestId();
                        act.reset();
                        setMessage(null);
                        setOpen(a);
                      }}
                    >
                      {a.label}
                    </ActionButton>
                    {!a.enabled && a.reason ? <Text className="card__hint app-action-reason">{a.reason}</Text> : null}
                  </View>
                ))}
              </Card>
            ) : null}
            {open ? (
              <ActionForm
                key={open.action}
                app={d.application}
                available={open}
                pending={act.pending}
                retry={retrying}
                error={act.error?.message}
                errors={act.fieldErrors}
                onSubmit={(input) => void send(d, open, input)}
                onCancel={() => setOpen(null)}
              />
            ) : null}
            <Card title="办理进度">
              <Timeline app={d.application} expected={d.expected} />
            </Card>
            <Audit audit={d.audit} />
          </View>
        )}
      </LoadState>
    </View>
  );
}

export default Detail;
