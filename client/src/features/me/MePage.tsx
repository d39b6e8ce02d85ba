/**
 * 我的: who you are (identity.whoami), your profile (folded to the summary with 修改 once a name is saved),
 * joining an employer (only for people with no work role yet), 大字模式, reminders, privacy.
 * Work (queues, statistics, publishing, administration) is on the 工作台 of the 办事 tab; #me-to-desk points there.
 * Test hooks:
 *   #me-profile, #profile-edit (修改资料, aria-expanded; when a name is saved), #me-name (.me__name--empty when no name yet), #me-openid, #me-phone
 *   #me-roles, .me-role (one chip per role; .me-role--<role>, text 「角色 · 范围」), #me-orgs, .me-org
 *   #profile-form, #profile-name-input, #profile-phone-input, #profile-submit,
 *     #profile-name-input-error, #profile-phone-input-error, #profile-error
 *   #claim-form (people with no work role yet), #claim-code-input, #claim-submit, #claim-code-input-error, #claim-error, #claim-success
 *   #me-large-type, #me-large-type-switch (大字模式, role switch, aria-checked; shown signed in or not)
 *   #me-subscribe (消息提醒: remaining quota, #me-subscribe-more asks for more)
 *   #me-desk, #me-to-desk (those with work roles: 打开工作台 → the 办事 tab)
 *   #me-privacy, #me-privacy-policy, #me-privacy-mine; the privacy prompt #privacy-prompt (components/privacy/PrivacyPrompt)
 *   #signin-prompt, #signin-prompt-go (UNAUTHENTICATED), #load-error, #load-retry, #loading
 *   dev builds only, when signed in: #me-dev, #dev-switch-user, #dev-signout
 */
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { worksOnApplications } from '@shared/workflow/visibility';
import { useWhoami } from '../../hooks/use-whoami';
import { LoadState } from '../../components/LoadState';
import { ProfileSummary } from './ProfileSummary';
import { ProfileForm } from './ProfileForm';
import { ClaimForm } from './ClaimForm';
import { Card } from '../../components/Card';
import { ActionButton } from '../../components/ActionButton';
import { DevSession } from './DevSession';
import { SubscribeQuota } from './SubscribeQuota';
import { PrivacyEntries } from './PrivacyEntries';
import { PrivacyPrompt } from '../../components/privacy/PrivacyPrompt';
import { LargeTypeSwitch } from './LargeTypeSwitch';
import './MePage.scss';

function Me() {
  const whoami = useWhoami();
  const [editing, setEditing] = useState(false);
  // Kept on screen after a successful claim (its 已加入 message), though the new role no longer offers the form.
  const [joined, setJoined] = useState(false);
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
            {worksOnApplications({ openid: me.openid, grants: me.roles }) ? (
              <Card id="me-desk" title="审核、统计、发布和管理工作在「办事」页">
                <ActionButton id="me-to-desk" kind="primary" onPress={() => void Taro.switchTab({ url: '/pages/progress/index' })}>
                  打开工作台
                </ActionButton>
              </Card>
            ) : null}
            {me.capabilities.claimInvitation || joined ? (
              <ClaimForm
                onClaimed={() => {
                  setJoined(true);
                  refresh();
                }}
              />
            ) : null}
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

export default Me;
