import { Text, View } from '@tarojs/components';
import type { ClauseId } from '@shared/policy/clauses';
import { a11y } from '../../components/a11y';
import { clauseUrl } from '../../services/policy/links';
import './faq.scss';
import { openPage } from '../../services/navigation';

/**
 * The clauses an answer or an FAQ entry cites, each a link to the clause's own page (“第二条 打破资历条件限制 ›”).
 * Test hooks: #<id>, .clause-link (data-clause, data-url).
 */
export function ClauseLinks({
  id,
  clauses,
  title = '依据条款',
}: {
  id?: string;
  clauses: { id: ClauseId; heading: string }[];
  title?: string;
}) {
  if (!clauses.length) return null;
  return (
    <View {...(id ? { id } : {})} className="clause-links">
      <Text className="clause-links__title">{title}</Text>
      {clauses.map((c) => {
        const url = clauseUrl(c.id);
        const open = () => void openPage(url);
        return (
          <View
            key={c.id}
            className="clause-link"
            data-clause={c.id}
            data-url={url}
            {...a11y({ role: 'link', tabIndex: 0, 'aria-label': `${c.id} ${c.heading}，查看条款` }, open)}
            onClick={open}
          >
            <Text className="clause-link__no" aria-hidden="true">
              {c.id}
            </Text>
            <Text className="clause-link__heading" aria-hidden="true">
              {c.heading}
            </Text>
            <Text className="clause-link__go" aria-hidden="true">
              ›
            </Text>
          </View>
        );
      })}
    </View>
  );
}
