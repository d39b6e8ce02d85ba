import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { a11y } from '../a11y';
import type { FileLinkItem } from './links';
import { documentType, fileLabel, isImage } from './links';
import './files.scss';

/** WeChat: download the temporary URL, then open it (openDocument; images in the image viewer). */
async function open(f: FileLinkItem & { url: string }): Promise<void> {
  if (isImage(f)) {
    await Taro.previewImage({ urls: [f.url], current: f.url }).catch(() => undefined);
    return;
  }
  Taro.showLoading({ title: '正在打开' });
  try {
    const r = await Taro.downloadFile({ url: f.url });
    if (r.statusCode !== 200) throw new Error(String(r.statusCode));
    await Taro.openDocument({ filePath: r.tempFilePath, fileType: documentType(f) as never, showMenu: true });
  } catch {
    void Taro.showToast({ title: '打开文件失败，请稍后再试', icon: 'none' });
  } finally {
    Taro.hideLoading();
  }
}

export function FileLinks({ files, id }: { files: FileLinkItem[]; id?: string }) {
  return (
    <View className="file-links" {...(id ? { id } : {})}>
      {files.map((f) => {
        const url = f.url;
        if (!url) return <Text key={f.fileID} className="attachment">{`📎 ${fileLabel(f)}`}</Text>;
        const go = () => void open({ ...f, url });
        return (
          <View key={f.fileID} className="attachment file-links__link" {...a11y({ role: 'link', tabIndex: 0, 'aria-label': `打开 ${fileLabel(f)}` }, go)} onClick={go}>
            <Text>{`📎 ${fileLabel(f)}`}</Text>
          </View>
        );
      })}
    </View>
  );
}
