import Taro from '@tarojs/taro';
import { PRIVACY_POLICY_VERSION } from '@shared/privacy';
import { api } from '../api';

/**
 * Consent to the privacy guide before the first collection of personal data: remembered on the device (the
 * version agreed to) and recorded by identity.privacy.consent. `ensureConsent()` answers at once when the
 * device remembers the current version; otherwise it opens the page's <PrivacyPrompt> and waits for the
 * person's answer. The function refuses a profile save without consent (CONSENT_REQUIRED) whatever the
 * device remembers.
 */
export const CONSENT_KEY = 'privacy.consent';

export function rememberedConsent(): boolean {
  try {
    return Taro.getStorageSync(CONSENT_KEY) === PRIVACY_POLICY_VERSION;
  } catch {
    return false;
  }
}

export function forgetConsent(): void {
  try {
    Taro.removeStorageSync(CONSENT_KEY);
  } catch {
    // storage unavailable: nothing remembered
  }
}

type Opener = (answer: (agreed: boolean) => void) => void;
/** The mounted prompts, the one in front last: a page shown again moves its own to the end. */
const openers: Opener[] = [];
let waiting: Promise<boolean> | null = null;

/**
 * A mounted prompt registers how to open it (one per page; the page in front wins). Registering again (the page
 * is shown again) brings it to the front; unregistering (the page or the form is gone) hands back to the one before.
 */
export function registerPrompt(open: Opener): () => void {
  const at = openers.indexOf(open);
  if (at >= 0) openers.splice(at, 1);
  openers.push(open);
  return () => {
    const i = openers.indexOf(open);
    if (i >= 0) openers.splice(i, 1);
  };
}

/** Open the prompt (once, even when asked twice) and resolve with the person's answer. */
export function askConsent(): Promise<boolean> {
  if (waiting) return waiting;
  const open = openers[openers.length - 1];
  if (!open) return Promise.resolve(false);
  waiting = new Promise<boolean>((resolve) => open(resolve)).finally(() => {
    waiting = null;
  });
  return waiting;
}

/** True when the person has agreed (now or before); `server` is whoami's privacyConsent when the page has it. */
export async function ensureConsent(server?: { version: string } | null): Promise<boolean> {
  if (server?.version === PRIVACY_POLICY_VERSION || (server === undefined && rememberedConsent())) {
    if (!rememberedConsent()) Taro.setStorageSync(CONSENT_KEY, PRIVACY_POLICY_VERSION);
    return true;
  }
  return askConsent();
}

/** The person tapped 同意: recorded by the function, then remembered here. Returns the function's message on failure. */
export async function agree(): Promise<string | null> {
  const res = await api.identity['privacy.consent']({ version: PRIVACY_POLICY_VERSION });
  if (!res.ok) return res.message;
  Taro.setStorageSync(CONSENT_KEY, PRIVACY_POLICY_VERSION);
  return null;
}
