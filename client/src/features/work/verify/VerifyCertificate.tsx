import { Text, View } from '@tarojs/components';
import { VERIFY_ORDER } from '@shared/workflow/verify';
import { a11y } from '../../../components/a11y';
import { OpenSite } from './OpenSite';
import './VerifyCertificate.scss';

/**
 * The certificate step (附件2 第三项 5、证书打印): where the person prints and verifies the title, instead of
 * the file ending silently. Test hooks: #verify-certificate, .verify-place (data-id), .verify-place__link (H5).
 */
export function VerifyCertificate() {
  return (
    <View id="verify-certificate" className="verify" {...a11y({ role: 'group', 'aria-label': '查询和打印证书' })}>
      {VERIFY_ORDER.map((p) => (
        <View key={p.id} className="verify-place" data-id={p.id}>
          <Text className="verify-place__name">{p.name}</Text>
          <Text className="verify-place__how">{p.how}</Text>
          <Text className="verify-place__site">{`网址：${p.site}`}</Text>
          <OpenSite place={p} />
        </View>
      ))}
    </View>
  );
}
