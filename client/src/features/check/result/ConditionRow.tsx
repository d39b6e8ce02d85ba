import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { Condition } from '@shared/policy/types';
import { openClause } from '../../../services/policy/links';

const MARK: Record<Condition['status'], { icon: string; word: string }> = {
  met: { icon: '✓', word: '满足' },
  unmet: { icon: '✗', word: '不满足' },
  unknown: { icon: '?', word: '待确认' },
};

/**
 * One condition of a route: ✓ ✗ ? with its label and what we found; 「依据」 expands the clause's sentence in
 * place, and from there the whole clause is one more tap.
 * Test hooks: .condition-row (.condition-row--met|unmet|unknown, .condition-row--waiting, data-condition), .condition-row__clause,
 *   .condition-row__quote, .condition-row__open
 */
export function ConditionRow({ condition: c }: { condition: Condition }) {
  const [open, setOpen] = useState(false);
  // Years not reached yet but on their way: 暂未满足, not a dead end.
  const waiting = c.status === 'unmet' && !!c.eligibleFrom;
  const mark = waiting ? { icon: '✗', word: '暂未满足' } : MARK[c.status];
  return (
    <View className={`condition-row condition-row--${c.status} ${waiting ? 'condition-row--waiting' : ''}`} data-condition={c.id}>
      <View className="condition-row__mark">
        <Text className="condition-row__icon">{mark.icon}</Text>
        <Text className="condition-row__word">{mark.word}</Text>
      </View>
      <View className="condition-row__body">
        <Text className="condition-row__label">{c.label}</Text>
        <Text className="condition-row__detail">{c.detail}</Text>
        <Text className="condition-row__clause" data-clause={c.clause} onClick={() => setOpen(!open)}>
          {open ? `收起${c.clause}原文 ▴` : `依据：${c.clause}（点此看原文）▾`}
        </Text>
        {open ? (
          <View className="condition-row__quote">
            <Text className="condition-row__quote-text" userSelect>
              “{c.quote}”
            </Text>
            <Text className="condition-row__cite">—— {c.citation}</Text>
            <Text className="condition-row__open" data-clause={c.clause} onClick={() => openClause(c.clause)}>
              查看{c.clause}全文和解读 ›
            </Text>
          </View>
        ) : null}
      </View>
    </View>
  );
}
