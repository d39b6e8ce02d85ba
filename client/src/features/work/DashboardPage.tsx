/**
 * 申报统计 (city officers): applications by stage and by district as bars, overdue by stage, and the
 * month-by-month count of new and closed files (applications.dashboard).
 * Also by series, by route and the monthly closed count, and 联络群覆盖 per district with the overdue questions (CoverageSection).
 * Test hooks: #dash-stage, #dash-district, #dash-series, #dash-route, #dash-overdue, #dash-monthly, #dash-closed, .bar-row (data-key, data-count),
 *   #dash-empty, #dash-coverage (see CoverageSection), #load-error, #signin-prompt
 */
import { useCallback } from 'react';
import { Text, View } from '@tarojs/components';
import { STAGE_INFO, type Stage } from '@shared/workflow/stages';
import { districtName } from '@shared/org/districts';
import { SERIES_CATALOGUE } from '@shared/policy/series';
import type { OutputOf } from '@shared/contracts';
import { api } from './api';
import { useLoad } from '../../hooks/use-load';
import { LoadState } from '../../components/LoadState';
import { Card } from '../../components/Card';
import { routeLabel } from './routes';
import { CoverageSection } from './CoverageSection';
import './work.scss';

type Dash = OutputOf<'applications', 'dashboard'>;

function sum(rows: Dash['byStage'], key: (r: Dash['byStage'][number]) => string): { key: string; count: number }[] {
  const m = new Map<string, number>();
  for (const r of rows) m.set(key(r), (m.get(key(r)) ?? 0) + r.count);
  return [...m.entries()].map(([k, count]) => ({ key: k, count })).sort((a, b) => b.count - a.count);
}

function Bars({ id, title, rows, label }: { id: string; title: string; rows: { key: string; count: number }[]; label: (k: string) => string }) {
  const max = Math.max(1, ...rows.map((r) => r.count));
  return (
    <Card id={id} title={title}>
      {rows.length === 0 ? <Text className="card__hint">暂无数据</Text> : null}
      {rows.map((r) => (
        <View key={r.key} className="bar-row" data-key={r.key} data-count={r.count}>
          <Text className="bar-row__label">{label(r.key)}</Text>
          <View className="bar-row__track">
            <View className="bar-row__fill" style={{ width: `${Math.round((r.count / max) * 100)}%` }} />
          </View>
          <Text className="bar-row__count">{r.count}</Text>
        </View>
      ))}
    </Card>
  );
}

const seriesName = (s: string) => (s in SERIES_CATALOGUE ? SERIES_CATALOGUE[s as keyof typeof SERIES_CATALOGUE].name : s);
const stageName = (s: string) => (s in STAGE_INFO ? STAGE_INFO[s as Stage].label : s);

function Dashboard() {
  const load = useCallback(() => api.applications.dashboard({}), []);
  const state = useLoad(load, { refreshOnShow: true });
  return (
    <View className="page work-dashboard">
      <Text className="page-title">申报统计</Text>
      <LoadState state={state}>
        {(d) => (
          <>
            {d.byStage.length === 0 ? (
              <Text id="dash-empty" className="page-lead">
                还没有申报。
              </Text>
            ) : null}
            <Bars id="dash-stage" title="各环节的申报数" rows={sum(d.byStage, (r) => r.stage)} label={stageName} />
            <Bars id="dash-district" title="各旗县区的申报数" rows={sum(d.byStage, (r) => r.district)} label={(k) => districtName(k)} />
            <Bars id="dash-series" title="按系列" rows={sum(d.byStage, (r) => r.series)} label={seriesName} />
            <Bars id="dash-route" title="按申报路径" rows={sum(d.byStage, (r) => r.routeId)} label={routeLabel} />
            <Bars id="dash-overdue" title="超期未办" rows={d.overdue.map((o) => ({ key: o.stage, count: o.count }))} label={stageName} />
            <Bars
              id="dash-monthly"
              title="每月新增申报"
              rows={d.monthly.map((m) => ({ key: m.month, count: m.created }))}
              label={(k) => k}
            />
            <Bars id="dash-closed" title="每月办结" rows={d.monthly.map((m) => ({ key: m.month, count: m.closed }))} label={(k) => k} />
            <CoverageSection />
          </>
        )}
      </LoadState>
    </View>
  );
}

export default Dashboard;
