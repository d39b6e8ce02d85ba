import { Text } from '@tarojs/components';
import type { Verdict } from '@shared/policy/types';
import { verdictText } from '../services/summary';

/** 可能符合 / 暂未满足（2027 年 7 月 15 日起可能符合） / 不符合 / 需要您确认. Test hooks: .verdict-chip, .verdict-chip--<verdict>. */
export function VerdictChip({ verdict, eligibleFrom }: { verdict: Verdict; eligibleFrom?: string }) {
  return <Text className={`verdict-chip verdict-chip--${verdict}`}>{verdictText(verdict, eligibleFrom)}</Text>;
}
