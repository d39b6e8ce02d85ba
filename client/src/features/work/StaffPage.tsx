/**
 * 职工自测统计 (employer HR, 政策找人): how many of the staff may qualify, by series (eligibility.staff.counts) —
 * counts only, never names; a series with fewer than 3 people is not shown (rule policy-match-staff-counts).
 * One card per employer the caller is HR of.
 * Test hooks: #staff-counts, .staff-org (#staff-org-<orgId>), .staff-series (data-series), .staff-checked, .staff-note, #staff-none, #load-error, #signin-prompt
 */
import { useCallback } from 'react';
import { Text, View } from '@tarojs/components';
import { api } from './api';
import { useLoad } from '../../hooks/use-load';
import { useWhoami } from '../../hooks/use-whoami';
import { LoadState } from '../../components/LoadState';
import { Card } from '../../components/Card';
import { Notice } from '../../components/Notice';
import { a11y } from '../../components/a11y';
import './work.scss';

function OrgCounts({ orgId }: { orgId: string }) {
  const load = useCallback(() => api.eligibility['staff.counts']({ orgId }), [orgId]);
  const state = useLoad(load);
  return (
    <LoadState state={state}>
      {(c) => (
        <Card title={c.orgName} className="staff-org" id={`staff-org-${orgId}`}>
          <Text className="card__text staff-checked">{`保存了自测结果的职工：${c.checked.text}`}</Text>
          {c.items.length === 0 ? <Text className="card__text">暂无可以显示的系列。</Text> : null}
          {c.items.map((i) => (
            <View key={i.series} className="list-item staff-series" data-series={i.series} {...a11y({ 'aria-label': `${i.seriesName}：可能符合申报 ${i.text}` })}>
              <Text className="list-item__title" aria-hidden="true">
                {i.seriesName}
              </Text>
              <Text className="list-item__meta" aria-hidden="true">{`可能符合申报：${i.text}`}</Text>
            </View>
          ))}
          <Text className="card__hint staff-note">{c.note}</Text>
        </Card>
      )}
    </LoadState>
  );
}

function StaffCountsPage() {
  const who = useWhoami();
  return (
    <View id="staff-counts" className="page">
      <Text className="page-title">职工自测统计</Text>
      <LoadState state={who}>
        {(me) => {
          const orgs = [...new Set(me.roles.flatMap((g) => (g.role === 'employer_hr' && g.scope.kind === 'org' && g.scope.orgId ? [g.scope.orgId] : [])))];
          return orgs.length ? (
            <>
              {orgs.map((id) => (
                <OrgCounts key={id} orgId={id} />
              ))}
            </>
          ) : (
            <Notice kind="info" id="staff-none">
              只有单位人事可以查看本单位职工的自测统计。
            </Notice>
          );
        }}
      </LoadState>
    </View>
  );
}

export default StaffCountsPage;
