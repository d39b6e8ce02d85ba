import { useCallback } from 'react';
import { Text, View } from '@tarojs/components';
import type { OutputOf } from '@shared/contracts';
import { api } from '../../../services/api';
import { useLoad } from '../../../hooks/use-load';
import { LoadState } from '../../../components/LoadState';
import { Card } from '../../../components/Card';
import { a11y } from '../../../components/a11y';
import { WorkEntries } from './WorkEntries';
import { AdminEntries } from './AdminEntries';
import './WorkDesk.scss';
import { openPage } from '../../../services/navigation';

type Whoami = OutputOf<'identity', 'whoami'>;
type Queue = OutputOf<'applications', 'desk'>['queues'][number];

const openQueue = (stage: string) => void openPage(`/packages/work/queue/index?stage=${encodeURIComponent(stage)}`);

function QueueCard({ q }: { q: Queue }) {
  const name = `${q.label}：${q.count} 份${q.overdue ? `，其中超期 ${q.overdue} 份` : ''}`;
  return (
    <View
      id={`desk-queue-${q.stage}`}
      className={`desk-queue${q.count ? '' : ' desk-queue--empty'}${q.overdue ? ' desk-queue--late' : ''}`}
      data-stage={q.stage}
      {...a11y({ role: 'button', tabIndex: 0, 'aria-label': name }, () => openQueue(q.stage))}
      onClick={() => openQueue(q.stage)}
    >
      <Text className="desk-queue__label">{q.label}</Text>
      <Text className="desk-queue__count">
        {q.count}
        <Text className="desk-queue__unit"> 份</Text>
      </Text>
      <Text>{q.overdue ? `超期 ${q.overdue} 份` : '没有超期'}</Text>
    </View>
  );
}

/**
 * 工作台 (HR, recommending bodies, officers): one card per queue the person works (applications.desk — the
 * counts of the queue list filtered to that stage), each opening that list; then 其他工作 and 管理工作.
 * Test hooks: #desk, #desk-queues, .desk-queue (#desk-queue-<stage>, aria-label 「待单位审核：3 份，其中超期 1 份」), #desk-empty,
 *   and WorkEntries' / AdminEntries' (#work-entry-*, #admin-entry-*).
 */
export function WorkDesk({ me }: { me: Whoami }) {
  const load = useCallback(() => api.applications.desk({}), []);
  const state = useLoad(load, { refreshOnShow: true });
  return (
    <View id="desk">
      <LoadState state={state}>
        {(data) => (
          <Card id="desk-queues" title="待办">
            {data.queues.every((q) => q.count === 0) ? (
              <Text id="desk-empty" className="card__text">
                现在没有等您办理的申报。
              </Text>
            ) : (
              <Text className="card__hint">点一项，打开这一环节的申报列表。</Text>
            )}
            <View className="desk-grid">
              {data.queues.map((q) => (
                <QueueCard key={q.stage} q={q} />
              ))}
            </View>
          </Card>
        )}
      </LoadState>
      <WorkEntries roles={me.roles} />
      <AdminEntries capabilities={me.capabilities} />
    </View>
  );
}
