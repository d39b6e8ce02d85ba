/**
 * 大字模式 and WeChat's own font setting (适老化: main text ≥ 18 pt, line height ≥ 1.3, targets ≥ 60 px).
 * The choice is the person's, kept on the phone (Taro storage) and applied to every page: on H5 by a class on
 * <html> that multiplies the rem base (app.scss); in the weapp by each page's <page-meta root-font-size>
 * (components/PageFont.weapp.tsx), which also follows WeChat's font size (`fontSizeScaleFactor`).
 */
import Taro from '@tarojs/taro';
import { applyLargeType } from './apply';

export const LARGE_TYPE_KEY = 'largeType';
/** 大字模式 multiplies the whole type scale by this (body 34 → 48 design px: 24 px at 390 px, 23.8 px at 320 px). */
export const LARGE_SCALE = 1.4;
/** WeChat's largest settings go further still; past this, 320 px screens would cut words. */
const MAX_SCALE = 2;

export function readLargeType(): boolean {
  try {
    return Taro.getStorageSync(LARGE_TYPE_KEY) === true;
  } catch {
    return false;
  }
}

/** The font size the person chose in WeChat (设置 → 通用 → 字体大小) as a factor; 1 on H5, where the browser zooms. */
export function systemFontScale(): number {
  try {
    const f = (Taro.getAppBaseInfo?.() as { fontSizeScaleFactor?: number } | undefined)?.fontSizeScaleFactor;
    return typeof f === 'number' && f > 0 ? Math.min(f, MAX_SCALE) : 1;
  } catch {
    return 1;
  }
}

/** The larger of WeChat's setting and 大字模式: the two never multiply into a size that no longer fits. */
export function fontScale(large: boolean, system = systemFontScale()): number {
  return Math.max(system, large ? LARGE_SCALE : 1);
}

/** The weapp's rem base: 40 design px at this width (what 40rpx was), times the scale, in px. */
export function rootFontPx(windowWidth: number, scale: number): number {
  return Math.round(((40 * windowWidth) / 750) * scale * 100) / 100;
}

type Listener = (large: boolean) => void;
const listeners = new Set<Listener>();

/** Switch 大字模式: stored, applied at once, and told to the pages already open. */
export function setLargeType(on: boolean): void {
  try {
    Taro.setStorageSync(LARGE_TYPE_KEY, on);
  } catch {
    // Storage full or refused: the switch still applies for this visit.
  }
  applyLargeType(on);
  for (const l of listeners) l(on);
}

export function onLargeTypeChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** At start-up (app.ts), before the first page renders. */
export function applyStoredLargeType(): void {
  applyLargeType(readLargeType());
}
