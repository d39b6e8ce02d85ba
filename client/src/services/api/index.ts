import { identity } from '@shared/contracts/identity';
import { eligibility } from '@shared/contracts/eligibility';
import { applicationRecords } from '@shared/contracts/applications';
import { createApi, type ContractRegistry } from './client';
import { transport } from './transport';

const contracts: ContractRegistry = { identity, eligibility, applications: applicationRecords };

/** The app's API object: `await api.identity.whoami({})` → `Envelope<OutputOf<'identity','whoami'>>`. */
export const api = createApi(transport, contracts);

/** A subpackage's `api.ts` adds the contracts its pages call, so their inputs are checked on the phone too. */
export function registerContracts(more: ContractRegistry): void {
  for (const fn of Object.keys(more) as (keyof ContractRegistry)[])
    (contracts as Record<string, object>)[fn] = { ...contracts[fn], ...more[fn] };
}

export { createApi } from './client';
export type { ContractRegistry } from './client';
export { DEV_TOKEN_KEY, clearDevToken, getDevToken, setDevToken } from './token';
export { NETWORK_MESSAGE } from './envelope';
export type { Api, CallOptions, Transport, TransportEvent } from './types';
