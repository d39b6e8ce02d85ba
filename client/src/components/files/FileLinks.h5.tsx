import { Text, View } from '@tarojs/components';
import type { FileLinkItem } from './links';
import { fileLabel } from './links';
import './files.scss';

/** H5: each file a normal link to its temporary URL (the browser downloads or shows it). */
export function FileLinks({ files, id }: { files: FileLinkItem[]; id?: string }) {
  return (
    <View className="file-links" {...(id ? { id } : {})}>
      {files.map((f) =>
        f.url ? (
          <a key={f.fileID} className="attachment file-links__link" href={f.url} download={f.name} target="_blank" rel="noopener noreferrer">
            {`📎 ${fileLabel(f)}`}
          </a>
        ) : (
          <Text key={f.fileID} className="attachment">{`📎 ${fileLabel(f)}`}</Text>
        ),
      )}
    </View>
  );
}
