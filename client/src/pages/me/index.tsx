/**
 * 我的: who you are (identity.whoami), your profile (folded to the summary with 修改 once a name is saved),
 * joining an employer (not for officers; folded for those already staff of one), 大字模式, reminders, privacy.
 * Work (queues, statistics, publishing, administration) is on the 工作台 of the 办事 tab; #me-to-desk points there.
 * Test hooks:
 *   #me-profile, #profile-edit (修改资料, aria-expanded; when a name is saved), #me-name (.me__name--empty when no name yet), #me-openid, #me-phone
 *   #me-roles, .me-role (one chip per role; .me-role--<role>, text 「角色 · 范围」), #me-orgs, .me-org
 *   #profile-form, #profile-name-input, #profile-phone-input, #profile-submit,
 *     #profile-name-input-error, #profile-phone-input-error, #profile-error
 *   #claim-open (staff: 用邀请码加入其他单位, aria-expanded), #claim-form, #claim-code-input, #claim-submit, #claim-code-input-error, #claim-error, #claim-success
 *   #me-large-type, #me-large-type-switch (大字模式, role switch, aria-checked; shown signed in or not)
 *   #me-subscribe (消息提醒: remaining quota, #me-subscribe-more asks for more)
 *   #me-desk, #me-to-desk (those with work roles: 打开工作台 → the 办事 tab)
 *   #me-privacy, #me-privacy-policy, #me-privacy-mine; the privacy prompt #privacy-prompt (components/privacy/PrivacyPrompt)
 *   #signin-prompt, #signin-prompt-go (UNAUTHENTICATED), #load-error, #load-retry, #loading
 *   dev builds only, when signed in: #me-dev, #dev-switch-user, #dev-signout
 */
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { OutputOf } from '@shared/contracts';
import { deskQueues } from '@shared/workflow/desk';
import { useWhoami } from '../../hooks/useWhoami';
import { LoadState } from '../../components/LoadState';
import { ProfileSummary } from '../../components/me/ProfileSummary';
import { ProfileForm } from '../../components/me/ProfileForm';
import { ClaimForm } from '../../components/me/ClaimForm';
import { Card } from '../../components/Card';
import { ActionButton } from '../../components/ActionButton';
import { DevSession } from '../../components/me/DevSession';
import { SubscribeQuota } from '../../components/me/SubscribeQuota';
import { PrivacyEntries } from '../../components/me/PrivacyEntries';
import { PrivacyPrompt } from '../../components/privacy/PrivacyPrompt';
import { LargeTypeSwitch } from '../../components/me/LargeTypeSwitch';
import './index.scss';

type Whoami = OutputOf<'identity', 'whoami'>;
const STAFF_ROLES = ['employer_hr', 'recommender'];

/** 加入单位: open for a person with no organization; staff of one open it with a button (a second employer is rare). */
function Claim({ me, onClaimed }: { me: Whoami; onClaimed: () => void }) {
  const staff = me.roles.some((g) => STAFF_ROLES.includes(g.role));
  const [open, setOpen] = useState(false);
  if (!me.capabilities.claimInvitation) return null;
  if (!staff) return <ClaimForm onClaimed={onClaimed} />;
  return (
    <>
      <ActionButton id="claim-open" expanded={open} onPress={() => setOpen(!open)}>
        {open ? '收起邀请码' : '用邀请码加入其他单位'}
      </ActionButton>
      {open ? <ClaimForm onClaimed={onClaimed} /> : null}
    </>
  );
}

export default function Me() {
  const whoami = useWhoami();
  const [editing, setEditing] = useState(false);
  const refresh = () => void whoami.reload();
  return (
    <View className="page me">
      <LoadState state={whoami}>
        {(me) => (
          <>
            <ProfileSummary me={me} editing={editing} onEdit={() => setEditing(!editing)} />
            {!me.profile.name || editing ? (
              <ProfileForm
                name={me.profile.name}
                phone={me.profile.phone}
                consent={me.privacyConsent}
                onSaved={() => {
                  setEditing(false);
                  refresh();
                }}
                {...(me.profile.name ? { onCancel: () => setEditing(false) } : {})}
              />
            ) : null}
            {deskQueues({ openid: me.openid, grants: me.roles }).length ? (
              <Card id="me-desk" title="工作台">
                <Text className="card__text">审核申报、统计、发布通知和管理工作都在「办事」页的工作台。</Text>
                <ActionButton id="me-to-desk" kind="primary" onPress={() => void Taro.switchTab({ url: '/pages/progress/index' })}>
                  打开工作台
                </ActionButton>
              </Card>
            ) : null}
            <Claim me={me} onClaimed={refresh} />
            <SubscribeQuota />
            <PrivacyEntries />
          </>
        )}
      </LoadState>
      <LargeTypeSwitch />
      {process.env.TARO_APP_DEV_LOGIN === 'true' && whoami.data ? <DevSession onSignedOut={refresh} /> : null}
      <PrivacyPrompt />
    </View>
  );
}
