import { useCallback } from 'react';
import { Text, View } from '@tarojs/components';
import type { ClauseId } from '@shared/policy/clauses';
import { api } from './api';
import { useLoad } from '../../hooks/use-load';
import { a11y } from '../../components/a11y';
import { Card } from '../../components/Card';
import { faqUrl } from '../../services/policy/links';
import { openPage } from '../../services/navigation';

const SHOWN = 5;

/**
 * 本条相关的常见问题 on a clause's page: the FAQ entries citing it (faq.search { clause }), each a link to the
 * entry, and 查看全部 when there are more. Nothing at all when there are none or the search fails (the clause
 * page stays the clause's). Test hooks: #clause-faq, .clause-faq-item (data-id), #clause-faq-all.
 */
export function ClauseFaq({ clause }: { clause: ClauseId }) {
  const state = useLoad(useCallback(() => api.groups['faq.search']({ clause, page: 1, pageSize: SHOWN }), [clause]));
  const data = state.data;
  if (!data || data.items.length === 0) return null;
  const go = (url: string) => () => void openPage(url);
  return (
    <Card id="clause-faq" title="本条相关的常见问题">
      {data.items.map((f) => (
        <View
          key={f.id}
          className="list-item clause-faq-item"
          data-id={f.id}
          {...a11y({ role: 'link', tabIndex: 0 }, go(faqUrl({ id: f.id })))}
          onClick={go(faqUrl({ id: f.id }))}
        >
          <Text className="list-item__title">{f.question}</Text>
          <Text className="list-item__meta">{`${f.source}答复${f.helpful ? ` · ${f.helpful} 人觉得有帮助` : ''}`}</Text>
        </View>
      ))}
      {data.total > data.items.length ? (
        <Text
          id="clause-faq-all"
          className="text-link"
          {...a11y({ role: 'link', tabIndex: 0 }, go(faqUrl({ clause })))}
          onClick={go(faqUrl({ clause }))}
        >
          {`查看全部 ${data.total} 个相关问题 ›`}
        </Text>
      ) : null}
    </Card>
  );
}
