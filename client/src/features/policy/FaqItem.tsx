import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { FaqItem as Faq } from '@shared/contracts/groups';
import { api } from './api';
import { a11y } from '../../components/a11y';
import { faqUrl } from '../../services/policy/links';
import { ClauseLinks } from './ClauseLinks';
import { HelpfulButton } from './HelpfulButton';
import { openPage } from '../../services/navigation';

/** Answers longer than this are folded to a few lines, with 展开全文. */
const FOLD_AFTER = 90;

const day = (iso: string) => {
  const d = new Date(Date.parse(iso) + 8 * 3600_000);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
};

/**
 * One 常见问题 entry: the question, the answer (folded to a few lines when long: 展开全文 / 收起), the clauses it
 * cites as links, who answered and when, 有帮助. Test hooks: .faq-item (data-id), .faq-item__question,
 * .faq-item__answer (data-folded), .faq-item__unfold, .clause-link, #faq-helpful-<id> (+ -count, -done, -error).
 */
export function FaqEntry({ item, open, marked = false }: { item: Faq; open?: boolean; marked?: boolean }) {
  const long = Array.from(item.answer).length > FOLD_AFTER;
  const [unfolded, setUnfolded] = useState(!!open);
  const folded = long && !unfolded;
  const toggle = () => setUnfolded((u) => !u);
  const view = () => void openPage(faqUrl({ id: item.id }));
  return (
    <View className="list-item faq-item" data-id={item.id}>
      <Text className="faq-item__q-mark" aria-hidden="true">
        问
      </Text>
      {open ? (
        <Text className="faq-item__question" {...a11y({ role: 'heading', 'aria-level': 2 })}>
          {item.question}
        </Text>
      ) : (
        <Text className="faq-item__question faq-item__question--link" {...a11y({ role: 'link', tabIndex: 0 }, view)} onClick={view}>
          {item.question}
        </Text>
      )}
      <Text className="faq-item__a-mark" aria-hidden="true">
        答
      </Text>
      <Text className={`faq-item__answer ${folded ? 'faq-item__answer--folded' : ''}`} data-folded={folded ? 'true' : 'false'} userSelect>
        {item.answer}
      </Text>
      {long ? (
        <Text
          className="faq-item__unfold text-link"
          {...a11y({ role: 'button', tabIndex: 0, 'aria-expanded': !folded }, toggle)}
          onClick={toggle}
        >
          {folded ? '展开全文 ▾' : '收起 ▴'}
        </Text>
      ) : null}
      <ClauseLinks clauses={item.clauses} />
      <Text className="list-item__meta">{`${item.source}答复 · ${day(item.promotedAt)}收入`}</Text>
      <HelpfulButton
        id={`faq-helpful-${item.id}`}
        count={item.helpful}
        marked={marked}
        mark={() => api.groups['faq.helpful']({ id: item.id })}
      />
    </View>
  );
}
