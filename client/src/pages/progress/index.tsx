/**
 * 进度: coming soon.
 * Test hooks: #progress-coming-soon
 */
import { Text, View } from '@tarojs/components';
import { ComingSoon } from '../../components/ComingSoon';

export default function Progress() {
  return (
    <View className="page progress">
      <Text className="page-title">申报进度</Text>
      <ComingSoon
        id="progress-coming-soon"
        title="进度查询正在建设中"
        lines={['提交申报后，可以在这里看到材料到了哪一步：单位审核、推荐、旗县区受理、评审。', '需要补充材料时，也会在这里提醒您。']}
      />
    </View>
  );
}
