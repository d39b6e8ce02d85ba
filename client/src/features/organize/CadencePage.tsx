/**
 * 宣讲制度 (第六条 定期宣讲): each district's state this quarter (briefings.cadence) — 已举办 / 已安排 / 未安排 /
 * 未完成 in words, with held / planned counts against the requirement — as a table (role table / row / cell,
 * header cells named), the quarter chosen with 上一季度 / 下一季度, and the summary counts. The city sees every
 * district; a district officer their own. On a narrow screen in 大字模式 each row stacks: the name on its own line,
 * the three value cells under it (one unroled box, so the cells stay the row's cells).
 * Test hooks: #cadence-page (data-quarter), #cadence-quarter, #cadence-prev, #cadence-next, #cadence-summary,
 *   #cadence-table, .cadence-row (data-district, data-state), .cadence-row__state, #load-error
 */
import { useCallback, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { CADENCE_STATE_LABELS } from '@shared/briefings/cadence';
import { api } from './api';
import { useLoad } from '../../hooks/use-load';
import { a11y } from '../../components/a11y';
import { LoadState } from '../../components/LoadState';
import { Card } from '../../components/Card';
import { ActionButton } from '../../components/ActionButton';
import { shiftQuarter } from './views';
import '../notices/notices.scss';
import '../publish/publish.scss';
import './organize.scss';

const STATE_TAG: Record<keyof typeof CADENCE_STATE_LABELS, string> = {
  held: 'tag tag--ok',
  planned: 'tag tag--wait',
  unplanned: 'tag',
  missed: 'tag tag--bad',
};

function CadencePage() {
  const [quarter, setQuarter] = useState<string | undefined>(undefined);
  const state = useLoad(useCallback(() => api.briefings.cadence(quarter ? { quarter } : {}), [quarter]), { refreshOnShow: true });
  return (
    <View className="page organize-cadence">
      <Text className="page-title" {...a11y({ role: 'heading', 'aria-level': 1 })}>
        宣讲制度完成情况
      </Text>
      <LoadState state={state}>
        {(data) => (
          <View id="cadence-page" data-quarter={data.quarter}>
            <Card>
              <Text id="cadence-quarter" className="list-item__title" {...a11y({ role: 'status' })}>
                {data.label}
              </Text>
              <Text className="card__text">{`第六条要求定期宣讲：每个旗县区每季度至少 ${data.perQuarter} 场。`}</Text>
              <View className="btn-row">
                <ActionButton id="cadence-prev" small onPress={() => setQuarter(shiftQuarter(data.quarter, -1))}>
                  上一季度
                </ActionButton>
                <ActionButton id="cadence-next" small onPress={() => setQuarter(shiftQuarter(data.quarter, 1))}>
                  下一季度
                </ActionButton>
              </View>
              <Text id="cadence-summary" className="card__text cadence-summary">
                {`旗县区个数：已举办 ${data.summary.held} · 已安排 ${data.summary.planned} · 未安排 ${data.summary.unplanned} · 未完成 ${data.summary.missed}`}
              </Text>
            </Card>
            <Card>
              <View id="cadence-table" className="cadence-table" {...a11y({ role: 'table', 'aria-label': `${data.label}各旗县区宣讲完成情况` })}>
                <View className="cadence-row cadence-row--head" {...a11y({ role: 'row' })}>
                  <Text className="cadence-cell cadence-cell--name" {...a11y({ role: 'columnheader' })}>
                    旗县区
                  </Text>
                  <View className="cadence-row__values">
                    <Text className="cadence-cell cadence-cell--state" {...a11y({ role: 'columnheader' })}>
                      情况
                    </Text>
                    <Text className="cadence-cell cadence-cell--n" {...a11y({ role: 'columnheader' })}>
                      已举办
                    </Text>
                    <Text className="cadence-cell cadence-cell--n" {...a11y({ role: 'columnheader' })}>
                      已安排
                    </Text>
                  </View>
                </View>
                {data.rows.map((row) => (
                  <View key={row.district} className="cadence-row" data-district={row.district} data-state={row.state} {...a11y({ role: 'row' })}>
                    <Text className="cadence-cell cadence-cell--name" {...a11y({ role: 'rowheader' })}>
                      {row.name}
                    </Text>
                    <View className="cadence-row__values">
                      <View className="cadence-cell cadence-cell--state" {...a11y({ role: 'cell' })}>
                        <Text className={`${STATE_TAG[row.state]} cadence-row__state`}>{row.label}</Text>
                      </View>
                      <Text className="cadence-cell cadence-cell--n" {...a11y({ role: 'cell' })}>
                        {String(row.held)}
                      </Text>
                      <Text className="cadence-cell cadence-cell--n" {...a11y({ role: 'cell' })}>
                        {String(row.planned)}
                      </Text>
                    </View>
                  </View>
                ))}
              </View>
              <Text className="card__hint">“已举办”“已安排”两列是场次数。已举办：已结束的场次达到要求；已安排：加上已安排未结束的场次能达到；未安排：季度未结束、场次不够；未完成：季度结束仍不够。</Text>
            </Card>
          </View>
        )}
      </LoadState>
    </View>
  );
}

export default CadencePage;
