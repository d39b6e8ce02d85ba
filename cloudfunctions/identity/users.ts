import type { PrivacyConsent } from '../../shared/privacy';

/** The `users` document (`_id` = openid): profile, the consent on record. */
export interface UserDoc {
  _id: string;
  openid: string;
  name?: string;
  phone?: string;
  privacyConsent?: PrivacyConsent;
  version: number;
  createdAt: string;
  updatedAt: string;
}
