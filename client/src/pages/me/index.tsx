/**
 * 我的: who you are (identity.whoami), your profile, joining an employer, and the work entries your
 * capabilities open.
 * Test hooks:
 *   #me-profile, #me-name (.me__name--empty when no name yet), #me-openid, #me-phone
 *   #me-roles, .me-role (one chip per role; .me-role--<role>, text 「角色 · 范围」), #me-orgs, .me-org
 *   #profile-form, #profile-name-input, #profile-phone-input, #profile-submit,
 *     #profile-name-input-error, #profile-phone-input-error, #profile-error
 *   #claim-form, #claim-code-input, #claim-submit, #claim-code-input-error, #claim-error, #claim-success
 *   #me-large-type, #me-large-type-switch (大字模式, role switch, aria-checked; shown signed in or not)
 *   #me-subscribe (消息提醒: remaining quota, #me-subscribe-more asks for more)
 *   #me-work, #work-entry-queue, #work-entry-dashboard (HR, recommender, officers; the dashboard for officers)
 *   #me-admin, #admin-entry-orgs, #admin-entry-invite, #admin-entry-rounds, #admin-entry-roles (only with the capability)
 *   #me-privacy, #me-privacy-policy, #me-privacy-mine; the privacy prompt #privacy-prompt (components/privacy/PrivacyPrompt)
 *   #signin-prompt, #signin-prompt-go (UNAUTHENTICATED), #load-error, #load-retry, #loading
 *   dev builds only, when signed in: #me-dev, #dev-switch-user, #dev-signout
 */
import { View } from '@tarojs/components';
import { useWhoami } from '../../hooks/useWhoami';
import { LoadState } from '../../components/LoadState';
import { ProfileSummary } from '../../components/me/ProfileSummary';
import { ProfileForm } from '../../components/me/ProfileForm';
import { ClaimForm } from '../../components/me/ClaimForm';
import { AdminEntries } from '../../components/me/AdminEntries';
import { WorkEntries } from '../../components/me/WorkEntries';
import { DevSession } from '../../components/me/DevSession';
import { SubscribeQuota } from '../../components/me/SubscribeQuota';
import { PrivacyEntries } from '../../components/me/PrivacyEntries';
import { PrivacyPrompt } from '../../components/privacy/PrivacyPrompt';
import { LargeTypeSwitch } from '../../components/me/LargeTypeSwitch';
import './index.scss';
import { withPageFont } from '../../components/PageFont';

function Me() {
  const whoami = useWhoami();
  const refresh = () => void whoami.reload();
  return (
    <View className="page me">
      <LoadState state={whoami}>
        {(me) => (
          <>
            <ProfileSummary me={me} />
            <ProfileForm name={me.profile.name} phone={me.profile.phone} consent={me.privacyConsent} onSaved={refresh} />
            {me.capabilities.claimInvitation ? <ClaimForm onClaimed={refresh} /> : null}
            <SubscribeQuota />
            <WorkEntries roles={me.roles} />
            <AdminEntries capabilities={me.capabilities} />
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

export default withPageFont(Me);
