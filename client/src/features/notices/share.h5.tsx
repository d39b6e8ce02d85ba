import Taro from '@tarojs/taro';
import { ActionButton } from '../../components/ActionButton';

/** H5: 复制链接 — the page's address to paste into a chat. Test hook: #share-copy. */
export function ShareLink(_props: { title: string; path: string }) {
  return (
    <ActionButton
      id="share-copy"
      onPress={() =>
        void Taro.setClipboardData({ data: window.location.href })
          .then(() => Taro.showToast({ title: '链接已复制', icon: 'success' }))
          .catch(() => Taro.showToast({ title: '复制失败，请手动复制地址栏', icon: 'none' }))
      }
    >
      复制本页链接
    </ActionButton>
  );
}

/** H5 has no share card. */
export function useSharePage(_title: string, _path: string): void {}

/** H5 has no updatable message (WeChat only). */
export function useUpdatableShare(_briefingId: string, _shareable: boolean, _seats: string): void {}
