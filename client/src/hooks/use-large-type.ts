import { useEffect, useState } from 'react';
import { useDidShow } from '@tarojs/taro';
import { onLargeTypeChange, readLargeType, setLargeType } from '../services/font-scale';

/** 大字模式 as React state: follows the switch on this page and on pages opened before it was flipped. */
export function useLargeType(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(readLargeType);
  useEffect(() => onLargeTypeChange(setOn), []);
  useDidShow(() => setOn(readLargeType()));
  return [on, setLargeType];
}
