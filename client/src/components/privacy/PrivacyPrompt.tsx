import { useEffect, useRef, useState } from 'react';
import { useDidShow } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { PRIVACY_GUIDE_NAME } from '@shared/privacy';
import { agree, registerPrompt } from '../../services/privacy/consent';
import { listenForWeChat } from '../../services/privacy/wechat';
import { Notice } from '../Notice';
import { a11y } from '../a11y';
import { AgreeButton } from './AgreeButton';
import './PrivacyPrompt.scss';
import { openPage } from '../../services/navigation';

export const PRIVACY_PAGE = '/packages/privacy/policy/index';
const AGREE_ID = 'privacy-agree';

/**
 * 隐私保护提示: shown before the first collection of personal data (ensureConsent) and when WeChat asks before a
 * privacy interface (onNeedPrivacyAuthorization). Agreeing records the consent (identity.privacy.consent);
 * 不同意 saves nothing. Put one in each page that collects; the privacy page has one (`onPolicyPage`: no “read”
 * button there) for WeChat's requests from pages without their own.
 * Test hooks: #privacy-prompt, #privacy-agree, #privacy-disagree, #privacy-read, #privacy-prompt-error
 */
export function PrivacyPrompt({ onPolicyPage = false }: { onPolicyPage?: boolean }) {
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const answer = useRef<((agreed: boolean) => void) | null>(null);
  const wechat = useRef<((r: { event: 'agree' | 'disagree' | 'exposureAuthorization'; buttonId?: string }) => void) | null>(null);

  const show = () => {
    setError(null);
    setOpen(true);
  };
  // One opener per prompt for its whole life, so that the page shown again brings this same one to the front.
  const [opener] = useState(() => (a: (agreed: boolean) => void) => {
    answer.current = a;
    show();
  });
  useDidShow(() => void registerPrompt(opener));
  useEffect(() => {
    const unregister = registerPrompt(opener);
    const unlisten = listenForWeChat((resolve) => {
      wechat.current = resolve;
      show();
      // Tells WeChat our own prompt is on screen (before the answer, as its guide asks).
      resolve({ event: 'exposureAuthorization' });
    });
    return () => {
      unregister();
      unlisten();
    };
  }, [opener]);

  const close = (agreed: boolean) => {
    setOpen(false);
    wechat.current?.(agreed ? { event: 'agree', buttonId: AGREE_ID } : { event: 'disagree' });
    wechat.current = null;
    answer.current?.(agreed);
    answer.current = null;
  };

  const onAgree = async () => {
    setPending(true);
    const failed = await agree();
    setPending(false);
    if (failed) setError(failed);
    else close(true);
  };

  if (!open) return null;
  return (
    <View className="privacy-mask">
      <View
        id="privacy-prompt"
        className="privacy-prompt"
        {...a11y({ role: 'dialog', 'aria-modal': true, 'aria-labelledby': 'privacy-prompt-title' })}
      >
        <Text id="privacy-prompt-title" className="privacy-prompt__title" {...a11y({ role: 'heading', 'aria-level': 2 })}>
          隐私保护提示
        </Text>
        <Text className="privacy-prompt__text">
          在您填写姓名、手机号，保存自测，申报，报名宣讲或在联络群提问之前，请阅读{PRIVACY_GUIDE_NAME}。我们只收集办理职称所需的信息，
          仅您本人和经办的工作人员可见，您可以随时在“我的 · 我的数据”中查看、下载或注销。
        </Text>
        {onPolicyPage ? null : (
          <Button id="privacy-read" className="btn" onClick={() => void openPage(PRIVACY_PAGE)}>
            阅读{PRIVACY_GUIDE_NAME}
          </Button>
        )}
        {error ? (
          <Notice kind="error" id="privacy-prompt-error">
            {error}
          </Notice>
        ) : null}
        <AgreeButton id={AGREE_ID} disabled={pending} onAgree={() => void onAgree()}>
          同意并继续
        </AgreeButton>
        <Button id="privacy-disagree" className="btn" onClick={() => close(false)}>
          不同意
        </Button>
      </View>
    </View>
  );
}
