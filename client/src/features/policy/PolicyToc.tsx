import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { ClauseId } from '@shared/policy/clauses';
import { CLAUSES } from '@shared/policy/clauses';
import { a11y } from '../../components/a11y';
import { clauseSlug } from '../../services/policy/links';

export interface TocPart {
  title: string;
  ids: ClauseId[];
}
/** The page's other sections, by the id of their card. */
export interface TocSection {
  id: string;
  title: string;
}

/**
 * 目录: every clause by number and heading, part by part, then the page's other sections; a tap jumps there. Folded
 * to one line at first (the clauses are what most people scroll for). Test hooks: #policy-toc, #policy-toc-toggle,
 * .policy-toc__item (data-target: the clause's slug or the section's id)
 */
export function PolicyToc({
  parts,
  sections,
  onClause,
  onSection,
}: {
  parts: TocPart[];
  sections: TocSection[];
  onClause: (id: ClauseId) => void;
  onSection: (id: string) => void;
}) {
  const [open, setOpen] = useState(false);
  const toggle = () => setOpen(!open);
  const item = (key: string, target: string, label: string, go: () => void) => (
    <Text key={key} className="policy-toc__item" data-target={target} {...a11y({ role: 'link', tabIndex: 0 }, go)} onClick={go}>
      {label}
    </Text>
  );
  return (
    <View id="policy-toc" className="card policy-toc" {...a11y({ role: 'navigation', 'aria-label': '政策目录' })}>
      <View className="policy-toc__head">
        <Text className="card__title policy-toc__title">目录</Text>
        <Text
          id="policy-toc-toggle"
          className="policy-clause__toggle policy-toc__toggle"
          {...a11y({ role: 'button', tabIndex: 0, 'aria-expanded': open }, toggle)}
          onClick={toggle}
        >
          {open ? '收起目录 ▴' : '展开目录 ▾'}
        </Text>
      </View>
      {open ? (
        <View>
          {parts.map((part) => (
            <View key={part.title} className="policy-toc__part">
              <Text className="policy-toc__part-title">{part.title}</Text>
              {part.ids.map((id) => item(id, clauseSlug(id), `${id}\u3000${CLAUSES[id].heading}`, () => onClause(id)))}
            </View>
          ))}
          <View className="policy-toc__part">{sections.map((s) => item(s.id, s.id, s.title, () => onSection(s.id)))}</View>
        </View>
      ) : null}
    </View>
  );
}
