/**
 * 政策: the nine clauses of 包人社办字〔2021〕82号 by title (placeholder; the text comes in a later issue).
 * Test hooks: #policy-list, .policy-clause (nine of them)
 */
import { Text, View } from '@tarojs/components';
import { Card } from '../../components/Card';
import { CLAUSES, POLICY_REF } from './clauses';

export default function Policy() {
  return (
    <View className="page policy">
      <Text className="page-title">政策要点</Text>
      <Text className="page-lead">{POLICY_REF}，共九条。条文解读正在整理，敬请期待。</Text>
      <Card id="policy-list">
        {CLAUSES.map((c) => (
          <View key={c.no} className="list-item policy-clause">
            <Text className="list-item__title">
              {c.no}
              {'\u3000'}
              {c.title}
            </Text>
          </View>
        ))}
      </Card>
    </View>
  );
}
