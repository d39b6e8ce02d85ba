/* eslint-disable @typescript-eslint/no-explicit-any -- the mocked API sees inputs loosely */
/**
 * AttachmentsField and FileLinks in jsdom: a wrong type refused before anything is sent, the upload's
 * progress (已上传 n/m) while chunks go out one by one, the uploaded file listed (name, type, size) and
 * handed to onChange, the function's Chinese refusal shown, 删除 discarding a file uploaded here; the
 * download list's links. The picker and the API are mocked at the module boundary.
 */
import { act, fireEvent, render, waitFor } from '@testing-library/react';
import { useState } from 'react';
import type { FileRef } from '@shared/announcements/files';
import { UPLOAD_CHUNK_BYTES } from '@shared/files/upload';

const calls: { fn: string; action: string; input: any }[] = [];
let answer: (action: string, input: any) => Promise<unknown> = async () => new Promise(() => undefined);
jest.mock('../../../client/src/services/api', () => ({
  api: new Proxy(
    {},
    {
      get: (_t, fn: string) =>
        new Proxy(
          {},
          {
            get: (_u, action: string) => async (input: unknown) => {
              calls.push({ fn, action, input });
              return answer(action, input);
            },
          },
        ),
    },
  ),
}));
let picked: unknown = null;
jest.mock('../../../client/src/services/files/upload', () => ({ pickFile: async () => picked }));

import { AttachmentsField } from '../../../client/src/components/files/AttachmentsField';
import { FileLinks } from '../../../client/src/components/files/FileLinks';

const ok = <T,>(data: T) => ({ ok: true as const, data, requestId: 'r1' });
const fakeFile = (name: string, type: string, size: number) => ({
  name,
  type,
  size,
  read: async (s: number, e: number) => Buffer.alloc(e - s, 1).toString('base64'),
});
const REF: FileRef = {
  fileID: 'cloud://local.6c6f-local-1250000000/announcements/0123456789abcdef/u-1234567890/1.pdf',
  name: '申报材料清单.pdf',
  size: 1_100_000,
  type: 'application/pdf',
};

function Harness({ initial = [] as FileRef[], onChange = (_f: FileRef[]) => undefined as void }) {
  const [files, setFiles] = useState<FileRef[]>(initial);
  return (
    <AttachmentsField
      label="附件"
      purpose="announcement"
      value={files}
      onChange={(f) => {
        setFiles(f);
        onChange(f);
      }}
    />
  );
}
const addButton = (c: HTMLElement) =>
  Array.from(c.querySelectorAll('.files-field__add')).find((e) => e.textContent?.includes('添加附件')) as HTMLElement;

beforeEach(() => {
  calls.length = 0;
  picked = null;
  answer = async () => new Promise(() => undefined);
});

describe('AttachmentsField', () => {
  it('shows the limits as a hint and an accessible 添加附件 button', () => {
    const { container } = render(<Harness />);
    expect(container.textContent).toContain('支持 PDF、Word、Excel、PPT、JPG、PNG，单个不超过 20 MB，最多 10 个');
    expect(addButton(container)).toBeTruthy();
    expect(container.textContent).toContain('还没有添加附件');
  });

  it('refuses a wrong type before uploading anything', async () => {
    picked = fakeFile('setup.exe', 'application/x-msdownload', 1000);
    const { container } = render(<Harness />);
    await act(async () => fireEvent.click(addButton(container)));
    await waitFor(() => expect(container.querySelector('[role="alert"]')?.textContent).toContain('setup.exe：不支持这种文件类型'));
    expect(calls).toHaveLength(0);
  });

  it('uploads chunk by chunk with 已上传 n/m, then lists the file and hands it to onChange', async () => {
    picked = fakeFile('申报材料清单.pdf', 'application/pdf', 1_100_000); // 5 chunks
    const releases: (() => void)[] = [];
    answer = (action, input) =>
      new Promise((resolve) => {
        releases.push(() =>
          resolve(
            input.index === input.count - 1
              ? ok({ status: 'done', file: REF })
              : ok({ status: 'partial', received: input.index + 1, count: input.count }),
          ),
        );
      });
    const changes: FileRef[][] = [];
    const { container } = render(<Harness onChange={(f) => void changes.push(f)} />);
    await act(async () => fireEvent.click(addButton(container)));
    for (let i = 0; i < 3; i++) {
      await waitFor(() => expect(releases).toHaveLength(i + 1));
      await act(async () => releases[i]());
    }
    await waitFor(() => expect(container.querySelector('[role="status"]')?.textContent).toBe('申报材料清单.pdf 已上传 3/5'));
    expect(calls.map((c) => c.input.index)).toEqual([0, 1, 2, 3]);
    expect(calls[0]).toMatchObject({
      fn: 'announcements',
      action: 'files.upload',
      input: { purpose: 'announcement', name: '申报材料清单.pdf', type: 'application/pdf', size: 1_100_000, count: 5 },
    });
    expect(Buffer.from(calls[0].input.data, 'base64')).toHaveLength(UPLOAD_CHUNK_BYTES);
    for (let i = 3; i < 5; i++) {
      await waitFor(() => expect(releases).toHaveLength(i + 1));
      await act(async () => releases[i]());
    }
    await waitFor(() => expect(container.querySelector('[role="listitem"]')?.textContent).toContain('申报材料清单.pdf'));
    expect(container.querySelector('[role="listitem"]')?.textContent).toContain('PDF · 1.0 MB');
    expect(container.querySelector('[role="status"]')).toBeNull();
    expect(changes).toEqual([[REF]]);
  });

  it('shows the function’s Chinese refusal', async () => {
    picked = fakeFile('通知.pdf', 'application/pdf', 1000);
    answer = async () => ({
      ok: false,
      code: 'VALIDATION',
      message: '输入有误',
      requestId: 'r',
      issues: [{ path: 'data', message: '文件内容与类型不符' }],
    });
    const { container } = render(<Harness />);
    await act(async () => fireEvent.click(addButton(container)));
    await waitFor(() => expect(container.querySelector('[role="alert"]')?.textContent).toBe('通知.pdf：文件内容与类型不符'));
    expect(container.querySelectorAll('[role="listitem"]')).toHaveLength(0);
  });

  it('删除 discards a file uploaded here; one that came saved is only taken off the list', async () => {
    picked = fakeFile('申报材料清单.pdf', 'application/pdf', 1000);
    answer = async (action) => (action === 'files.upload' ? ok({ status: 'done', file: REF }) : ok({ deleted: true }));
    const saved: FileRef = { ...REF, fileID: REF.fileID.replace('u-1234567890', 'u-saved00000'), name: '旧附件.pdf' };
    const { container } = render(<Harness initial={[saved]} />);
    await act(async () => fireEvent.click(addButton(container)));
    await waitFor(() => expect(container.querySelectorAll('[role="listitem"]')).toHaveLength(2));
    const remove = (name: string) => container.querySelector(`[aria-label="删除 ${name}"]`) as HTMLElement;
    await act(async () => fireEvent.click(remove('申报材料清单.pdf')));
    await act(async () => fireEvent.click(remove('旧附件.pdf')));
    expect(container.querySelectorAll('[role="listitem"]')).toHaveLength(0);
    expect(calls.filter((c) => c.action === 'files.discard').map((c) => c.input)).toEqual([{ fileID: REF.fileID }]);
  });
});

describe('FileLinks (H5)', () => {
  it('a file with a URL is a normal link; one without is only named', () => {
    const { container } = render(
      <FileLinks
        files={[
          {
            fileID: 'f1',
            name: '申报材料清单.pdf',
            type: 'application/pdf',
            sizeText: '600 KB',
            url: 'http://127.0.0.1:1/__storage/file/x.pdf?sign=1',
          },
          {
            fileID: 'f2',
            name: '草稿附件.docx',
            type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
            sizeText: '20 KB',
          },
        ]}
      />,
    );
    const links = container.querySelectorAll('a');
    expect(links).toHaveLength(1);
    expect(links[0].getAttribute('href')).toBe('http://127.0.0.1:1/__storage/file/x.pdf?sign=1');
    expect(links[0].getAttribute('download')).toBe('申报材料清单.pdf');
    expect(links[0].textContent).toBe('📎 申报材料清单.pdf（PDF · 600 KB）');
    expect(container.textContent).toContain('草稿附件.docx（Word · 20 KB）');
  });
});
