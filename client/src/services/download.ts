import Taro from '@tarojs/taro';

/** A file as a browser download (H5). */
export function saveBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * An exported xlsx (base64) to the person: on H5 a browser download; on weapp written to the user data folder
 * and opened with the system viewer (where it can be forwarded or saved).
 */
export async function saveXlsx(filename: string, base64: string): Promise<void> {
  if (process.env.TARO_ENV === 'h5') {
    const bin = atob(base64);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    saveBlob(filename, new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
    return;
  }
  const filePath = `${Taro.env.USER_DATA_PATH}/${filename}`;
  await new Promise<void>((resolve, reject) => {
    Taro.getFileSystemManager().writeFile({
      filePath,
      data: base64,
      encoding: 'base64',
      success: () => resolve(),
      fail: (e) => reject(new Error(e.errMsg)),
    });
  });
  await Taro.openDocument({ filePath, fileType: 'xlsx', showMenu: true });
}

/**
 * A JSON document to the person: on H5 a browser download; on weapp written to the user data folder and offered
 * to send to a chat (the system viewer does not open .json).
 */
export async function saveJson(filename: string, value: unknown): Promise<void> {
  const text = JSON.stringify(value, null, 2);
  if (process.env.TARO_ENV === 'h5') {
    saveBlob(filename, new Blob([text], { type: 'application/json;charset=utf-8' }));
    return;
  }
  const filePath = `${Taro.env.USER_DATA_PATH}/${filename}`;
  await new Promise<void>((resolve, reject) => {
    Taro.getFileSystemManager().writeFile({
      filePath,
      data: text,
      encoding: 'utf8',
      success: () => resolve(),
      fail: (e) => reject(new Error(e.errMsg)),
    });
  });
  await Taro.shareFileMessage({ filePath, fileName: filename });
}
