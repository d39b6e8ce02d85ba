import { openPage } from '../../services/navigation';
import { Text } from '@tarojs/components';
import { Card } from '../../components/Card';
import { ActionButton } from '../../components/ActionButton';

/** 隐私与我的数据: the privacy guide, and what the product holds about me (download, delete the account). */
export function PrivacyEntries() {
  const go = (page: string) => void openPage(`/packages/privacy/${page}/index`);
  return (
    <Card title="隐私与我的数据" id="me-privacy">
      <Text className="card__text">查看我们收集哪些信息、为什么收集、保存多久、谁能看到；下载您的全部数据或注销账号。</Text>
      <ActionButton id="me-privacy-policy" onPress={() => go('policy')}>
        隐私保护指引
      </ActionButton>
      <ActionButton id="me-privacy-mine" onPress={() => go('mine')}>
        我的数据（查看、下载、注销）
      </ActionButton>
    </Card>
  );
}
