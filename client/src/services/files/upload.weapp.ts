import Taro from '@tarojs/taro';
import { ATTACHMENT_TYPES } from '@shared/announcements/files';
import { typeFromName } from '@shared/files/upload';
import type { PickedFile } from './picked';

const EXTENSIONS = [...new Set(Object.values(ATTACHMENT_TYPES).flat())];

/** A file from a WeChat chat (chooseMessageFile), read in ranges through the file system manager. */
export async function pickFile(): Promise<PickedFile | null> {
  let chosen: { name: string; size: number; path: string } | undefined;
  try {
    const res = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: EXTENSIONS });
    chosen = res.tempFiles[0];
  } catch {
    return null; // cancelled
  }
  if (!chosen) return null;
  const fs = Taro.getFileSystemManager();
  const { path } = chosen;
  return {
    name: chosen.name,
    size: chosen.size,
    type: typeFromName(chosen.name) ?? '',
    read: (start, end) =>
      new Promise<string>((resolve, reject) => {
        fs.readFile({
          filePath: path,
          encoding: 'base64',
          position: start,
          length: end - start,
          success: (r) => resolve(String(r.data)),
          fail: (e) => reject(new Error(e.errMsg)),
        });
      }),
  };
}
