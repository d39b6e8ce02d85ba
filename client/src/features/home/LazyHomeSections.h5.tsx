/**
 * On H5 首页 paints its intro and routes first and fetches the live sections (通知, 宣讲, the round's
 * deadline) after: they bring the API client and with it every contract's schema and zod — about half of
 * the JavaScript a cold 首页 would otherwise wait for on a slow phone. When that download fails (offline),
 * the page says so in one line and offers to try again.
 * Test hooks: #home-sections-failed, #home-sections-retry
 */
import { useCallback, useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { ActionButton } from '../../components/ActionButton';
import { a11y } from '../../components/a11y';

type Sections = typeof import('./HomeSections');
let loaded: Sections | undefined;

export function LazyHomeSections() {
  const [mod, setMod] = useState<Sections | undefined>(loaded);
  const [failed, setFailed] = useState(false);
  const load = useCallback(() => {
    setFailed(false);
    import('./HomeSections').then(
      (m) => {
        loaded = m;
        setMod(m);
      },
      () => setFailed(true),
    );
  }, []);
  useEffect(() => {
    if (!loaded) load();
  }, [load]);

  if (mod) return <mod.HomeSections />;
  if (!failed) return null;
  return (
    <View id="home-sections-failed" className="home-section" {...a11y({ role: 'alert' })}>
      <Text className="card__text">网络不通，通知和宣讲暂时没有加载。</Text>
      <ActionButton id="home-sections-retry" small onPress={load}>
        重试
      </ActionButton>
    </View>
  );
}
