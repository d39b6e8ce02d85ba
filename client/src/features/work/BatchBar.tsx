import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { ApplicationListItem, GrantView, OutputOf } from '@shared/contracts';
import { ACTION_LABELS, type ActionId } from '@shared/workflow/actions';
import { ruleFor } from '@shared/workflow/transitions';
import type { Stage } from '@shared/workflow/stages';
import { api } from './api';
import { useAction } from '../../hooks/use-action';
import { Card } from '../../components/Card';
import { Notice } from '../../components/Notice';
import { ActionButton } from '../../components/ActionButton';
import { ChoiceField } from '../../components/ChoiceField';
import { a11y } from '../../components/a11y';
import './BatchBar.scss';

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
type Item = Pick<ApplicationListItem, 'id' | 'workflow' | 'stage'>;

/**
 * Of the ticked files still in the list, those the action applies to at their stage (shared/workflow's rule) and
 * those it does not: the count the button and the confirmation say is the number that will be sent.
 */
export function batchSplit(action: ActionId | '', ids: string[], items: Item[]): { chosen: Item[]; applicable: Item[]; skipped: Item[] } {
  const chosen = items.filter((i) => ids.includes(i.id));
  if (!action) return { chosen, applicable: [], skipped: [] };
  const applies = (i: Item) => !!ruleFor(action, i.workflow, i.stage as Stage);
  return { chosen, applicable: chosen.filter(applies), skipped: chosen.filter((i) => !applies(i)) };
}

/**
 * 批量办理: the ticked files, one action without inputs, applications.batch after a confirmation naming the
 * action and the count; files the action does not apply to at their stage are said and left out; each file's
 * outcome listed.
 * Test hooks: #batch-bar, #batch-action (-<action>), #batch-count, #batch-skipped, #batch-submit, #batch-confirm,
 *   #batch-confirm-ok, #batch-confirm-cancel, #batch-error, #batch-results, .batch-result (data-id, data-ok)
 */
export function BatchBar({
  actions,
  ids,
  names,
  items,
  onDone,
}: {
  actions: ActionId[];
  ids: string[];
  names: Record<string, string>;
  /** The files the list shows (ticked ones no longer shown are not counted, nor sent). */
  items: Item[];
  onDone: () => void;
}) {
  const [action, setAction] = useState<ActionId | ''>('');
  const [results, setResults] = useState<Results | null>(null);
  const [confirming, setConfirming] = useState(false);
  const batch = useAction(api.applications.batch);
  const { chosen, applicable, skipped } = batchSplit(action, ids, items);
  const label = action ? ACTION_LABELS[action] : '';
  const submit = async () => {
    if (!action || !applicable.length) return;
    const res = await batch.run({ ids: applicable.map((i) => i.id), action, input: {} });
    setConfirming(false);
    if (res?.ok) {
      setResults(res.data.results);
      onDone();
    }
  };
  return (
    <Card id="batch-bar" title="批量办理">
      <Text className="card__text">点选下面的申报（可多选），再选择要办理的事项。</Text>
      <ChoiceField
        id="batch-action"
        label="办理事项"
        options={actions.map((a) => ({ value: a, label: ACTION_LABELS[a] }))}
        value={action}
        onChange={(a) => {
          setAction(a);
          setConfirming(false);
        }}
      />
      <Text id="batch-count" className="card__hint" aria-live="polite">
        {action && chosen.length ? `已选 ${chosen.length} 份，其中 ${applicable.length} 份可以${label}` : `已选 ${chosen.length} 份`}
      </Text>
      {skipped.length ? (
        <Text id="batch-skipped" className="card__hint">
          {`${skipped.length} 份不在可以${label}的环节，不会办理：${skipped.map((i) => names[i.id] ?? i.id).join('、')}`}
        </Text>
      ) : null}
      {batch.error ? (
        <Notice kind="error" id="batch-error">
          {batch.error.message}
        </Notice>
      ) : null}
      {confirming && action ? (
        <View id="batch-confirm" className="batch-confirm" {...a11y({ role: 'alertdialog', 'aria-label': `确认${label}` })}>
          <Text className="batch-confirm__text">{`确定对这 ${applicable.length} 份申报办理「${label}」吗？`}</Text>
          <Text className="batch-confirm__list">{applicable.map((i) => names[i.id] ?? i.id).join('\n')}</Text>
          <View className="batch-confirm__buttons">
            <ActionButton id="batch-confirm-ok" kind="primary" pending={batch.pending} onPress={() => void submit()}>
              {`确定${label}（${applicable.length} 份）`}
            </ActionButton>
            <ActionButton id="batch-confirm-cancel" onPress={() => setConfirming(false)}>
              再看看
            </ActionButton>
          </View>
        </View>
      ) : (
        <ActionButton
          id="batch-submit"
          kind="primary"
          disabled={!action || applicable.length === 0}
          onPress={() => {
            setResults(null);
            setConfirming(true);
          }}
        >
          {action ? `${label}（${applicable.length} 份）` : '请先选择办理事项'}
        </ActionButton>
      )}
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
