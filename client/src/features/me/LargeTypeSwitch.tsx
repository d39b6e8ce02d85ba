import { Text, View } from '@tarojs/components';
import { a11y } from '../../components/a11y';
import { useLargeType } from '../../hooks/use-large-type';
import './LargeTypeSwitch.scss';

/**
 * 大字模式 in 我的: one big switch (role switch, aria-checked; Enter / Space on H5) whose state is said in words
 * (已开启 / 已关闭) beside the knob. It is kept on this phone and applies to every page at once.
 * Test hooks: #me-large-type, #me-large-type-switch (aria-checked), #me-large-type-state.
 */
export function LargeTypeSwitch() {
  const [on, setOn] = useLargeType();
  const toggle = () => setOn(!on);
  return (
    <View id="me-large-type" className="card">
      <View
        id="me-large-type-switch"
        className={`large-type-switch ${on ? 'large-type-switch--on' : ''}`}
        {...a11y(
          {
            role: 'switch',
            'aria-checked': on,
            tabIndex: 0,
            'aria-labelledby': 'me-large-type-label',
            'aria-describedby': 'me-large-type-hint',
          },
          toggle,
        )}
        onClick={toggle}
      >
        <View className="large-type-switch__body">
          <Text id="me-large-type-label" className="card__title">
            大字模式
          </Text>
          <Text id="me-large-type-hint" className="card__hint">
            字更大、按钮更大，所有页面都适用；也跟随微信里设置的字体大小。
          </Text>
        </View>
        <View className="large-type-switch__control" {...a11y({ 'aria-hidden': true })}>
          <Text id="me-large-type-state" className="large-type-switch__state">
            {on ? '已开启' : '已关闭'}
          </Text>
          <View className="large-type-switch__track">
            <View className="large-type-switch__knob" />
          </View>
        </View>
      </View>
    </View>
  );
}
