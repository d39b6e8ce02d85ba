import { Text, View } from '@tarojs/components';
import './StepProgress.scss';

/** 「第 2 步，共 6 步」 with the step's title and a bar. Test hooks: #check-progress, .step-progress__count. */
export function StepProgress({ index, total, title }: { index: number; total: number; title: string }) {
  const percent = Math.round(((index + 1) / Math.max(total, 1)) * 100);
  return (
    <View id="check-progress" className="step-progress">
      <Text className="step-progress__count">
        第 {index + 1} 步，共 {total} 步
      </Text>
      <Text className="step-progress__title">{title}</Text>
      <View className="step-progress__bar">
        <View className="step-progress__fill" style={{ width: `${percent}%` }} />
      </View>
    </View>
  );
}
