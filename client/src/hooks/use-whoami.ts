import { useCallback } from 'react';
import { api } from '../services/api';
import { useLoad } from './use-load';

/** Who am I: profile, roles with scope labels, capabilities, organizations. Refreshed whenever the page shows. */
export function useWhoami() {
  const load = useCallback(() => api.identity.whoami({}), []);
  return useLoad(load, { refreshOnShow: true });
}
