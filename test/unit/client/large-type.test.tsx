/** 大字模式 (我的): the switch persists in Taro storage and applies to the page at once and at the next start. */
import { act, fireEvent, render } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { LargeTypeSwitch } from '../../../client/src/features/me/LargeTypeSwitch';
import { ChoiceField, YES_NO } from '../../../client/src/components/ChoiceField';
import { MultiChoiceField } from '../../../client/src/components/MultiChoiceField';
import { applyStoredLargeType, fontScale, LARGE_SCALE, LARGE_TYPE_KEY, rootFontPx } from '../../../client/src/services/font-scale';
import { LARGE_TYPE_CLASS } from '../../../client/src/services/font-scale/apply';

// The pages' Taro (support/pages) with Taro H5's real storage (localStorage), which its default export lacks in Jest.
jest.mock('@tarojs/taro', () => {
  const base = jest.requireActual('./support/pages').taroModule() as Record<string, unknown>;
  const storage = ['getStorageSync', 'setStorageSync'];
  const taro: object = new Proxy(
    {},
    {
      get: (_t, k) => {
        if (k === 'default') return taro;
        if (typeof k === 'string' && storage.includes(k)) return jest.requireActual('@tarojs/taro-h5')[k];
        return base[k as string];
      },
    },
  );
  return taro;
});

const html = () => document.documentElement;
const switchEl = (c: HTMLElement) => c.querySelector('#me-large-type-switch') as HTMLElement;

beforeEach(() => {
  localStorage.clear();
  html().classList.remove(LARGE_TYPE_CLASS);
});

describe('大字模式 switch', () => {
  it('starts off, says so in words, and the page has normal type', () => {
    const { container } = render(<LargeTypeSwitch />);
    expect(switchEl(container).getAttribute('role')).toBe('switch');
    expect(switchEl(container).getAttribute('aria-checked')).toBe('false');
    expect(container.querySelector('#me-large-type-state')?.textContent).toBe('已关闭');
    expect(html().classList.contains(LARGE_TYPE_CLASS)).toBe(false);
  });

  it('a tap turns it on: stored, applied to the page, and announced', () => {
    const { container } = render(<LargeTypeSwitch />);
    act(() => void fireEvent.click(switchEl(container)));
    expect(switchEl(container).getAttribute('aria-checked')).toBe('true');
    expect(container.querySelector('#me-large-type-state')?.textContent).toBe('已开启');
    expect(html().classList.contains(LARGE_TYPE_CLASS)).toBe(true);
    expect(Taro.getStorageSync(LARGE_TYPE_KEY)).toBe(true);
    // Taro's H5 storage, as the browser suite sets it.
    expect(JSON.parse(localStorage.getItem(LARGE_TYPE_KEY) ?? '{}')).toEqual({ data: true });
  });

  it('the next start applies the stored choice before any page, and the switch shows it on', () => {
    const first = render(<LargeTypeSwitch />);
    act(() => void fireEvent.click(switchEl(first.container)));
    first.unmount();
    html().classList.remove(LARGE_TYPE_CLASS); // a new visit: a fresh document
    applyStoredLargeType();
    expect(html().classList.contains(LARGE_TYPE_CLASS)).toBe(true);
    const again = render(<LargeTypeSwitch />);
    expect(switchEl(again.container).getAttribute('aria-checked')).toBe('true');
  });

  it('Space on the focused switch turns it off again (keyboard on H5)', () => {
    Taro.setStorageSync(LARGE_TYPE_KEY, true);
    applyStoredLargeType();
    const { container } = render(<LargeTypeSwitch />);
    act(() => void fireEvent.keyDown(switchEl(container), { key: ' ' }));
    expect(switchEl(container).getAttribute('aria-checked')).toBe('false');
    expect(html().classList.contains(LARGE_TYPE_CLASS)).toBe(false);
    expect(Taro.getStorageSync(LARGE_TYPE_KEY)).toBe(false);
  });

  it('two switches on screen (pages already open) follow each other', () => {
    const a = render(<LargeTypeSwitch />);
    const b = render(<LargeTypeSwitch />);
    act(() => void fireEvent.click(switchEl(a.container)));
    expect(switchEl(b.container).getAttribute('aria-checked')).toBe('true');
  });
});

describe('the type scale', () => {
  it('is the larger of WeChat’s font setting and 大字模式, never their product', () => {
    expect(fontScale(false, 1)).toBe(1);
    expect(fontScale(true, 1)).toBe(LARGE_SCALE);
    expect(fontScale(false, 1.25)).toBe(1.25);
    expect(fontScale(true, 1.8)).toBe(1.8);
  });

  it('gives the weapp the rem base rpx had (40 design px), scaled', () => {
    expect(rootFontPx(375, 1)).toBe(20);
    expect(rootFontPx(375, LARGE_SCALE)).toBe(28);
    expect(rootFontPx(320, LARGE_SCALE)).toBeCloseTo(23.89, 2);
  });
});

describe('choices carry their state in role, aria-checked and words', () => {
  it('ChoiceField rows are radios in a labelled radiogroup; the chosen one says 已选', () => {
    const { container } = render(<ChoiceField id="q" label="是否在职" options={YES_NO} value="yes" onChange={() => undefined} />);
    expect(container.querySelector('[role="radiogroup"]')?.getAttribute('aria-labelledby')).toBe('q-label');
    const yes = container.querySelector('#q-yes') as HTMLElement;
    const no = container.querySelector('#q-no') as HTMLElement;
    expect([yes.getAttribute('role'), yes.getAttribute('aria-checked'), no.getAttribute('aria-checked')]).toEqual([
      'radio',
      'true',
      'false',
    ]);
    expect(yes.textContent).toContain('已选');
    expect(no.textContent).not.toContain('已选');
  });

  it('MultiChoiceField rows are checkboxes; Enter toggles one', () => {
    const onChange = jest.fn();
    const { container } = render(<MultiChoiceField id="m" label="证书" options={YES_NO} value={[]} onChange={onChange} />);
    const yes = container.querySelector('#m-yes') as HTMLElement;
    expect([yes.getAttribute('role'), yes.getAttribute('aria-checked')]).toEqual(['checkbox', 'false']);
    fireEvent.keyDown(yes, { key: 'Enter' });
    expect(onChange).toHaveBeenCalledWith(['yes']);
  });
});
