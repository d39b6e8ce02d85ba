import { defineFunction } from '../kit/dispatch';
import { identity } from '../../shared/contracts/identity';
import { whoami } from './handlers/whoami';
import { updateProfile } from './handlers/update-profile';
import { grantRole, revokeRole } from './handlers/roles';
import { claimInvitation, issueInvitation } from './handlers/invitations';
import { listOrganizations, upsertOrganization } from './handlers/organizations';
import { privacyConsent } from './handlers/privacy';
import { mineDelete, mineExport } from './handlers/mine';
import { listGrants, searchPeople } from './handlers/people';

/** Cloud function `identity`: who you are, your roles, organizations and invitations. */
export const main = defineFunction('identity', identity, {
  whoami,
  updateProfile,
  grantRole,
  revokeRole,
  'people.search': searchPeople,
  'grants.list': listGrants,
  issueInvitation,
  claimInvitation,
  listOrganizations,
  upsertOrganization,
  'privacy.consent': privacyConsent,
  'mine.export': mineExport,
  'mine.delete': mineDelete,
});
