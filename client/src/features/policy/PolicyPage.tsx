/**
 * 政策: a search box and a 目录 (table of contents) first, then 包人社办字〔2021〕82号 clause by clause (第一条 … 第九条, 附件1 and 附件2 items), each with its plain
 * explanation, what it sets and the original text; the readings the product chose where the text is open
 * (解读说明); the series catalogue; the service hotlines; and a short 政策宣讲 pointing to the self-check.
 * A result's clause link can open this tab at a clause (storage key `policyFocus`, see services/policy/links).
 * Test hooks: #policy-briefing, #policy-go-check, #policy-list, .policy-clause (#policy-clause-<slug>:
 *   art1…art9, att1-1…att1-3, att2-1…att2-3; see features/policy/ClauseCard), #policy-interpretations,
 *   .policy-interpretation, #policy-series, .series-table__row, #policy-hotlines, .policy-hotline,
 *   #policy-search (one box over the clauses, here, and 常见问题: see PolicySearch), #policy-toc (目录: see PolicyToc)
 */
import { useState } from 'react';
import Taro, { useDidShow } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { ClauseId } from '@shared/policy/clauses';
import { CLAUSE_IDS, DOCUMENT } from '@shared/policy/clauses';
import { INTERPRETATIONS } from '@shared/policy/interpretations';
import { SERIES_CATALOGUE, SERIES_IDS } from '@shared/policy/series';
import type { Method } from '@shared/policy/series';
import type { TitleLevel } from '@shared/policy/vocabulary';
import { Card } from '../../components/Card';
import { ActionButton } from '../../components/ActionButton';
import { ClauseCard } from './ClauseCard';
import { clauseSlug, takePolicyFocus } from '../../services/policy/links';
import { PolicySearch } from './PolicySearch';
import { PolicyToc } from './PolicyToc';
import { POLICY_CARD } from '../../services/share/policy-cards';
import { usePageShare } from '../../services/share/share';
import { hotlines } from './services/facts';
import './policy.scss';
import './PolicyPage.scss';

const PARTS: { title: string; ids: ClauseId[] }[] = [
  { title: '正文', ids: CLAUSE_IDS.filter((id) => id.startsWith('第')) },
  { title: '附件1　引进高层次人才绿色通道申报职称工作流程', ids: CLAUSE_IDS.filter((id) => id.startsWith('附件1')) },
  { title: '附件2　社会化职称评审申报工作流程', ids: CLAUSE_IDS.filter((id) => id.startsWith('附件2')) },
];

const HIGHLIGHTS = [
  '不用一级一级评：本科满 5 年、大专满 8 年可直接申报中级（第二条）',
  '没有论文也行：专利、技术突破、工艺流程等可以代替（第三条）',
  '不硬性要求继续教育学时（第四条）',
  '技术工人可以评工程师：高级工、技师、高级技师（第七条）',
  '引进人才和重大贡献者有绿色通道（第八条）',
];

const LEVELS: { level: TitleLevel; label: string }[] = [
  { level: 'assistant', label: '初级' },
  { level: 'intermediate', label: '中级' },
  { level: 'deputy_senior', label: '副高级' },
  { level: 'full_senior', label: '正高级' },
];
const SECTIONS = [
  { id: 'policy-interpretations', title: '解读说明' },
  { id: 'policy-series', title: '各系列职称怎么取得' },
  { id: 'policy-hotlines', title: '服务热线' },
];

/** After the page has drawn what changed (an opened clause; a tab just switched to: its slide-in). */
function scrollTo(selector: string, delay = 50) {
  setTimeout(() => {
    void Promise.resolve(Taro.pageScrollTo({ selector, duration: 300, offsetTop: -20 })).catch(() => undefined);
  }, delay);
}

const METHOD_SHORT: Record<Method, string> = { review: '评审', exam: '考试', exam_review: '考+评' };

function Policy() {
  usePageShare(POLICY_CARD);
  const [focus, setFocus] = useState<ClauseId | null>(null);
  /** A clause shown with its text open and a frame, scrolled to (from a result's link, the 目录 or a search hit). */
  const jumpTo = (id: ClauseId, delay = 50) => {
    setFocus(id);
    scrollTo(`#policy-clause-${clauseSlug(id)}`, delay);
  };
  useDidShow(() => {
    const id = takePolicyFocus();
    if (id) jumpTo(id, 350);
  });

  return (
    <View className="page policy">
      <Card id="policy-briefing" className="policy-briefing">
        <Text className="policy-briefing__tag">职称政策宣讲</Text>
        <Text className="policy-briefing__title">{DOCUMENT.title}</Text>
        <Text className="card__text">
          {DOCUMENT.issuer} {DOCUMENT.number}，{DOCUMENT.issuedOn.slice(0, 4)} 年 {Number(DOCUMENT.issuedOn.slice(5, 7))}{' '}
          月印发。在民营企业、社会组织工作或灵活就业的专业技术人员，重点看这几条：
        </Text>
        {HIGHLIGHTS.map((h) => (
          <Text key={h} className="policy-briefing__point">
            ✓ {h}
          </Text>
        ))}
        <ActionButton id="policy-go-check" kind="primary" onPress={() => void Taro.switchTab({ url: '/pages/check/index' })}>
          自测我能申报什么职称
        </ActionButton>
      </Card>

      <PolicySearch onClause={jumpTo} />
      <PolicyToc parts={PARTS} sections={SECTIONS} onClause={jumpTo} onSection={(id) => scrollTo(`#${id}`)} />

      <View id="policy-list">
        {PARTS.map((part) => (
          <View key={part.title}>
            <Text className="policy-section">{part.title}</Text>
            {part.ids.map((id) => (
              <ClauseCard key={id} id={id} focused={focus === id} />
            ))}
          </View>
        ))}
      </View>

      <Text className="policy-section">解读说明</Text>
      <Card id="policy-interpretations">
        <Text className="card__text">政策原文有些地方没有写明，本程序按下面的理解来判断。如有疑问请以人社部门解释为准。</Text>
        {Object.values(INTERPRETATIONS).map((i) => (
          <View key={i.id} className="list-item policy-interpretation" data-id={i.id}>
            <Text className="list-item__title">{i.title}</Text>
            <Text className="policy-interpretation__q">问题：{i.statement}</Text>
            <Text className="policy-interpretation__a">本程序的理解：{i.reading}</Text>
            <Text className="policy-interpretation__foot">
              涉及 {i.clauses.join('、')} · 最后核对 {i.lastReviewed}
            </Text>
          </View>
        ))}
      </Card>

      <Text className="policy-section">各系列职称怎么取得</Text>
      <Card id="policy-series">
        <Text className="card__text">
          评审：提交材料参加评审；考试：全国统一考试合格即取得（以考代评）；考+评：考评结合，先考试、后评审。
        </Text>
        <View className="series-table">
          <View className="series-table__row series-table__row--head">
            <Text className="series-table__cell series-table__cell--name">系列</Text>
            {LEVELS.map((l) => (
              <Text key={l.level} className="series-table__cell">
                {l.label}
              </Text>
            ))}
          </View>
          {SERIES_IDS.map((id) => {
            const s = SERIES_CATALOGUE[id];
            return (
              <View key={id} className="series-table__row" data-series={id}>
                <Text className="series-table__cell series-table__cell--name">{s.name}</Text>
                {LEVELS.map((l) => {
                  const m = s.levels[l.level]?.method;
                  return (
                    <Text key={l.level} className={`series-table__cell ${m ? `series-table__cell--${m}` : ''}`}>
                      {m ? METHOD_SHORT[m] : '—'}
                    </Text>
                  );
                })}
              </View>
            );
          })}
        </View>
        <Text className="card__hint">本表不在82号文件中，是全国通行做法的默认值，请向人社部门核实。</Text>
      </Card>

      <Card title="服务热线" id="policy-hotlines">
        <Text className="card__text">包头市人力资源和社会保障局职称申报服务热线（附件1、附件2），点号码直接拨打：</Text>
        <View>
          {hotlines().map((h) => (
            <Text
              key={h}
              className="chip policy-hotline"
              onClick={() => void Taro.makePhoneCall({ phoneNumber: h }).catch(() => undefined)}
            >
              {h}
            </Text>
          ))}
        </View>
      </Card>
    </View>
  );
}

export default Policy;
