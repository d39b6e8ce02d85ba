import type { Application, Party, PublicNotice } from '../application';
import type { Recipient } from '../effects';
import type { Change } from './define';

/** Pieces of `apply` several actions share: whom to tell, closing a notice, a step that changes nothing else. */
export const titleOf = (app: Application) => app.title.titleName;
export const toApplicant = (app: Application): Recipient => ({ openid: app.applicant.openid });
export const toEmployer = (app: Application): Recipient => ({ role: 'employer_hr', scope: { kind: 'org', orgId: app.employer.orgId } });

export function partyRecipient(app: Application, party: Party): Recipient {
  if (party === 'applicant') return toApplicant(app);
  if (party === 'employer') return toEmployer(app);
  return { role: 'recommender', scope: { kind: 'org', orgId: app.recommendingBody!.orgId! } };
}

export function closeNotice(
  notice: PublicNotice | undefined,
  at: string,
  outcome: NonNullable<PublicNotice['closed']>['outcome'],
): PublicNotice | undefined {
  return notice && !notice.closed ? { ...notice, closed: { at, outcome } } : notice;
}

export const nothing = (summary: string): Change => ({ patch: {}, effects: [], summary });
