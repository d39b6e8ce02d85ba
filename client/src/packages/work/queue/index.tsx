/**
 * 待办申报 (employer HR, recommenders, district and city officers): applications.queue in the caller's scope,
 * with filters (stage, overdue, keyword); names are masked; tapping opens the detail page. HR also gets
 * 导出花名册 (export.roster); everyone can export the filtered list (export.queue). On H5 the xlsx downloads,
 * on weapp it is saved and opened.
 * Test hooks:
 *   #queue-filters, #queue-stage (picker), #queue-overdue (-all / -overdue), #queue-keyword, #queue-search,
 *   #queue-list, .app-card (data-id, data-stage), #queue-empty, #queue-total, #queue-more,
 *   #queue-batch-toggle (批量办理, when the roles have actions without inputs), #batch-bar … (see BatchBar),
 *   #queue-export (HR), #queue-export-list, #queue-export-done, #queue-export-error, #load-error, #signin-prompt
 */
import { useCallback, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { STAGES, STAGE_INFO } from '@shared/workflow/stages';
import { api } from '../../../services/api';
import { useLoad } from '../../../hooks/useLoad';
import { useAction } from '../../../hooks/useAction';
import { useWhoami } from '../../../hooks/useWhoami';
import { LoadState } from '../../../components/LoadState';
import { Card } from '../../../components/Card';
import { Notice } from '../../../components/Notice';
import { ActionButton } from '../../../components/ActionButton';
import { ChoiceField } from '../../../components/ChoiceField';
import { PickerField } from '../../../components/PickerField';
import { TextField } from '../../../components/TextField';
import { ApplicationCard } from '../../../components/progress/ApplicationCard';
import { saveXlsx } from '../download';
import { BatchBar, batchActionsFor } from '../BatchBar';
import '../work.scss';

const STAGE_OPTIONS = [{ value: 'all', label: '全部环节' }, ...STAGES.map((s) => ({ value: s, label: STAGE_INFO[s].label }))];
const PAGE_SIZE = 20;

interface Filters {
  stage: string;
  overdue: 'all' | 'overdue';
  keyword: string;
  pageSize: number;
}

export default function Queue() {
  const me = useWhoami();
  const isHr = !!me.data?.roles.some((g) => g.role === 'employer_hr');
  const [draft, setDraft] = useState<Filters>({ stage: 'all', overdue: 'all', keyword: '', pageSize: PAGE_SIZE });
  const [filters, setFilters] = useState<Filters>(draft);
  const load = useCallback(
    () =>
      api.applications.queue({
        ...(filters.stage !== 'all' ? { stage: filters.stage } : {}),
        ...(filters.overdue === 'overdue' ? { overdue: true } : {}),
        ...(filters.keyword.trim() ? { keyword: filters.keyword.trim() } : {}),
        page: 1,
        pageSize: filters.pageSize,
      }),
    [filters],
  );
  const state = useLoad(load, { refreshOnShow: true });
  const roster = useAction(api.applications['export.roster']);
  const listExport = useAction(api.applications['export.queue']);
  const [exported, setExported] = useState('');
  const batchActions = batchActionsFor(me.data?.roles ?? []);
  const [batching, setBatching] = useState(false);
  const [picked, setPicked] = useState<string[]>([]);
  const toggle = (id: string) => setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p, id]));
  const openDetail = (id: string) => void Taro.navigateTo({ url: `/packages/work/detail/index?id=${encodeURIComponent(id)}` });
  const exportError = roster.error ?? listExport.error;

  const doExport = async (which: 'roster' | 'list') => {
    setExported('');
    const res =
      which === 'roster'
        ? await roster.run({})
        : await listExport.run({
            ...(filters.stage !== 'all' ? { stage: filters.stage } : {}),
            ...(filters.overdue === 'overdue' ? { overdue: true } : {}),
            ...(filters.keyword.trim() ? { keyword: filters.keyword.trim() } : {}),
          });
    if (res?.ok) {
      try {
        await saveXlsx(res.data.filename, res.data.base64);
        setExported(`已导出 ${res.data.rows} 人：${res.data.filename}`);
      } catch {
        setExported('');
        void Taro.showToast({ title: '文件保存失败', icon: 'none' });
      }
    }
  };

  return (
    <View className="page work-queue">
      <Card id="queue-filters" title="筛选">
        <PickerField id="queue-stage" label="办理环节" options={STAGE_OPTIONS} value={draft.stage} onChange={(v) => setDraft({ ...draft, stage: v })} />
        <ChoiceField
          id="queue-overdue"
          label="是否超期"
          inline
          options={[
            { value: 'all', label: '全部' },
            { value: 'overdue', label: '只看超期' },
          ]}
          value={draft.overdue}
          onChange={(v) => setDraft({ ...draft, overdue: v })}
        />
        <TextField id="queue-keyword" label="关键词" value={draft.keyword} onChange={(v) => setDraft({ ...draft, keyword: v })} placeholder="申报人姓名或单位名称" />
        <ActionButton id="queue-search" kind="primary" onPress={() => setFilters({ ...draft, pageSize: PAGE_SIZE })}>
          查询
        </ActionButton>
      </Card>
      <Card title="导出">
        {isHr ? (
          <ActionButton id="queue-export" pending={roster.pending} onPress={() => void doExport('roster')}>
            导出申报人员花名册
          </ActionButton>
        ) : null}
        <ActionButton id="queue-export-list" pending={listExport.pending} onPress={() => void doExport('list')}>
          按筛选条件导出汇总表
        </ActionButton>
        {exportError ? (
          <Notice kind="error" id="queue-export-error">
            {exportError.message}
          </Notice>
        ) : null}
        {exported ? (
          <Notice kind="ok" id="queue-export-done">
            {exported}
          </Notice>
        ) : null}
      </Card>
      {batchActions.length ? (
        <ActionButton
          id="queue-batch-toggle"
          onPress={() => {
            setBatching(!batching);
            setPicked([]);
          }}
        >
          {batching ? '退出批量办理' : '批量办理'}
        </ActionButton>
      ) : null}
      {batching ? (
        <BatchBar
          actions={batchActions}
          ids={picked}
          names={Object.fromEntries((state.data?.items ?? []).map((i) => [i.id, `${i.applicantName} · ${i.titleName}`]))}
          onDone={() => {
            setPicked([]);
            void state.reload();
          }}
        />
      ) : null}
      <LoadState state={state}>
        {(data) => (
          <Card id="queue-list" title="申报列表">
            <Text id="queue-total" className="card__hint">{`共 ${data.total} 份`}</Text>
            {data.items.length === 0 ? (
              <Text id="queue-empty" className="card__text">
                没有符合条件的申报。
              </Text>
            ) : null}
            {data.items.map((item) => (
              <ApplicationCard
                key={item.id}
                item={item}
                showApplicant
                {...(batching ? { selected: picked.includes(item.id) } : {})}
                onOpen={batching ? toggle : openDetail}
              />
            ))}
            {data.total > data.items.length && filters.pageSize < 50 ? (
              <ActionButton id="queue-more" small onPress={() => setFilters({ ...filters, pageSize: Math.min(50, filters.pageSize + PAGE_SIZE) })}>
                显示更多
              </ActionButton>
            ) : null}
          </Card>
        )}
      </LoadState>
    </View>
  );
}
