/**
 * 自测: coming soon.
 * Test hooks: #check-coming-soon
 */
import { Text, View } from '@tarojs/components';
import { ComingSoon } from '../../components/ComingSoon';

export default function Check() {
  return (
    <View className="page check">
      <Text className="page-title">申报条件自测</Text>
      <ComingSoon
        id="check-coming-soon"
        title="自测功能正在建设中"
        lines={['回答几个简单问题（学历、工作年限、现有职称等），就能知道您可以申报哪一级职称、走哪个渠道。', '结果会注明依据的政策条款。']}
      />
    </View>
  );
}
