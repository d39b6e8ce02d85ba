import { Text, View } from '@tarojs/components';
import type { RouteResult } from '@shared/policy/types';
import { formatDate } from '../../../services/dates';
import { plainSummary } from '../services/summary';
import { VerdictChip } from './VerdictChip';
import { ConditionRow } from './ConditionRow';
import { NextStepsView } from './NextStepsView';
import { Disclosure } from './Disclosure';

/** 「5 项：符合 3，待确认 2」: what the folded conditions hold. */
function conditionCount(route: RouteResult): string {
  const n = (s: string) => route.conditions.filter((c) => c.status === s).length;
  const parts = [`符合 ${n('met')}`, n('unmet') ? `不符合 ${n('unmet')}` : '', n('unknown') ? `待确认 ${n('unknown')}` : ''].filter(
    Boolean,
  );
  return `${route.conditions.length} 项：${parts.join('，')}`;
}

interface Props {
  route: RouteResult;
  /** The level the person said they want. */
  wanted?: boolean;
  /** Next steps shown without a tap. */
  openSteps?: boolean;
}

/**
 * One route: the title sought, the verdict chip, the engine's one-line summary, the eligible-from date,
 * the conditions (✓ ✗ ? with their clauses) and the next steps, both folded (a button with aria-expanded).
 * Test hooks: .route-card (#route-<route id>, data-route, .route-card--<verdict>), .route-card__title,
 *   .route-card__from, .route-card__toggle-steps, .route-card__toggle-conditions
 */
export function RouteCard({ route, wanted, openSteps }: Props) {
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

      <Disclosure
        className="route-card__toggle route-card__toggle-conditions"
        label={`查看各项条件（${conditionCount(route)}）`}
        openLabel="收起条件"
      >
        <View className="route-card__conditions">
          {route.conditions.map((c) => (
            <ConditionRow key={c.id} condition={c} />
          ))}
        </View>
      </Disclosure>

      {route.nextSteps ? (
        <Disclosure
          className="route-card__toggle route-card__toggle-steps"
          label="下一步怎么办：渠道、交到哪里、要准备什么"
          openLabel="收起“下一步怎么办”"
          initiallyOpen={!!openSteps}
        >
          <NextStepsView steps={route.nextSteps} />
        </Disclosure>
      ) : null}
    </View>
  );
}
