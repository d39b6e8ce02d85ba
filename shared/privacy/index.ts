/**
 * 个人信息保护 (个人信息保护法; WeChat 用户隐私保护指引): what the product collects, why, for how long and who
 * sees it; the consent a person gives before the first collection; what "my data" is (export) and what
 * deleting an account removes or anonymises. One place for both sides: the privacy page reads COLLECTED,
 * the identity function reads MY_DATA and the version.
 */

/** The version of the privacy guide a consent refers to; a new version asks everyone again. */
export const PRIVACY_POLICY_VERSION = '2026-12-01';
export const PRIVACY_GUIDE_NAME = '《职称通隐私保护指引》';

/** What the function says when a profile is saved before consent (code CONSENT_REQUIRED). */
export const CONSENT_REQUIRED_MESSAGE = `请先阅读并同意${PRIVACY_GUIDE_NAME}，再保存个人资料`;

/** The words a person types to confirm deleting their account. */
export const DELETE_CONFIRMATION = '确认注销';
export const DELETE_CONFIRMATION_MESSAGE = `请输入“${DELETE_CONFIRMATION}”四个字以确认注销`;
/** The name kept on audited records of a deleted account. */
export const ANONYMOUS_NAME = '已注销用户';
/** Prefix of the one-way pseudonym that replaces a deleted person's openid on kept records. */
export const PSEUDONYM_PREFIX = 'deleted-';

export interface PrivacyConsent {
  version: string;
  at: string;
}

/** Consent counts only for the current version of the guide. */
export function hasConsent(c: PrivacyConsent | null | undefined, version = PRIVACY_POLICY_VERSION): boolean {
  return !!c && c.version === version;
}

/** Deleting waits while a file is being handled: the bureau still needs to reach the applicant. */
export const DELETE_BLOCKED_BY_OPEN_APPLICATION = '您有正在办理的职称申报，请先撤回或等办结后再注销账号';
