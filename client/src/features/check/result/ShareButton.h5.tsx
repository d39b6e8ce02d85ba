import Taro from '@tarojs/taro';
import { ActionButton } from '../../../components/ActionButton';

/** H5: 复制结果 — a few lines to paste into a chat. Test hook: #check-copy. */
export function ShareButton({ text }: { title: string; text: string }) {
  return (
    <ActionButton
      id="check-copy"
      onPress={() => void Taro.setClipboardData({ data: text }).then(() => Taro.showToast({ title: '已复制结果', icon: 'success' }))}
    >
      复制结果，发给同事或单位人事
    </ActionButton>
  );
}

/** H5 has no share card: nothing to register. */
export function useShareResult(_title: string): void {}
