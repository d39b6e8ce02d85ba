import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { GrantView, OutputOf } from '@shared/contracts';
import { ACTION_LABELS, type ActionId } from '@shared/workflow/actions';
import { api } from '../../services/api';
import { useAction } from '../../hooks/useAction';
import { Card } from '../../components/Card';
import { Notice } from '../../components/Notice';
import { ActionButton } from '../../components/ActionButton';
import { ChoiceField } from '../../components/ChoiceField';

/** Actions with nothing to fill in, by the role that takes them: these can be done for several files at once. */
const BY_ROLE: Record<string, ActionId[]> = {
  employer_hr: ['employer_approve', 'start_notice', 'end_notice', 'archive_form'],
  recommender: ['forward_to_bureau'],
  district_officer: ['accept'],
  city_officer: ['accept', 'forward_to_region'],
  admin: [],
};

export function batchActionsFor(roles: GrantView[]): ActionId[] {
  const out = new Set<ActionId>();
  for (const g of roles) for (const a of BY_ROLE[g.role] ?? []) out.add(a);
  return [...out];
}

type Results = OutputOf<'applications', 'batch'>['results'];

/**
 * 批量办理: the ticked files, one action without inputs, applications.batch; each file's outcome listed.
 * Test hooks: #batch-bar, #batch-action (-<action>), #batch-count, #batch-submit, #batch-error,
 *   #batch-results, .batch-result (data-id, data-ok)
 */
export function BatchBar({ actions, ids, names, onDone }: { actions: ActionId[]; ids: string[]; names: Record<string, string>; onDone: () => void }) {
  const [action, setAction] = useState<ActionId | ''>('');
  const [results, setResults] = useState<Results | null>(null);
  const batch = useAction(api.applications.batch);
  const submit = async () => {
    if (!action || !ids.length) return;
    const res = await batch.run({ ids, action, input: {} });
    if (res?.ok) {
      setResults(res.data.results);
      onDone();
    }
  };
  return (
    <Card id="batch-bar" title="批量办理">
      <Text className="card__text">点选下面的申报（可多选），再选择要办理的事项。</Text>
      <ChoiceField id="batch-action" label="办理事项" options={actions.map((a) => ({ value: a, label: ACTION_LABELS[a] }))} value={action} onChange={setAction} />
      <Text id="batch-count" className="card__hint">{`已选 ${ids.length} 份`}</Text>
      {batch.error ? (
        <Notice kind="error" id="batch-error">
          {batch.error.message}
        </Notice>
      ) : null}
      <ActionButton id="batch-submit" kind="primary" disabled={!action || ids.length === 0} pending={batch.pending} onPress={() => void submit()}>
        {action ? `${ACTION_LABELS[action]}（${ids.length} 份）` : '请先选择办理事项'}
      </ActionButton>
      {results ? (
        <View id="batch-results">
          {results.map((r) => (
            <View key={r.id} className="list-item batch-result" data-id={r.id} data-ok={r.ok ? 'true' : 'false'}>
              <Text className="list-item__title">{names[r.id] ?? r.id}</Text>
              <Text className={r.ok ? 'list-item__meta' : 'field__error'}>{r.ok ? '已办理' : (r.message ?? '未能办理')}</Text>
            </View>
          ))}
        </View>
      ) : null}
    </Card>
  );
}
