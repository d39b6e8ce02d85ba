import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { RouteResult } from '@shared/policy/types';
import { formatDate } from '../../services/dates';
import { plainSummary } from '../../services/check/summary';
import { VerdictChip } from './VerdictChip';
import { ConditionRow } from './ConditionRow';
import { NextStepsView } from './NextStepsView';

interface Props {
  route: RouteResult;
  /** The level the person said they want. */
  wanted?: boolean;
  /** Next steps shown without a tap (the headline card). */
  openSteps?: boolean;
  /** A not-eligible route: only the reason, conditions one tap away. */
  compact?: boolean;
}

/**
 * One route: the title sought, the verdict chip, the engine's one-line summary, the eligible-from date,
 * the conditions (✓ ✗ ? with their clauses) and the next steps.
 * Test hooks: .route-card (#route-<route id>, data-route, .route-card--<verdict>), .route-card__title,
 *   .route-card__from, .route-card__toggle-steps, .route-card__toggle-conditions
 */
export function RouteCard({ route, wanted, openSteps, compact }: Props) {
  const [stepsOpen, setStepsOpen] = useState(!!openSteps);
  const [conditionsOpen, setConditionsOpen] = useState(!compact);
  return (
    <View id={`route-${route.id}`} className={`card route-card route-card--${route.verdict}`} data-route={route.id}>
      <View className="route-card__head">
        <Text className="route-card__title">申报{route.title.titleName}</Text>
        <VerdictChip verdict={route.verdict} eligibleFrom={route.eligibleFrom} />
      </View>
      <Text className="route-card__name">
        {route.name}
        {wanted ? '　· 您想申报的级别' : ''}
      </Text>
      <Text className="route-card__summary">{plainSummary(route)}</Text>
      {route.verdict === 'not_yet' && route.eligibleFrom ? (
        <Text className="route-card__from">预计 {formatDate(route.eligibleFrom)}起满足年限（假定您现在的工作一直持续）</Text>
      ) : null}
      {route.redirect && route.verdict !== 'likely' ? <Text className="route-card__redirect">{route.redirect.text}</Text> : null}

      {compact ? (
        <Text className="route-card__toggle route-card__toggle-conditions" onClick={() => setConditionsOpen(!conditionsOpen)}>
          {conditionsOpen ? '收起条件 ▴' : '查看各项条件 ▾'}
        </Text>
      ) : (
        <Text className="route-card__section">逐项条件</Text>
      )}
      {conditionsOpen ? (
        <View className="route-card__conditions">
          {route.conditions.map((c) => (
            <ConditionRow key={c.id} condition={c} />
          ))}
        </View>
      ) : null}

      {route.nextSteps ? (
        <>
          <Text className="route-card__toggle route-card__toggle-steps" onClick={() => setStepsOpen(!stepsOpen)}>
            {stepsOpen ? '收起“下一步怎么办” ▴' : '下一步怎么办：渠道、交到哪里、要准备什么 ▾'}
          </Text>
          {stepsOpen ? <NextStepsView steps={route.nextSteps} /> : null}
        </>
      ) : null}
    </View>
  );
}
