import { PEOPLE } from '../../test/fixtures/announcements';
import { ATTACHMENT_LIMITS } from '../announcements/files';
import {
  UPLOAD_CHUNK_BYTES,
  UPLOAD_MAX_CHUNKS,
  base64Bytes,
  chunkBytes,
  chunkCount,
  listProblem,
  mayUpload,
  parseUploadFileId,
  safeFileName,
  sniffMatches,
  typeFromName,
  uploadHeaderSchema,
  uploadPath,
} from './upload';

const PDF = 'application/pdf';
const bytes = (...xs: number[]) => Uint8Array.from([...xs, 0, 0, 0, 0, 0, 0, 0, 0]);
const b64 = (n: number) => Buffer.alloc(n, 7).toString('base64');
const header = (o: Record<string, unknown> = {}) => ({ uploadId: 'u-12345678', purpose: 'announcement', name: '通知.pdf', type: PDF, size: 1000, index: 0, count: 1, data: b64(1000), ...o });
const messages = (v: unknown) => {
  const r = uploadHeaderSchema.safeParse(v);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

describe('who may upload', () => {
  it('announcement files: exactly those with a publisher capacity; briefing materials: those who organize briefings', () => {
    expect(mayUpload(PEOPLE.cityOfficer, 'announcement')).toBe(true);
    expect(mayUpload(PEOPLE.kdlOfficer, 'announcement')).toBe(true);
    expect(mayUpload(PEOPLE.gxHr, 'announcement')).toBe(true);
    expect(mayUpload(PEOPLE.bodyStaff, 'announcement')).toBe(true);
    expect(mayUpload(PEOPLE.gxEngineer, 'announcement')).toBe(false);
    expect(mayUpload(PEOPLE.cityOfficer, 'briefing')).toBe(true);
    expect(mayUpload(PEOPLE.admin, 'briefing')).toBe(true);
    expect(mayUpload(PEOPLE.kdlOfficer, 'briefing')).toBe(true);
    expect(mayUpload(PEOPLE.gxHr, 'briefing')).toBe(false);
    expect(mayUpload(PEOPLE.bodyStaff, 'briefing')).toBe(false);
    expect(mayUpload(PEOPLE.gxEngineer, 'briefing')).toBe(false);
  });
});

describe('chunks', () => {
  it('count = ceil(size / chunk); every chunk full but the last', () => {
    expect(UPLOAD_CHUNK_BYTES).toBe(256 * 1024);
    expect(chunkCount(1)).toBe(1);
    expect(chunkCount(UPLOAD_CHUNK_BYTES)).toBe(1);
    expect(chunkCount(UPLOAD_CHUNK_BYTES + 1)).toBe(2);
    expect(chunkCount(600_000)).toBe(3);
    expect(UPLOAD_MAX_CHUNKS).toBe(80);
    expect([0, 1, 2].map((i) => chunkBytes(600_000, i))).toEqual([262_144, 262_144, 600_000 - 2 * 262_144]);
    expect(chunkBytes(600_000, 3)).toBe(0);
    expect(base64Bytes(b64(1))).toBe(1);
    expect(base64Bytes(b64(2))).toBe(2);
    expect(base64Bytes(b64(3))).toBe(3);
    // A full chunk in base64 fits a 1 MB request many times over.
    expect(b64(UPLOAD_CHUNK_BYTES).length).toBeLessThan(400 * 1024);
  });

  it('the header is checked before anything is stored: type, size, count, index, the chunk’s bytes', () => {
    expect(messages(header())).toEqual([]);
    expect(messages(header({ size: ATTACHMENT_LIMITS.maxBytes + 1, count: chunkCount(ATTACHMENT_LIMITS.maxBytes + 1) }))).toEqual(['文件不能超过 20 MB']);
    expect(messages(header({ name: 'a.exe', type: 'application/x-msdownload' }))[0]).toContain('不支持这种文件类型');
    expect(messages(header({ name: 'a.docx' }))[0]).toContain('扩展名与文件类型不符');
    expect(messages(header({ count: 2 }))).toEqual(['分片数与文件大小不符']);
    expect(messages(header({ index: 1 }))).toEqual(['分片序号超出范围']);
    expect(messages(header({ index: -1 }))).toEqual(['分片序号超出范围']);
    expect(messages(header({ data: b64(999) }))).toEqual(['分片大小不正确，请重新上传']);
    expect(messages(header({ data: '***' }))).toEqual(['文件内容编码不正确']);
    expect(messages(header({ purpose: 'avatar' }))).toEqual(['上传用途不正确']);
    expect(messages(header({ uploadId: '../x' }))).toEqual(['上传编号格式不正确']);
    expect(messages(header({ data: b64(UPLOAD_CHUNK_BYTES + 3) }))).toContain('一次上传的内容过大');
  });
});

describe('magic bytes', () => {
  it('each type’s files start with their signature; an .exe renamed .pdf does not', () => {
    expect(sniffMatches(bytes(0x25, 0x50, 0x44, 0x46, 0x2d), PDF)).toBe(true);
    expect(sniffMatches(bytes(0x4d, 0x5a, 0x90, 0x00), PDF)).toBe(false); // MZ: a Windows executable
    expect(sniffMatches(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), 'image/png')).toBe(true);
    expect(sniffMatches(bytes(0xff, 0xd8, 0xff, 0xe0), 'image/jpeg')).toBe(true);
    expect(sniffMatches(bytes(0xff, 0xd8, 0xff, 0xe0), 'image/png')).toBe(false);
    const zip = bytes(0x50, 0x4b, 0x03, 0x04);
    expect(sniffMatches(zip, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBe(true);
    expect(sniffMatches(zip, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')).toBe(true);
    expect(sniffMatches(zip, 'application/vnd.openxmlformats-officedocument.presentationml.presentation')).toBe(true);
    const ole = bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1);
    expect(sniffMatches(ole, 'application/msword')).toBe(true);
    expect(sniffMatches(ole, 'application/vnd.ms-excel')).toBe(true);
    expect(sniffMatches(ole, 'application/vnd.ms-powerpoint')).toBe(true);
    expect(sniffMatches(zip, 'application/msword')).toBe(false);
    expect(sniffMatches(Uint8Array.from([0x25]), PDF)).toBe(false);
  });

  it('a picker without MIME types gets the type from the extension', () => {
    expect(typeFromName('课件.PPTX')).toBe('application/vnd.openxmlformats-officedocument.presentationml.presentation');
    expect(typeFromName('a.jpeg')).toBe('image/jpeg');
    expect(typeFromName('a.exe')).toBeNull();
    expect(typeFromName('README')).toBeNull();
  });
});

describe('paths and names', () => {
  it('the cloud path holds the purpose’s folder, the uploader hash and the upload id — never the file name', () => {
    const path = uploadPath('announcement', '0123456789abcdef', 'u-12345678', PDF);
    expect(path).toBe('announcements/0123456789abcdef/u-12345678/1.pdf');
    expect(uploadPath('briefing', '0123456789abcdef', 'u-12345678', 'application/vnd.ms-powerpoint')).toBe('briefings/0123456789abcdef/u-12345678/1.ppt');
    expect(parseUploadFileId(`cloud://local.6c6f-local-1250000000/${path}`)).toEqual({ purpose: 'announcement', uploaderHash: '0123456789abcdef', uploadId: 'u-12345678' });
    expect(parseUploadFileId('cloud://local.6c6f-local-1250000000/announcements/a.exe')).toBeNull();
    expect(parseUploadFileId('cloud://local.6c6f-local-1250000000/briefings/b-1/slides.pptx')).toBeNull();
  });

  it('a device’s file name is made safe: forbidden characters become _, long names are cut keeping the extension', () => {
    expect(safeFileName('a:b*c?.pdf')).toBe('a_b_c_.pdf');
    const long = safeFileName(`${'长'.repeat(100)}.pdf`);
    expect([...long].length).toBe(ATTACHMENT_LIMITS.maxNameLength);
    expect(long.endsWith('.pdf')).toBe(true);
    expect(uploadHeaderSchema.parse(header({ name: '第1版:通知.pdf' })).name).toBe('第1版_通知.pdf');
  });

  it('one more file on a list: at most 10, at most 50 MB together', () => {
    const f = { name: 'a.pdf', size: 1000 };
    expect(listProblem([], f)).toBeNull();
    expect(listProblem(Array(10).fill(f), f)).toBe('附件最多 10 个');
    expect(listProblem([{ name: 'a.pdf', size: 45 * 1024 * 1024 }], { name: 'b.pdf', size: 6 * 1024 * 1024 })).toBe('附件合计不能超过 50 MB');
  });
});
