import { Text } from '@tarojs/components';
import type { ClauseId } from '@shared/policy/clauses';
import { openClause } from '../../../services/policy/links';

/** A small 「第二条 ›」 that opens the clause's page. Test hook: .cite-link (data-clause). */
export function CiteLink({ clause }: { clause: ClauseId }) {
  return (
    <Text className="cite-link" data-clause={clause} onClick={() => openClause(clause)}>
      {clause} ›
    </Text>
  );
}
