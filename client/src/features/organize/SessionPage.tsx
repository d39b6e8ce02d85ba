/**
 * 宣讲管理 (`?id=`): the session's facts and state, 报名情况 (confirmed seats / capacity, free, waiting — the
 * counts the contract gives; names only in the exported 签到表), 签到码 (CheckInCard), 导出签到表
 * (attendance.export → the work package's saveXlsx), 评价汇总 (ratings.summary: average, 满意率, the five levels
 * in words with counts, comments), and once the session has started 资料与问答纪要 (materials.attach:
 * AttachmentsField purpose briefing and the Q&A summary).
 * Test hooks: #session-page (data-id, data-phase), #session-topic, #session-state, #session-edit,
 *   #session-public, #roster-confirmed (data-n), #roster-free, #roster-waiting (data-n), CheckInCard's hooks,
 *   #attendance-export, #attendance-export-done, #attendance-export-error, #ratings (data-count),
 *   #ratings-average, #ratings-satisfied, .rating-bar (data-score, data-n), #ratings-comments, .rating-comment,
 *   #ratings-empty, #materials-card, #materials-qa, #materials-save, #materials-done, #materials-error, #load-error
 */
import { useCallback, useEffect, useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { FileRef } from '@shared/announcements/files';
import type { BriefingDetail } from '@shared/contracts/briefings';
import { SESSION_LIMITS } from '@shared/briefings/session';
import { SCORE_LABELS, SCORES } from '@shared/briefings/rating';
import { api } from './api';
import { useLoad } from '../../hooks/use-load';
import { useAction } from '../../hooks/use-action';
import { a11y } from '../../components/a11y';
import { LoadState } from '../../components/LoadState';
import { Card } from '../../components/Card';
import { Notice } from '../../components/Notice';
import { ActionButton } from '../../components/ActionButton';
import { FieldFooter } from '../../components/FieldFooter';
import { AttachmentsField } from '../../components/files/AttachmentsField';
import { saveXlsx } from '../../services/download';
import { TextArea } from '../../components/TextArea';
import { ROUTES as NOTICE_ROUTES } from '../notices/views';
import { CheckInCard } from './CheckInCard';
import { ORGANIZE_ROUTES, ORGANIZER_STATE_LABELS, ORGANIZER_STATE_TAG, organizerState } from './views';
import '../notices/notices.scss';
import '../publish/publish.scss';
import './organize.scss';
import { openPage } from '../../services/navigation';

function Ratings({ id }: { id: string }) {
  const state = useLoad(
    useCallback(() => api.briefings['ratings.summary']({ id }), [id]),
    { refreshOnShow: true },
  );
  return (
    <LoadState state={state}>
      {({ summary, comments }) => (
        <View id="ratings" data-count={String(summary.count)}>
          {summary.count === 0 ? (
            <Text id="ratings-empty" className="card__text">
              还没有人评价。签到的人在宣讲结束后可以评价。
            </Text>
          ) : (
            <View className="ratings-head">
              <Text id="ratings-average" className="ratings-average">{`平均 ${summary.average} 分（满分 5 分）`}</Text>
              <Text
                id="ratings-satisfied"
                className="card__text"
              >{`${summary.count} 人评价，满意率 ${summary.satisfiedPercent}%（基本满意及以上）`}</Text>
            </View>
          )}
          <View className="rating-bars" {...a11y({ role: 'list', 'aria-label': '各等级人数' })}>
            {SCORES.map((score) => {
              const n = summary.distribution[score];
              const pct = summary.count ? Math.round((n / summary.count) * 100) : 0;
              return (
                <View key={score} className="rating-bar" data-score={String(score)} data-n={String(n)} {...a11y({ role: 'listitem' })}>
                  <Text className="rating-bar__label">{`${SCORE_LABELS[score]}（${score} 分）`}</Text>
                  <View className="rating-bar__track" aria-hidden="true">
                    <View className="rating-bar__fill" style={{ width: `${pct}%` }} />
                  </View>
                  <Text className="rating-bar__n">{`${n} 人`}</Text>
                </View>
              );
            })}
          </View>
          {comments.length ? (
            <View id="ratings-comments" {...a11y({ role: 'list', 'aria-label': '评价内容' })}>
              <Text className="field__label">评价内容（不显示姓名）</Text>
              {comments.map((c, i) => (
                <View key={i} className="list-item rating-comment" {...a11y({ role: 'listitem' })}>
                  <Text className="tag">{c.label}</Text>
                  <Text className="card__text" userSelect>
                    {c.comment}
                  </Text>
                </View>
              ))}
            </View>
          ) : null}
        </View>
      )}
    </LoadState>
  );
}

function Materials({ detail, onSaved }: { detail: BriefingDetail; onSaved: (d: BriefingDetail) => void }) {
  const s = detail.session;
  const [files, setFiles] = useState<FileRef[]>(() => s.materials.map(({ fileID, name, size, type }) => ({ fileID, name, size, type })));
  const [qa, setQa] = useState(s.qaSummary ?? '');
  const [done, setDone] = useState(false);
  const attach = useAction(api.briefings['materials.attach']);
  useEffect(() => setDone(false), [files, qa]);
  const save = async () => {
    const res = await attach.run({ id: s.id, expectedVersion: s.version, attach: { materials: files, qaSummary: qa } });
    if (res?.ok) {
      onSaved(res.data);
      setDone(true);
    }
  };
  const fe = attach.fieldErrors;
  const fileError = Object.entries(fe).find(([p]) => p.startsWith('attach.materials'))?.[1];
  return (
    <Card id="materials-card" title="资料与问答纪要">
      <Text className="card__hint materials-hint">宣讲的课件、PDF 和现场问答的纪要，报名的人在宣讲页上可以看到。</Text>
      <View id="materials-files">
        <AttachmentsField label="宣讲资料" purpose="briefing" value={files} onChange={setFiles} disabled={!detail.manage.edit} />
        <FieldFooter id="materials-files" error={fileError} />
      </View>
      <TextArea
        id="materials-qa"
        label="问答纪要"
        value={qa}
        max={SESSION_LIMITS.qaMax}
        placeholder="现场提出的问题和答复，例如：问：…… 答：……"
        error={fe['attach.qaSummary']}
        disabled={!detail.manage.edit}
        onChange={setQa}
      />
      {done ? (
        <Notice kind="ok" id="materials-done">
          资料和问答纪要已保存
        </Notice>
      ) : null}
      {attach.error && !fileError && !fe['attach.qaSummary'] ? (
        <Notice kind="error" id="materials-error">
          {attach.error.message}
        </Notice>
      ) : null}
      {detail.manage.edit ? (
        <ActionButton id="materials-save" kind="primary" pending={attach.pending} onPress={() => void save()}>
          保存资料和纪要
        </ActionButton>
      ) : null}
    </Card>
  );
}

function SessionPage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const state = useLoad(
    useCallback(() => api.briefings.get({ id }), [id]),
    { refreshOnShow: true },
  );
  const [fresh, setFresh] = useState<BriefingDetail | null>(null);
  const exporting = useAction(api.briefings['attendance.export']);
  const [exported, setExported] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  useEffect(() => setFresh(null), [state.data]);

  const onExport = async () => {
    setExported(null);
    setSaveError(null);
    const res = await exporting.run({ id });
    if (!res?.ok) return;
    try {
      await saveXlsx(res.data.filename, res.data.base64);
      setExported(`已导出 ${res.data.rows} 行：${res.data.filename}`);
    } catch {
      setSaveError('文件没有保存成功，请重试');
    }
  };

  return (
    <View className="page organize-session">
      <LoadState state={state}>
        {(loaded) => {
          const d = fresh ?? loaded;
          const { session: s, roster: r } = d;
          const st = organizerState({ phase: s.phase, full: r.full });
          const started = s.phase === 'ongoing' || s.phase === 'ended';
          return (
            <View id="session-page" data-id={s.id} data-phase={s.phase}>
              <Card>
                <View className="feed-item__tags">
                  <Text id="session-state" className={ORGANIZER_STATE_TAG[st]}>
                    {ORGANIZER_STATE_LABELS[st]}
                  </Text>
                  {s.phaseLabel !== ORGANIZER_STATE_LABELS[st] ? <Text className="tag">{s.phaseLabel}</Text> : null}
                </View>
                <Text id="session-topic" className="ann-title" {...a11y({ role: 'heading', 'aria-level': 1 })}>
                  {s.topic}
                </Text>
                <Text className="ann-meta">{`${s.timeText}（北京时间）`}</Text>
                <Text className="ann-meta">{s.venueText}</Text>
                <Text className="ann-meta">{`主办：${s.organizer.name} · 面向：${s.audienceText || '全市'}`}</Text>
                {s.cancellation ? <Notice kind="error">{`已取消：${s.cancellation.reason}`}</Notice> : null}
                <View className="btn-row">
                  {d.manage.edit || d.manage.cancel ? (
                    <ActionButton id="session-edit" small onPress={() => void openPage(ORGANIZE_ROUTES.edit(s.id))}>
                      {started || s.status === 'cancelled' ? '查看安排' : '修改安排'}
                    </ActionButton>
                  ) : null}
                  <ActionButton id="session-public" small onPress={() => void openPage(NOTICE_ROUTES.briefing(s.id))}>
                    查看报名页
                  </ActionButton>
                </View>
              </Card>

              <Card title="报名情况">
                <View className="receipt-counts">
                  <View id="roster-confirmed" className="receipt-count" data-n={String(r.taken)}>
                    <Text className="receipt-count__n">{`${r.taken}/${r.capacity}`}</Text>
                    <Text className="receipt-count__label">已确认（人）</Text>
                  </View>
                  <View id="roster-free" className="receipt-count" data-n={String(r.free)}>
                    <Text className="receipt-count__n">{r.free}</Text>
                    <Text className="receipt-count__label">剩余名额</Text>
                  </View>
                  <View id="roster-waiting" className="receipt-count" data-n={String(r.waiting)}>
                    <Text className="receipt-count__n">{r.waiting}</Text>
                    <Text className="receipt-count__label">候补（人次）</Text>
                  </View>
                </View>
                <Text className="card__hint">报名和签到的名单（含姓名、单位、签到时间）在导出的签到表中。</Text>
                <ActionButton id="attendance-export" pending={exporting.pending} onPress={() => void onExport()}>
                  导出签到表（Excel）
                </ActionButton>
                {exported ? (
                  <Notice kind="ok" id="attendance-export-done">
                    {exported}
                  </Notice>
                ) : null}
                {exporting.error || saveError ? (
                  <Notice kind="error" id="attendance-export-error">
                    {exporting.error?.message ?? saveError}
                  </Notice>
                ) : null}
              </Card>

              {s.status !== 'cancelled' && d.manage.edit ? (
                <Card id="checkin-card" title="签到码">
                  <CheckInCard sessionId={s.id} />
                </Card>
              ) : null}

              <Card title="评价汇总">
                <Ratings id={s.id} />
              </Card>

              {started && s.status !== 'cancelled' ? <Materials detail={d} onSaved={setFresh} /> : null}
            </View>
          );
        }}
      </LoadState>
    </View>
  );
}

export default SessionPage;
