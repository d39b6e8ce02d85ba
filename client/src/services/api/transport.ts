/**
 * Default transport (what TypeScript sees, and any platform without its own file): HTTP.
 * Taro's build picks `transport.weapp.ts` / `transport.h5.ts` by platform before this file.
 */
export { httpTransport as transport } from './http';
