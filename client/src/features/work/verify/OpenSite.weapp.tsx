import Taro from '@tarojs/taro';
import type { VerifyPlace } from '@shared/workflow/verify';
import { ActionButton } from '../../../components/ActionButton';

/** WeChat cannot open an outside website from a mini-program: copy the address and say where to paste it. */
export function OpenSite({ place }: { place: VerifyPlace }) {
  return (
    <ActionButton
      small
      className="verify-place__copy"
      label={`复制${place.name}网址 ${place.site}`}
      onPress={() =>
        void Taro.setClipboardData({ data: place.url })
          .then(() =>
            Taro.showModal({
              title: '网址已复制',
              content: `请打开手机浏览器，在地址栏粘贴后访问：${place.site}`,
              showCancel: false,
              confirmText: '知道了',
            }),
          )
          .catch(() => Taro.showToast({ title: '复制失败，请手动输入网址', icon: 'none' }))
      }
    >
      复制网址
    </ActionButton>
  );
}
