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
    Taro.getFileSystemManager().writeFile({ filePath, data: base64, encoding: 'base64', success: () => resolve(), fail: (e) => reject(new Error(e.errMsg)) });
  });
  await Taro.openDocument({ filePath, fileType: 'xlsx', showMenu: true });
}
