/**
 * One clause of 包人社办字〔2021〕82号 (`?id=art2`, see services/policy/links): its plain explanation, what it
 * sets, the original text, and the readings the product chose for it. A result's clause link opens this page.
 * Test hooks: #clause-page, #clause-no, #clause-heading, #clause-plain, #clause-text, #clause-interpretations,
 *   .clause-interpretation, #clause-open-policy, #clause-missing, #clause-faq (本条相关的常见问题, see ClauseFaq)
 */
import { useEffect } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { CLAUSES } from '@shared/policy/clauses';
import { INTERPRETATIONS } from '@shared/policy/interpretations';
import { Card } from '../../components/Card';
import { ActionButton } from '../../components/ActionButton';
import { ClauseFacts, ClauseText } from './ClauseCard';
import { clauseFromSlug, openPolicyAt } from '../../services/policy/links';
import { ClauseFaq } from './ClauseFaq';
import { POLICY_CARD, clauseCard } from '../../services/share/policy-cards';
import { usePageShare } from '../../services/share/share';
import './ClausePage.scss';

function ClausePage() {
  const { params } = useRouter();
  const id = clauseFromSlug(params.id);
  usePageShare(id ? clauseCard(id) : POLICY_CARD);
  useEffect(() => {
    if (id) void Taro.setNavigationBarTitle({ title: id }).catch(() => undefined);
  }, [id]);

  if (!id) {
    return (
      <View id="clause-page" className="page">
        <Card id="clause-missing" title="没有找到这一条">
          <Text className="card__text">链接里的条款编号不对。可以到“政策”页查看全部条款。</Text>
          <ActionButton kind="primary" onPress={() => void Taro.switchTab({ url: '/pages/policy/index' })}>
            查看全部政策
          </ActionButton>
        </Card>
      </View>
    );
  }
  const c = CLAUSES[id];
  const readings = Object.values(INTERPRETATIONS).filter((i) => (i.clauses as readonly string[]).includes(id));
  return (
    <View id="clause-page" className="page">
      <Card className="policy-clause">
        <Text id="clause-no" className="policy-clause__no">
          {id}
        </Text>
        <Text id="clause-heading" className="policy-clause__heading">
          {c.heading}
        </Text>
        <Text className="clause-page__section">白话解读</Text>
        <Text id="clause-plain" className="policy-clause__plain">
          {c.plain}
        </Text>
        <ClauseFacts id={id} />
        <Text className="clause-page__section">原文</Text>
        <View id="clause-text">
          <ClauseText id={id} />
        </View>
        <Text className="card__hint">
          出处：{c.citation}（{'\u300a'}包头市关于畅通非公领域专技人员职称评审渠道实施细则{'\u300b'}）· 最后核对 {c.lastReviewed}
        </Text>
      </Card>
      {readings.length ? (
        <Card title="本程序对这一条的理解" id="clause-interpretations">
          {readings.map((i) => (
            <View key={i.id} className="list-item clause-interpretation">
              <Text className="list-item__title">{i.title}</Text>
              <Text className="policy-interpretation__q">问题：{i.statement}</Text>
              <Text className="policy-interpretation__a">本程序的理解：{i.reading}</Text>
              <Text className="policy-interpretation__foot">最后核对 {i.lastReviewed} · 如有疑问请以人社部门解释为准</Text>
            </View>
          ))}
        </Card>
      ) : null}
      <ClauseFaq clause={id} />
      <ActionButton id="clause-open-policy" onPress={() => openPolicyAt(id)}>
        在政策全文中查看
      </ActionButton>
    </View>
  );
}

export default ClausePage;
