/**
 * 页面不存在: where an unknown path lands (setup/not-found.ts; `?from=` the path asked for). One sentence on why and
 * the way back: 返回首页, or 看政策 for someone who came for the policy.
 * Test hooks: #notfound-page, #notfound-from, #notfound-home, #notfound-policy
 */
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Card } from '../../components/Card';
import { ActionButton } from '../../components/ActionButton';
import { a11y } from '../../components/a11y';

function decoded(v: string | undefined): string {
  try {
    return decodeURIComponent(v ?? '');
  } catch {
    return v ?? '';
  }
}

function NotFound() {
  const from = decoded(useRouter().params.from).slice(0, 200);
  return (
    <View id="notfound-page" className="page">
      <Card>
        <Text className="card__title" {...a11y({ role: 'heading', 'aria-level': 1 })}>
          页面不存在
        </Text>
        <Text className="card__text">您要打开的页面找不到了：链接可能不完整，或者这个页面已经不再使用。</Text>
        {from ? (
          <Text id="notfound-from" className="card__hint">
            链接地址：{from}
          </Text>
        ) : null}
        <ActionButton id="notfound-home" kind="primary" onPress={() => void Taro.reLaunch({ url: '/pages/home/index' })}>
          返回首页
        </ActionButton>
        <ActionButton id="notfound-policy" onPress={() => void Taro.switchTab({ url: '/pages/policy/index' })}>
          查看政策
        </ActionButton>
      </Card>
    </View>
  );
}

export default NotFound;
