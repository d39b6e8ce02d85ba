import { ATTACHMENT_TYPES } from '@shared/announcements/files';
import { typeFromName } from '@shared/files/upload';
import type { PickedFile } from './picked';

const ACCEPT = [
  ...Object.keys(ATTACHMENT_TYPES),
  ...Object.values(ATTACHMENT_TYPES)
    .flat()
    .map((e) => `.${e}`),
].join(',');

/** A browser File as a PickedFile; the type from the extension when the browser gives none (docx on some systems). */
export function fromBrowserFile(file: File): PickedFile {
  const known = (ATTACHMENT_TYPES as Record<string, unknown>)[file.type] ? file.type : null;
  return {
    name: file.name,
    size: file.size,
    type: known ?? (file.type ? file.type : (typeFromName(file.name) ?? '')),
    read: (start, end) =>
      new Promise<string>((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => {
          const url = String(reader.result ?? '');
          resolve(url.slice(url.indexOf(',') + 1));
        };
        reader.onerror = () => reject(reader.error ?? new Error('read failed'));
        reader.readAsDataURL(file.slice(start, end));
      }),
  };
}

/** Opens the browser's file chooser; null when nothing was chosen. */
export function pickFile(): Promise<PickedFile | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = ACCEPT;
    input.style.display = 'none';
    const done = (f: PickedFile | null) => {
      input.remove();
      resolve(f);
    };
    input.addEventListener('change', () => done(input.files && input.files[0] ? fromBrowserFile(input.files[0]) : null));
    input.addEventListener('cancel', () => done(null));
    document.body.appendChild(input);
    input.click();
  });
}
