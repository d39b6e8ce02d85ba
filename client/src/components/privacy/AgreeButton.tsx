import type { PropsWithChildren } from 'react';
import { Button } from '@tarojs/components';

/** H5: a plain button (the product's own consent). */
export function AgreeButton({ id, disabled, onAgree, children }: PropsWithChildren<{ id: string; disabled?: boolean; onAgree: () => void }>) {
  return (
    <Button id={id} className={`btn btn--primary${disabled ? ' btn--disabled' : ''}`} {...(disabled ? { disabled: true } : {})} onClick={() => !disabled && onAgree()}>
      {children}
    </Button>
  );
}
