import type { AttachmentType } from '@shared/announcements/files';
import { ATTACHMENT_TYPE_LABELS, ATTACHMENT_TYPES } from '@shared/announcements/files';

/** A file as the detail answers carry it: the URL only where the viewer may open it (published, or the publisher's staff). */
export interface FileLinkItem {
  fileID: string;
  name: string;
  type: AttachmentType;
  sizeText: string;
  url?: string;
}

/** '申报材料清单.pdf（PDF · 600 KB）' — what the link says and what a screen reader reads. */
export function fileLabel(f: FileLinkItem): string {
  return `${f.name}（${ATTACHMENT_TYPE_LABELS[f.type]} · ${f.sizeText}）`;
}

/** The extension WeChat's openDocument wants as fileType. */
export function documentType(f: Pick<FileLinkItem, 'type'>): string {
  return ATTACHMENT_TYPES[f.type][0];
}

export const isImage = (f: Pick<FileLinkItem, 'type'>) => f.type.startsWith('image/');
