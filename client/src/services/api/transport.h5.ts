/** H5: always HTTP to the local host (same origin: TARO_APP_API_BASE is empty). */
export { httpTransport as transport } from './http';
