import type { PropsWithChildren } from 'react';
import { Button } from '@tarojs/components';

/** weapp: open-type agreePrivacyAuthorization, so one tap also tells WeChat the person agreed (and WeChat checks it was tapped). */
export function AgreeButton({ id, disabled, onAgree, children }: PropsWithChildren<{ id: string; disabled?: boolean; onAgree: () => void }>) {
  return (
    <Button
      id={id}
      className={`btn btn--primary${disabled ? ' btn--disabled' : ''}`}
      openType="agreePrivacyAuthorization"
      {...(disabled ? { disabled: true } : {})}
      onAgreePrivacyAuthorization={() => !disabled && onAgree()}
    >
      {children}
    </Button>
  );
}
