/**
 * 待办申报 (employer HR, recommenders, district and city officers): applications.queue in the caller's scope.
 * Opens on the list (a 工作台 card opens it with `?stage=…`, optionally `&overdue=1`); the filters (stage,
 * district, series, channel, route, overdue, keyword) fold behind 筛选, which shows how many are in force.
 * Names are masked; tapping opens the detail page. HR also gets
 * 导出花名册 (export.roster); everyone can export the filtered list (export.queue). On H5 the xlsx downloads,
 * on weapp it is saved and opened.
 * Test hooks:
 *   #queue-filters-toggle (筛选, aria-expanded, 「筛选（已选 N 项）」), #queue-active (the filters in force, as text),
 *   #queue-filters-clear, #queue-filters (the folded panel), #queue-stage (picker), #queue-district (city-wide users only), #queue-series, #queue-workflow,
 *   #queue-route (pickers, 「全部」 = no filter), #queue-green-exception (officers: 一事一议 entry), #queue-overdue (-all / -overdue), #queue-keyword, #queue-search,
 *   #queue-list, .app-card (data-id, data-stage), #queue-empty, #queue-total, #queue-more,
 *   #queue-batch-toggle (批量办理, when the roles have actions without inputs), #batch-bar … (see BatchBar),
 *   #queue-export (HR), #queue-export-list, #queue-export-done, #queue-export-error, #load-error, #signin-prompt
 */
import { useCallback, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { STAGES, STAGE_INFO } from '@shared/workflow/stages';
import { WORKFLOWS, WORKFLOW_LABELS } from '@shared/workflow/application';
import { DISTRICTS, type DistrictCode } from '@shared/org/districts';
import type { InputOf } from '@shared/contracts';
import { SERIES_CATALOGUE, SERIES_IDS } from '@shared/policy/series';
import { ROUTE_IDS } from '@shared/policy/types';
import { ROUTE_LABELS } from './routes';
import { api } from './api';
import { useLoad } from '../../hooks/use-load';
import { useAction } from '../../hooks/use-action';
import { useWhoami } from '../../hooks/use-whoami';
import { LoadState } from '../../components/LoadState';
import { Card } from '../../components/Card';
import { Notice } from '../../components/Notice';
import { ActionButton } from '../../components/ActionButton';
import { ChoiceField } from '../../components/ChoiceField';
import { PickerField } from '../../components/PickerField';
import { TextField } from '../../components/TextField';
import { ApplicationCard } from '../progress/ApplicationCard';
import { saveXlsx } from '../../services/download';
import { BatchBar, batchActionsFor } from './BatchBar';
import './work.scss';
import { openPage } from '../../services/navigation';

const STAGE_OPTIONS = [{ value: 'all', label: '全部环节' }, ...STAGES.map((s) => ({ value: s, label: STAGE_INFO[s].label }))];
const ALL = { value: 'all', label: '全部' };
const DISTRICT_OPTIONS = [ALL, ...DISTRICTS.map((d) => ({ value: d.code as string, label: d.name as string }))];
const SERIES_OPTIONS = [ALL, ...SERIES_IDS.map((id) => ({ value: id as string, label: SERIES_CATALOGUE[id].name }))];
const WORKFLOW_OPTIONS = [ALL, ...WORKFLOWS.map((w) => ({ value: w as string, label: WORKFLOW_LABELS[w] }))];
const ROUTE_OPTIONS = [ALL, ...ROUTE_IDS.map((r) => ({ value: r as string, label: ROUTE_LABELS[r] }))];
const PAGE_SIZE = 20;
const CITY_ROLES = ['city_officer', 'admin'];
const OFFICER_ROLES = ['district_officer', 'city_officer', 'admin'];

const NO_FILTERS: Filters = {
  stage: 'all',
  district: 'all',
  series: 'all',
  workflow: 'all',
  route: 'all',
  overdue: 'all',
  keyword: '',
  pageSize: PAGE_SIZE,
};

/** The filters a link asks for (`?stage=employer_review&overdue=1` from a 工作台 card); anything unknown is ignored. */
function fromParams(params: Partial<Record<string, string>>): Filters {
  const stage = params.stage && (STAGES as readonly string[]).includes(params.stage) ? params.stage : 'all';
  return { ...NO_FILTERS, stage, overdue: params.overdue === '1' ? 'overdue' : 'all' };
}

/** The filters in force, in words (for the line above the list and the count on 筛选). */
function activeFilters(f: Filters, cityWide: boolean): string[] {
  const label = (options: { value: string; label: string }[], v: string) => options.find((o) => o.value === v)?.label ?? v;
  return [
    f.stage !== 'all' ? `环节：${label(STAGE_OPTIONS, f.stage)}` : '',
    cityWide && f.district !== 'all' ? `旗县区：${label(DISTRICT_OPTIONS, f.district)}` : '',
    f.series !== 'all' ? `系列：${label(SERIES_OPTIONS, f.series)}` : '',
    f.workflow !== 'all' ? `渠道：${label(WORKFLOW_OPTIONS, f.workflow)}` : '',
    f.route !== 'all' ? `路径：${label(ROUTE_OPTIONS, f.route)}` : '',
    f.overdue === 'overdue' ? '只看超期' : '',
    f.keyword.trim() ? `关键词：${f.keyword.trim()}` : '',
  ].filter(Boolean);
}

type QueueFilterInput = InputOf<'applications', 'export.queue'>;

/** The server-side filters for the chosen options (「全部」 = no filter). */
function filterInput(f: Filters, cityWide: boolean): QueueFilterInput {
  return {
    ...(f.stage !== 'all' ? { stage: f.stage } : {}),
    ...(cityWide && f.district !== 'all' ? { district: f.district as DistrictCode } : {}),
    ...(f.series !== 'all' ? { series: f.series as (typeof SERIES_IDS)[number] } : {}),
    ...(f.route !== 'all' ? { route: f.route as (typeof ROUTE_IDS)[number] } : {}),
    ...(f.workflow !== 'all' ? { workflow: f.workflow as (typeof WORKFLOWS)[number] } : {}),
    ...(f.overdue === 'overdue' ? { overdue: true } : {}),
    ...(f.keyword.trim() ? { keyword: f.keyword.trim() } : {}),
  };
}

interface Filters {
  stage: string;
  district: string;
  series: string;
  workflow: string;
  route: string;
  overdue: 'all' | 'overdue';
  keyword: string;
  pageSize: number;
}

function Queue() {
  const me = useWhoami();
  const isHr = !!me.data?.roles.some((g) => g.role === 'employer_hr');
  const cityWide = !!me.data?.roles.some((g) => CITY_ROLES.includes(g.role));
  const isOfficer = !!me.data?.roles.some((g) => OFFICER_ROLES.includes(g.role));
  const params = useRouter().params;
  const [draft, setDraft] = useState<Filters>(() => fromParams(params));
  const [filters, setFilters] = useState<Filters>(draft);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const active = activeFilters(filters, cityWide);
  const load = useCallback(
    () =>
      api.applications.queue({
        ...filterInput(filters, cityWide),
        page: 1,
        pageSize: filters.pageSize,
      }),
    [filters, cityWide],
  );
  const state = useLoad(load, { refreshOnShow: true });
  const roster = useAction(api.applications['export.roster']);
  const listExport = useAction(api.applications['export.queue']);
  const [exported, setExported] = useState('');
  const batchActions = batchActionsFor(me.data?.roles ?? []);
  const [batching, setBatching] = useState(false);
  const [picked, setPicked] = useState<string[]>([]);
  const toggle = (id: string) => setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p, id]));
  const openDetail = (id: string) => void openPage(`/packages/work/detail/index?id=${encodeURIComponent(id)}`);
  const exportError = roster.error ?? listExport.error;

  const doExport = async (which: 'roster' | 'list') => {
    setExported('');
    const res = which === 'roster' ? await roster.run({}) : await listExport.run(filterInput(filters, cityWide));
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
      <View className="queue-toolbar">
        <ActionButton
          id="queue-filters-toggle"
          expanded={filtersOpen}
          onPress={() => {
            if (!filtersOpen) setDraft(filters);
            setFiltersOpen(!filtersOpen);
          }}
        >
          {active.length ? `筛选（已选 ${active.length} 项）` : '筛选'}
        </ActionButton>
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
      </View>
      {active.length && !filtersOpen ? (
        <Text id="queue-active" className="card__hint queue-active">{`已筛选：${active.join(' · ')}`}</Text>
      ) : null}
      {filtersOpen ? (
        <Card id="queue-filters" title="筛选">
          <PickerField
            id="queue-stage"
            label="办理环节"
            options={STAGE_OPTIONS}
            value={draft.stage}
            onChange={(v) => setDraft({ ...draft, stage: v })}
          />
          {cityWide ? (
            <PickerField
              id="queue-district"
              label="旗县区"
              options={DISTRICT_OPTIONS}
              value={draft.district}
              onChange={(v) => setDraft({ ...draft, district: v })}
            />
          ) : null}
          <PickerField
            id="queue-series"
            label="申报系列"
            options={SERIES_OPTIONS}
            value={draft.series}
            onChange={(v) => setDraft({ ...draft, series: v })}
          />
          <PickerField
            id="queue-workflow"
            label="申报渠道"
            options={WORKFLOW_OPTIONS}
            value={draft.workflow}
            onChange={(v) => setDraft({ ...draft, workflow: v })}
          />
          <PickerField
            id="queue-route"
            label="申报路径"
            options={ROUTE_OPTIONS}
            value={draft.route}
            onChange={(v) => setDraft({ ...draft, route: v })}
          />
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
          <TextField
            id="queue-keyword"
            label="关键词"
            value={draft.keyword}
            onChange={(v) => setDraft({ ...draft, keyword: v })}
            placeholder="申报人姓名或单位名称"
          />
          <ActionButton
            id="queue-search"
            kind="primary"
            onPress={() => {
              setFilters({ ...draft, pageSize: PAGE_SIZE });
              setFiltersOpen(false);
            }}
          >
            查询
          </ActionButton>
          {active.length ? (
            <ActionButton
              id="queue-filters-clear"
              onPress={() => {
                setDraft(NO_FILTERS);
                setFilters(NO_FILTERS);
                setFiltersOpen(false);
              }}
            >
              清除筛选
            </ActionButton>
          ) : null}
        </Card>
      ) : null}
      {batching ? (
        <BatchBar
          actions={batchActions}
          ids={picked}
          names={Object.fromEntries((state.data?.items ?? []).map((i) => [i.id, `${i.applicantName} · ${i.titleName}`]))}
          items={state.data?.items ?? []}
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
              <ActionButton
                id="queue-more"
                small
                onPress={() => setFilters({ ...filters, pageSize: Math.min(50, filters.pageSize + PAGE_SIZE) })}
              >
                显示更多
              </ActionButton>
            ) : null}
          </Card>
        )}
      </LoadState>
      {isOfficer ? (
        <ActionButton id="queue-green-exception" onPress={() => void openPage('/packages/work/green-exception/index')}>
          绿色通道一事一议
        </ActionButton>
      ) : null}
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
    </View>
  );
}

export default Queue;
