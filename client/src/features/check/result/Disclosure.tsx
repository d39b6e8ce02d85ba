import { useState, type ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { a11y } from '../../../components/a11y';

interface Props {
  /** The button's id (test hook); the folded part is `<id>-body`. */
  id?: string;
  className?: string;
  /** What the button says while folded, and while open. */
  label: string;
  openLabel?: string;
  initiallyOpen?: boolean;
  children: ReactNode;
}

/**
 * A folded part of the result: a button (role button, aria-expanded, Enter / Space on H5) that shows or hides
 * what follows it. Details stay one tap away without pushing the verdict and the action off the first screen.
 */
export function Disclosure({ id, className = '', label, openLabel, initiallyOpen = false, children }: Props) {
  const [open, setOpen] = useState(initiallyOpen);
  const toggle = () => setOpen((o) => !o);
  const bodyId = id ? `${id}-body` : undefined;
  return (
    <>
      <View
        {...(id ? { id } : {})}
        className={`disclosure ${open ? 'disclosure--open' : ''} ${className}`}
        {...a11y({ role: 'button', tabIndex: 0, 'aria-expanded': open, 'aria-controls': open ? bodyId : undefined }, toggle)}
        onClick={toggle}
      >
        <Text className="disclosure__label">{open ? (openLabel ?? label) : label}</Text>
        <Text className="disclosure__mark" {...a11y({ 'aria-hidden': true })}>
          {open ? '▴' : '▾'}
        </Text>
      </View>
      {open ? (
        <View {...(bodyId ? { id: bodyId } : {})} className="disclosure__body">
          {children}
        </View>
      ) : null}
    </>
  );
}
