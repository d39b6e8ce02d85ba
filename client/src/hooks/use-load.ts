import { useCallback, useEffect, useRef, useState } from 'react';
import { useDidShow } from '@tarojs/taro';
import type { Envelope } from '@shared/contracts';
import type { ActionError } from './use-action';

export interface LoadState<T> {
  data: T | null;
  error: ActionError | null;
  loading: boolean;
  reload: () => Promise<void>;
  /** Show data the page was just given (an action that answers with the record), as a load that returned it would. */
  show: (data: T) => void;
}

/**
 * Loads data for a page: on mount, again each time the page is shown (`refreshOnShow`, e.g. after
 * signing in or back from an edit), and on `reload()`. Keeps the last good data while reloading.
 */
export function useLoad<T>(load: () => Promise<Envelope<T>>, options: { refreshOnShow?: boolean } = {}): LoadState<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<ActionError | null>(null);
  const [loading, setLoading] = useState(true);
  const seq = useRef(0);
  const startedAt = useRef(0);

  const reload = useCallback(async () => {
    const mine = ++seq.current;
    startedAt.current = Date.now();
    setLoading(true);
    const res = await load();
    if (mine !== seq.current) return; // a newer load started meanwhile
    if (res.ok) {
      setData(res.data);
      setError(null);
    } else {
      setData(null);
      setError({ code: res.code, message: res.message });
    }
    setLoading(false);
  }, [load]);

  const show = useCallback((next: T) => {
    seq.current++; // a load still in flight would be older than this
    setData(next);
    setError(null);
    setLoading(false);
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  useDidShow(() => {
    // The first show coincides with mount (its load is about to start or just started): only later shows refresh.
    if (options.refreshOnShow && startedAt.current > 0 && Date.now() - startedAt.current > 800) void reload();
  });

  return { data, error, loading, reload, show };
}
