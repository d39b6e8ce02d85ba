/**
 * 隐私保护指引: what is collected, why, for how long and who sees it (shared/privacy/guide), the version, and in the
 * mini-program WeChat's own contract page (wx.openPrivacyContract). Hosts the privacy prompt for WeChat's requests
 * from pages without one (services/privacy/wechat.weapp.ts).
 * Test hooks: #privacy-policy, .privacy-item (one per kind of information), #privacy-version, #privacy-contract (weapp),
 *   #privacy-to-mine
 */
import { Text, View } from '@tarojs/components';
import { PRIVACY_GUIDE_NAME, PRIVACY_POLICY_VERSION } from '@shared/privacy';
import { COLLECTED } from '@shared/privacy/guide';
import { Card } from '../../components/Card';
import { ActionButton } from '../../components/ActionButton';
import { a11y } from '../../components/a11y';
import { canOpenContract, openContract } from '../../services/privacy/wechat';
import { PrivacyPrompt } from '../../components/privacy/PrivacyPrompt';
import './privacy-pages.scss';
import { openPage } from '../../services/navigation';

function PrivacyPolicy() {
  return (
    <View className="page privacy-page" id="privacy-policy">
      <PrivacyPrompt onPolicyPage />
      <Card title={PRIVACY_GUIDE_NAME}>
        <Text className="card__text">
          职称通由包头市人力资源和社会保障局提供，依照《个人信息保护法》只收集办理职称所需的信息。下面逐项说明收集什么、为什么、保存多久、谁能看到。
        </Text>
        <Text className="card__text" id="privacy-version">
          版本：{PRIVACY_POLICY_VERSION}
        </Text>
      </Card>
      {COLLECTED.map((c) => (
        <Card key={c.what} className="privacy-item">
          <Text className="privacy-item__what" {...a11y({ role: 'heading', 'aria-level': 2 })}>
            {c.what}
          </Text>
          <View className="privacy-item__row">
            <Text className="privacy-item__label">用途：</Text>
            <Text className="privacy-item__text">{c.why}</Text>
          </View>
          <View className="privacy-item__row">
            <Text className="privacy-item__label">保存期限：</Text>
            <Text className="privacy-item__text">{c.retention}</Text>
          </View>
          <View className="privacy-item__row">
            <Text className="privacy-item__label">谁能看到：</Text>
            <Text className="privacy-item__text">{c.whoSees}</Text>
          </View>
        </Card>
      ))}
      <Card title="您的权利">
        <Text className="card__text">
          您可以随时在“我的 ·
          我的数据”中查看和下载我们保存的全部信息，或注销账号：注销后个人资料、自测、消息、订阅、宣讲报名（未开始的场次让出名额）、联络群成员身份和没有用在公告里的上传文件被删除；已存档的申报、公示异议、签到评价和审计记录保留，您显示为“已注销用户”。我们不向第三方出售或提供您的信息。
        </Text>
        <ActionButton id="privacy-to-mine" onPress={() => void openPage('/packages/privacy/mine/index')}>
          我的数据
        </ActionButton>
        {canOpenContract ? (
          <ActionButton id="privacy-contract" onPress={openContract}>
            查看微信隐私保护指引
          </ActionButton>
        ) : null}
      </Card>
    </View>
  );
}

export default PrivacyPolicy;
