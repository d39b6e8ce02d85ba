import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { ClauseId } from '@shared/policy/clauses';
import { CLAUSES } from '@shared/policy/clauses';
import { clauseFacts } from './services/facts';
import { clauseSlug } from '../../services/policy/links';

/** The clause's original text as paragraphs (the document separates them with blank lines). */
export function ClauseText({ id, className }: { id: ClauseId; className?: string }) {
  return (
    <View className={`policy-clause__text ${className ?? ''}`}>
      {CLAUSES[id].text
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p, i) => (
          <Text key={i} className="policy-clause__para" userSelect>
            {p}
          </Text>
        ))}
    </View>
  );
}

/** What the clause sets, in plain words (from its parameters). */
export function ClauseFacts({ id }: { id: ClauseId }) {
  const facts = clauseFacts(id);
  if (!facts.length) return null;
  return (
    <View className="policy-clause__facts">
      {facts.map((f) => (
        <Text key={f} className="policy-clause__fact">
          · {f}
        </Text>
      ))}
    </View>
  );
}

/**
 * One clause: number and heading, the plain explanation, what it sets, and the original text one tap
 * away. Test hooks: .policy-clause (#policy-clause-<slug>, data-clause, .policy-clause--focus),
 * .policy-clause__plain, .policy-clause__facts, .policy-clause__toggle, .policy-clause__text
 */
export function ClauseCard({ id, focused }: { id: ClauseId; focused?: boolean }) {
  const c = CLAUSES[id];
  const [open, setOpen] = useState(!!focused);
  useEffect(() => {
    if (focused) setOpen(true);
  }, [focused]);
  return (
    <View id={`policy-clause-${clauseSlug(id)}`} className={`card policy-clause ${focused ? 'policy-clause--focus' : ''}`} data-clause={id}>
      <Text className="policy-clause__no">{id}</Text>
      <Text className="policy-clause__heading">{c.heading}</Text>
      <Text className="policy-clause__plain">{c.plain}</Text>
      <ClauseFacts id={id} />
      <Text className="policy-clause__toggle" onClick={() => setOpen(!open)}>
        {open ? '收起原文 ▴' : '查看原文 ▾'}
      </Text>
      {open ? <ClauseText id={id} /> : null}
    </View>
  );
}
