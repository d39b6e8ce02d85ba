import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { OutputOf } from '@shared/contracts';
import { Card } from '../../components/Card';
import { RoleChip } from '../../components/RoleChip';
import { ActionButton } from '../../components/ActionButton';
import { a11y } from '../../components/a11y';

type Whoami = OutputOf<'identity', 'whoami'>;

/**
 * Name (or a prompt to fill it), masked user id (copyable in full, for an officer granting a role), phone, every
 * role as a chip, organizations. With a name saved, 修改资料 (onEdit) opens the profile form below.
 */
export function ProfileSummary({ me, editing, onEdit }: { me: Whoami; editing?: boolean; onEdit?: () => void }) {
  const copy = () => void Taro.setClipboardData({ data: me.openid }).then(() => Taro.showToast({ title: '已复制', icon: 'success' }));
  return (
    <>
      <Card id="me-profile">
        {me.profile.name ? (
          <Text id="me-name" className="me__name">
            {me.profile.name}
          </Text>
        ) : (
          <Text id="me-name" className="me__name me__name--empty">
            您还没有填写姓名，请在下方「我的资料」中填写
          </Text>
        )}
        <View className="card__row">
          <Text className="card__label">用户编号</Text>
          <Text id="me-openid" className="card__value">
            {me.openidMasked}
          </Text>
          <Text
            id="me-openid-copy"
            className="card__link"
            {...a11y({ role: 'button', tabIndex: 0, 'aria-label': '复制用户编号' }, copy)}
            onClick={copy}
          >
            复制
          </Text>
        </View>
        <Text className="card__hint">需要人社部门为您授权时，请把用户编号发给经办人员。</Text>
        <View className="card__row">
          <Text className="card__label">手机号</Text>
          <Text id="me-phone" className="card__value">
            {me.profile.phone || '未填写'}
          </Text>
        </View>
        {me.profile.name && onEdit ? (
          <ActionButton id="profile-edit" small expanded={!!editing} onPress={onEdit}>
            {editing ? '收起修改' : '修改资料'}
          </ActionButton>
        ) : null}
      </Card>

      <Card title="我的身份" id="me-roles">
        {me.roles.length ? (
          <View>
            {me.roles.map((g) => (
              <RoleChip key={g.id} grant={g} />
            ))}
          </View>
        ) : (
          <Text className="card__text">申报人（个人）。如果您是单位人事，请用下方的邀请码加入单位。</Text>
        )}
      </Card>

      {me.organizations.length ? (
        <Card title="我所在的单位" id="me-orgs">
          {me.organizations.map((o) => (
            <View key={o.id} className="list-item me-org">
              <Text className="list-item__title">{o.name}</Text>
              <Text className="list-item__meta">
                {o.typeLabel} · {o.districtName}
              </Text>
            </View>
          ))}
        </Card>
      ) : null}
    </>
  );
}
