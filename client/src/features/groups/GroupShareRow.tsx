import { useCallback, useState } from 'react';
import { Text } from '@tarojs/components';
import type { Envelope } from '@shared/contracts';
import type { GroupView } from '@shared/contracts/groups';
import { api } from './api';
import { useLoad } from '../../hooks/use-load';
import { useWhoami } from '../../hooks/use-whoami';
import { Card } from '../../components/Card';
import { RadioChips } from '../../components/RadioChips';
import { ShareToGroup } from './ShareToGroup';
import { isOfficer } from './qa-views';

const none = (): Promise<Envelope<{ items: GroupView[]; total: number }>> => new Promise(() => undefined);

/**
 * 分享到联络群 under an announcement or a briefing, for officers who manage a bound, active liaison group: pick
 * the group (when there are several), then its share card (ShareToGroup). Nothing for anyone else.
 * Test hooks: #group-share, #group-share-pick (radio; #group-share-pick-<groupId>), #share-<kind> (ShareToGroup).
 */
export function GroupShareRow({ kind, id }: { kind: 'announcement' | 'briefing'; id: string }) {
  const who = useWhoami();
  const officer = isOfficer(who.data);
  const groups = useLoad(useCallback(() => (officer ? api.groups.list({ view: 'managed', page: 1, pageSize: 50 }) : none()), [officer]));
  const usable = (groups.data?.items ?? []).filter((g) => g.status === 'active' && g.bound);
  const [picked, setPicked] = useState('');
  if (!officer || !id || usable.length === 0) return null;
  const groupId = usable.some((g) => g.id === picked) ? picked : usable.length === 1 ? usable[0].id : '';
  return (
    <Card id="group-share" title="分享到联络群">
      {usable.length > 1 ? (
        <>
          <Text className="field__label">分享到哪个群</Text>
          <RadioChips
            id="group-share-pick"
            label="分享到哪个联络群"
            options={usable.map((g) => ({ value: g.id, label: g.name }))}
            value={groupId}
            onChange={setPicked}
          />
        </>
      ) : (
        <Text className="card__hint">{`分享到：${usable[0].name}`}</Text>
      )}
      {groupId ? <ShareToGroup key={groupId} groupId={groupId} kind={kind} id={id} /> : null}
    </Card>
  );
}
