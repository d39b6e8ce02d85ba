// PLACEHOLDER (issue 9): replaced by the real page.
import { View } from '@tarojs/components';

export default function Page() {
  return <View className="page">联络群</View>;
}
