/**
 * Picking a file to upload: <input type="file"> on H5 (upload.h5.ts), chooseMessageFile in WeChat
 * (upload.weapp.ts). Taro's build picks the platform file before this one; TypeScript and Jest see H5.
 */
export { pickFile } from './upload.h5';
export type { PickedFile } from './picked';
