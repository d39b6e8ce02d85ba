import { useCallback } from 'react';
import { Text, View } from '@tarojs/components';
import { api } from './api';
import { useLoad } from '../../hooks/use-load';
import { a11y } from '../../components/a11y';
import { Card } from '../../components/Card';
import { Notice } from '../../components/Notice';
import { percentText, QA_ROUTES } from '../groups/qa-views';
import '../groups/qa.scss';
import { openPage } from '../../services/navigation';

/**
 * 联络群覆盖 on the dashboard (第六条): one row per district from groups.coverage.city — enterprises, covered,
 * the percentage — as a table with header cells, each row a link to that district's coverage page; the city's
 * summary; and the questions past their service clock (questions.list view overdue), a link to that queue.
 * Test hooks: #dash-coverage, #dash-coverage-table, .dash-coverage-row (data-district, data-percent),
 *   #dash-coverage-summary, #dash-overdue-questions (data-n), #dash-coverage-error
 */
export function CoverageSection() {
  const cov = useLoad(
    useCallback(() => api.groups['coverage.city']({}), []),
    { refreshOnShow: true },
  );
  const late = useLoad(
    useCallback(() => api.groups['questions.list']({ view: 'overdue', page: 1, pageSize: 1 }), []),
    { refreshOnShow: true },
  );
  const go = (url: string) => () => void openPage(url);
  const n = late.data?.total ?? null;
  return (
    <Card id="dash-coverage" title="联络群覆盖">
      {cov.error ? (
        <Notice kind="error" id="dash-coverage-error">
          {cov.error.message}
        </Notice>
      ) : null}
      {cov.data ? (
        <>
          <View
            id="dash-coverage-table"
            className="dash-table"
            {...a11y({ role: 'table', 'aria-label': '各旗县区非公企业联络群覆盖情况' })}
          >
            <View className="dash-table__row dash-table__row--head" {...a11y({ role: 'row' })}>
              <Text className="dash-table__cell dash-table__cell--name" {...a11y({ role: 'columnheader' })}>
                旗县区
              </Text>
              <Text className="dash-table__cell" {...a11y({ role: 'columnheader' })}>
                企业
              </Text>
              <Text className="dash-table__cell" {...a11y({ role: 'columnheader' })}>
                已入群
              </Text>
              <Text className="dash-table__cell" {...a11y({ role: 'columnheader' })}>
                覆盖率
              </Text>
            </View>
            {cov.data.rows.map((r) => (
              <View
                key={r.district}
                className="dash-table__row dash-coverage-row"
                data-district={r.district}
                data-percent={r.percent === null ? '' : String(r.percent)}
                {...a11y(
                  {
                    role: 'row',
                    tabIndex: 0,
                    'aria-label': `${r.name}：企业 ${r.enterprises} 家，已入群 ${r.covered} 家，覆盖率 ${percentText(r.percent)}，查看未入群企业`,
                  },
                  go(QA_ROUTES.coverage(r.district)),
                )}
                onClick={go(QA_ROUTES.coverage(r.district))}
              >
                <Text className="dash-table__cell dash-table__cell--name dash-table__link" {...a11y({ role: 'rowheader' })}>
                  {`${r.name} ›`}
                </Text>
                <Text className="dash-table__cell" {...a11y({ role: 'cell' })}>
                  {String(r.enterprises)}
                </Text>
                <Text className="dash-table__cell" {...a11y({ role: 'cell' })}>
                  {String(r.covered)}
                </Text>
                <Text
                  className={`dash-table__cell ${r.percent !== null && r.percent < 50 ? 'dash-table__cell--low' : ''}`}
                  {...a11y({ role: 'cell' })}
                >
                  {percentText(r.percent)}
                </Text>
              </View>
            ))}
          </View>
          <Text id="dash-coverage-summary" className="card__hint">
            {`全市：企业 ${cov.data.summary.enterprises} 家，已入群 ${cov.data.summary.covered} 家，未入群 ${cov.data.summary.uncovered} 家，覆盖率 ${percentText(cov.data.summary.percent)}；联络群 ${cov.data.summary.groups} 个。“企业”指登记的非公企业，单位：家。点一行查看该区未入群的企业。`}
          </Text>
        </>
      ) : !cov.error ? (
        <Text className="card__hint">正在加载…</Text>
      ) : null}
      {n !== null ? (
        <View
          id="dash-overdue-questions"
          data-n={String(n)}
          className={`list-item dash-overdue ${n > 0 ? 'dash-overdue--some' : ''}`}
          {...a11y({ role: 'link', tabIndex: 0 }, go(QA_ROUTES.queue({ view: 'overdue' })))}
          onClick={go(QA_ROUTES.queue({ view: 'overdue' }))}
        >
          <Text className="list-item__title">{n > 0 ? `⚠ 超过答复时限的问题：${n} 个 ›` : '没有超过答复时限的问题 ›'}</Text>
          <Text className="list-item__meta">联络群里企业的提问，按工作日计答复时限。</Text>
        </View>
      ) : null}
    </Card>
  );
}
