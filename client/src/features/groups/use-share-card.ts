import { useCallback } from 'react';
import type { CardKind } from '@shared/groups/cards';
import { api } from './api';
import { useLoad } from '../../hooks/use-load';

export interface ShareToGroupProps {
  groupId: string;
  kind: CardKind;
  /** What the card is about (the announcement, briefing, question, FAQ entry or task); none for bind / group. */
  id?: string;
}

/** The card the function hands out for this group (groups.share): title, landing path, 群待办's activity id. */
export function useShareCard({ groupId, kind, id }: ShareToGroupProps) {
  const load = useCallback(() => api.groups.share(id ? { groupId, kind, id } : { groupId, kind }), [groupId, kind, id]);
  return useLoad(load);
}

/** A stable key for one card on a page (the share button's data-card, so the page's share hook picks it). */
export const cardKey = ({ groupId, kind, id }: ShareToGroupProps) => `${kind}:${groupId}:${id ?? ''}`;
