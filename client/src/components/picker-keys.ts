/**
 * Keyboard operation of Taro's Picker (the date and option wheels). Only H5 has a keyboard to serve
 * (picker-keys.h5.ts); on the mini-program the wheel is WeChat's own, so the trigger gets nothing extra here.
 */
export function pickerKeys(_label: string): object {
  return {};
}
