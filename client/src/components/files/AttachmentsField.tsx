import { useRef, useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import type { FileRef } from '@shared/announcements/files';
import { ATTACHMENT_LIMITS, ATTACHMENT_TYPE_LABELS, attachmentProblem, formatSize } from '@shared/announcements/files';
import type { UploadPurpose } from '@shared/files/upload';
import { UPLOAD_HINT, listProblem, uploadProgressLabel } from '@shared/files/upload';
import { ActionButton } from '../ActionButton';
import { a11y } from '../a11y';
import { pickFile } from '../../services/files/upload';
import { discardFile, sendFile } from '../../services/files/send';
import './files.scss';

export interface AttachmentsFieldProps {
  label: string;
  purpose: UploadPurpose;
  value: FileRef[];
  onChange: (files: FileRef[]) => void;
  disabled?: boolean;
}

/**
 * 附件 / 宣讲资料: the list (name, type, size), 添加附件 (pick → checked here with the shared rules → uploaded
 * in chunks with 已上传 n/m), 删除 per file, the function's Chinese message when it refuses, and the limits.
 * A file uploaded here and then removed is discarded from storage; one that came in `value` (already saved
 * on a draft or a published version) is only taken off the list.
 */
export function AttachmentsField({ label, purpose, value, onChange, disabled }: AttachmentsFieldProps): JSX.Element {
  const [progress, setProgress] = useState<{ name: string; done: number; count: number } | null>(null);
  const [error, setError] = useState('');
  const uploadedHere = useRef(new Set<string>());
  const latest = useRef(value);
  latest.current = value;
  const busy = progress !== null;
  const full = value.length >= ATTACHMENT_LIMITS.maxFiles;

  const add = async () => {
    setError('');
    const file = await pickFile();
    if (!file) return;
    const problem = attachmentProblem(file) ?? listProblem(latest.current, file);
    if (problem) return setError(`${file.name}：${problem}`);
    setProgress({ name: file.name, done: 0, count: 1 });
    const res = await sendFile(file, purpose, (done, count) => setProgress({ name: file.name, done, count }));
    setProgress(null);
    if (!res.ok) return setError(`${file.name}：${res.message}`);
    uploadedHere.current.add(res.file.fileID);
    onChange([...latest.current, res.file]);
  };

  const remove = (f: FileRef) => {
    setError('');
    onChange(latest.current.filter((x) => x.fileID !== f.fileID));
    if (uploadedHere.current.delete(f.fileID)) void discardFile(f.fileID);
  };

  return (
    <View className={`field files-field ${error ? 'field--error' : ''}`}>
      <Text className="field__label">{label}</Text>
      {value.length ? (
        <View className="files-field__list" role="list" aria-label={label}>
          {value.map((f) => (
            <View key={f.fileID} className="files-field__item" role="listitem">
              <View className="files-field__meta">
                <Text className="files-field__name">{f.name}</Text>
                <Text className="files-field__info">
                  {ATTACHMENT_TYPE_LABELS[f.type]} · {formatSize(f.size)}
                </Text>
              </View>
              <Button
                className="btn btn--small files-field__remove"
                aria-label={`删除 ${f.name}`}
                {...(disabled || busy ? { disabled: true } : {})}
                onClick={() => {
                  if (!disabled && !busy) remove(f);
                }}
              >
                删除
              </Button>
            </View>
          ))}
        </View>
      ) : (
        <Text className="files-field__empty">还没有添加{label}</Text>
      )}
      {progress ? (
        <Text className="files-field__progress" {...a11y({ role: 'status', 'aria-live': 'polite' })}>
          {progress.name} {uploadProgressLabel(progress.done, progress.count)}
        </Text>
      ) : null}
      <ActionButton className="files-field__add" small pending={busy} disabled={disabled || full} onPress={() => void add()}>
        添加附件
      </ActionButton>
      {error ? (
        <Text className="field__error" {...a11y({ role: 'alert' })}>
          {error}
        </Text>
      ) : (
        <Text className="field__hint">{UPLOAD_HINT}</Text>
      )}
    </View>
  );
}
