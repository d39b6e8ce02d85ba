import { useMemo, useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import type { ClauseId } from '@shared/policy/clauses';
import { a11y } from '../../components/a11y';
import { Card } from '../../components/Card';
import { ActionButton } from '../../components/ActionButton';
import { MAX_QUERY, searchClauses } from './services/search';
import { faqUrl } from '../../services/policy/links';
import { openPage } from '../../services/navigation';

/**
 * One search box for the policy: the clauses that have the words, as you type (on the phone, features/policy/services/search),
 * each with its hits marked and a tap to read it on this page; and the same words in 常见问题 (the officers' answers,
 * a search on the server: packages/policy/faq).
 * Test hooks: #policy-search, #policy-faq-input (the box; its id kept from when it searched only 常见问题),
 *   #policy-search-status, #policy-search-results, .policy-search-hit (data-clause), .policy-search-hit__mark,
 *   #policy-search-empty, #policy-faq-search
 */
export function PolicySearch({ onClause }: { onClause: (id: ClauseId) => void }) {
  const [q, setQ] = useState('');
  const found = useMemo(() => searchClauses(q), [q]);
  const typed = q.trim();
  const openFaq = () => void openPage(faqUrl({ q: typed }));
  const status = !found.words.length
    ? ''
    : found.matches.length
      ? `政策条款中找到 ${found.matches.length} 条${found.partial ? '，只含部分关键词' : ''}`
      : `政策条款中没有找到“${typed}”`;

  return (
    <Card id="policy-search" className="policy-search">
      <View {...a11y({ role: 'search' })}>
        <Text className="field__label">搜索政策和常见问题</Text>
        <Input
          id="policy-faq-input"
          className="field__input"
          value={q}
          maxlength={MAX_QUERY}
          placeholder="输入关键词，如：中级 年限"
          placeholderClass="field__placeholder"
          aria-label="搜索政策条款和常见问题"
          confirmType="search"
          onInput={(e) => setQ(e.detail.value)}
        />
      </View>
      <Text id="policy-search-status" className="card__hint" {...a11y({ role: 'status' })}>
        {status}
      </Text>
      {found.matches.length ? (
        <View id="policy-search-results">
          {found.matches.map((m) => {
            const go = () => onClause(m.id);
            return (
              <View
                key={m.id}
                className="list-item policy-search-hit"
                data-clause={m.id}
                {...a11y({ role: 'link', tabIndex: 0 }, go)}
                onClick={go}
              >
                <Text className="list-item__title">{`${m.id}\u3000${m.heading}`}</Text>
                <Text className="policy-search-hit__excerpt">
                  {m.excerpt.map((p, i) =>
                    p.hit ? (
                      <Text key={i} className="policy-search-hit__mark">
                        {p.text}
                      </Text>
                    ) : (
                      p.text
                    ),
                  )}
                </Text>
              </View>
            );
          })}
        </View>
      ) : found.words.length ? (
        <Text id="policy-search-empty" className="card__text">
          换个说法试试，比如“中级”“论文”“技师”；也可以点下面的按钮，在常见问题里找。
        </Text>
      ) : null}
      <ActionButton id="policy-faq-search" onPress={openFaq}>
        {typed ? `在常见问题中搜索“${typed}”` : '看常见问题'}
      </ActionButton>
    </Card>
  );
}
