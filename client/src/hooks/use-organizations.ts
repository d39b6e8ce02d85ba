import { useCallback } from 'react';
import type { InputOf } from '@shared/contracts';
import { api } from '../services/api';
import { useLoad } from './use-load';

type Filter = Omit<InputOf<'identity', 'listOrganizations'>, 'page' | 'pageSize'>;

/** Organizations for pickers (first 50); pass `governed: true` for only those the caller may act on. */
export function useOrganizationOptions(filter: Filter = {}) {
  const key = JSON.stringify(filter);
  const load = useCallback(() => api.identity.listOrganizations({ ...(JSON.parse(key) as Filter), page: 1, pageSize: 50 }), [key]);
  return useLoad(load);
}
