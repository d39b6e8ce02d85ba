import type { Workflow } from '../application';
import type { Who } from '../transitions';

/** The parties of the transition table's rules (scopes: transitions.ts), and the workflows they apply in. */
export const APPLICANT: Who[] = [{ role: 'applicant', scope: 'own' }];
export const PUBLIC: Who[] = [{ role: 'applicant', scope: 'public' }];
export const EMPLOYER: Who[] = [{ role: 'employer_hr', scope: 'employer' }];
export const BODY: Who[] = [{ role: 'recommender', scope: 'body' }];
export const CITY: Who[] = [
  { role: 'city_officer', scope: 'city' },
  { role: 'admin', scope: 'city' },
];
export const OFFICERS: Who[] = [{ role: 'district_officer', scope: 'district' }, ...CITY];
export const HOLDER: Who[] = [
  { role: 'applicant', scope: 'holder' },
  { role: 'employer_hr', scope: 'holder' },
  { role: 'recommender', scope: 'holder' },
];

export const S: Workflow[] = ['socialized'];
export const G: Workflow[] = ['green_channel'];
export const SG: Workflow[] = ['socialized', 'green_channel'];
