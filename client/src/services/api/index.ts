import { createApi } from './client';
import { transport } from './transport';

/** The app's API object: `await api.identity.whoami({})` → `Envelope<OutputOf<'identity','whoami'>>`. */
export const api = createApi(transport);

export { createApi } from './client';
export { DEV_TOKEN_KEY, clearDevToken, getDevToken, setDevToken } from './token';
export { NETWORK_MESSAGE } from './envelope';
export type { Api, CallOptions, Transport, TransportEvent } from './types';
