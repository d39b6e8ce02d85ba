/* eslint-disable @typescript-eslint/no-explicit-any -- JSON answers are inspected loosely in tests */
/**
 * Files (issue 8) through the real SDK against a fresh local gateway: an attachment uploaded in chunks
 * (announcements.files.upload), attached to a draft, private while it is one, and downloaded by a targeted
 * reader byte for byte once published; a replayed chunk stored once; an .exe renamed .pdf refused by its
 * magic bytes; an oversized or out-of-range chunk refused before anything is stored; a non-publisher refused;
 * an abandoned upload leaving nothing in storage (and swept after a day); discard; attachments that are not
 * the publisher side's own uploads, or do not exist, refused in Chinese.
 */
import { randomBytes } from 'node:crypto';
import { sweepUploads, uploaderHash } from '../../cloudfunctions/announcements/uploads';
import { cloud as sdk } from '../../cloudfunctions/kit/cloud';
import { UPLOAD_CHUNK_BYTES, chunkCount, uploadPath } from '../../shared/files/upload';
import { LOCAL_ENV_ID } from '../../local/host/context';
import { ok, startCloud, type Cloud } from '../support/cloud';
import { arrange, KDL, U } from '../support/fixtures';

jest.setTimeout(180_000);

let cloud: Cloud;
const call = (action: string, input: unknown, openid?: string) => cloud.call('announcements', action, input, openid);
const KDL_OFFICER = { role: 'district_officer', scope: { kind: 'district', district: KDL } };
/** CloudBase's fileID bucket for the env: `<env>.<hex of its first 2 characters>-<env>-<appid>`. */
const BUCKET = `${LOCAL_ENV_ID}.${Buffer.from(LOCAL_ENV_ID.slice(0, 2)).toString('hex')}-${LOCAL_ENV_ID}-1250000000`;
const PDF = 'application/pdf';

const pdfBytes = (size: number) => Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(size - 9)]);
let seq = 0;
const newUploadId = () => `it-${Date.now().toString(36)}-${++seq}`;

/** Every chunk of `bytes` in order; the answers of each call. */
async function upload(openid: string, bytes: Buffer, o: { name?: string; type?: string; purpose?: string; uploadId?: string } = {}) {
  const uploadId = o.uploadId ?? newUploadId();
  const count = chunkCount(bytes.length);
  const answers: any[] = [];
  for (let index = 0; index < count; index++) answers.push(await sendChunk(openid, bytes, index, { ...o, uploadId }));
  return { uploadId, answers, last: answers[answers.length - 1] };
}
function sendChunk(openid: string, bytes: Buffer, index: number, o: { name?: string; type?: string; purpose?: string; uploadId: string; size?: number; count?: number }) {
  const data = bytes.subarray(index * UPLOAD_CHUNK_BYTES, (index + 1) * UPLOAD_CHUNK_BYTES).toString('base64');
  const size = o.size ?? bytes.length;
  return call(
    'files.upload',
    { uploadId: o.uploadId, purpose: o.purpose ?? 'announcement', name: o.name ?? '申报材料清单.pdf', type: o.type ?? PDF, size, index, count: o.count ?? chunkCount(size), data },
    openid,
  );
}
const fileIdOf = (openid: string, uploadId: string, purpose: 'announcement' | 'briefing' = 'announcement', type: any = PDF) =>
  `cloud://${BUCKET}/${uploadPath(purpose, uploaderHash(openid), uploadId, type)}`;
async function inStorage(fileID: string): Promise<boolean> {
  const r = (await sdk().getTempFileURL({ fileList: [{ fileID, maxAge: 60 }] })) as any;
  return r.fileList?.[0]?.code === 'SUCCESS';
}
const chunksOf = async (openid: string, uploadId: string) => (await cloud.db.collection('upload_chunks').where({ uploadKey: `${uploaderHash(openid)}:${uploadId}` }).count()).total;

const content = (title: string, attachments: unknown[]) => ({
  title,
  category: 'application_notice',
  body: [{ type: 'paragraph', content: [{ text: `${title}：附件为申报材料清单，请下载。` }] }],
  attachments,
  target: { districts: [KDL] },
});

beforeAll(async () => {
  cloud = await startCloud();
  await arrange(cloud);
  const app = (id: string, openid: string, employerOrgId: string) =>
    cloud.db.collection('applications').doc(id).set({ applicantOpenid: openid, employerOrgId, bodyOrgId: null, open: true, updatedAt: '2026-11-01T00:00:00.000Z' });
  await app('files-app-alice', U.alice, 'emp-kdl');
  const { refreshAllRecipients } = await import('../../cloudfunctions/kit/recipients');
  await refreshAllRecipients(cloud.db);
});
afterAll(() => cloud.close());
beforeEach(() => cloud.db.collection('rate_limits').where({ count: cloud.db.command.gte(0) }).remove());

describe('an attachment from upload to download', () => {
  it('a 600 KB PDF in 3 chunks (one replayed) → a draft (private) → published → the targeted reader downloads the same bytes', async () => {
    const bytes = pdfBytes(600 * 1024);
    const uploadId = newUploadId();
    const a0 = ok(await sendChunk(U.kdl, bytes, 0, { uploadId }));
    expect(a0).toEqual({ status: 'partial', received: 1, count: 3 });
    expect(ok(await sendChunk(U.kdl, bytes, 2, { uploadId }))).toEqual({ status: 'partial', received: 2, count: 3 });
    // The same chunk again: stored once.
    expect(ok(await sendChunk(U.kdl, bytes, 2, { uploadId }))).toEqual({ status: 'partial', received: 2, count: 3 });
    expect(await chunksOf(U.kdl, uploadId)).toBe(2);
    expect(await inStorage(fileIdOf(U.kdl, uploadId))).toBe(false);
    const done = ok(await sendChunk(U.kdl, bytes, 1, { uploadId }));
    expect(done).toEqual({ status: 'done', file: { fileID: fileIdOf(U.kdl, uploadId), name: '申报材料清单.pdf', size: bytes.length, type: PDF } });
    expect(done.file.fileID).not.toContain('申报材料清单');
    expect(await chunksOf(U.kdl, uploadId)).toBe(0);
    // The last chunk replayed after assembly: the same file, nothing stored again.
    expect(ok(await sendChunk(U.kdl, bytes, 1, { uploadId }))).toEqual(done);
    expect(await chunksOf(U.kdl, uploadId)).toBe(0);

    const d = ok(await call('draft.save', { publisher: KDL_OFFICER, content: content('职称申报材料清单', [done.file]) }, U.kdl));
    expect(d.announcement.content.attachments).toHaveLength(1);
    // Private while a draft: the targeted reader and another publisher cannot open it at all, so no URL.
    for (const who of [U.alice, U.hrKdl, U.gx]) {
      const r = await call('get', { id: d.announcement.id }, who);
      expect(r.ok ? JSON.stringify(r.data) : r.code).not.toContain('__storage/file');
      if (!r.ok) expect(r.code).toBe('NOT_FOUND');
    }
    // The file cannot be discarded while the draft refers to it.
    expect(await call('files.discard', { fileID: done.file.fileID }, U.kdl)).toMatchObject({ ok: false, code: 'NOT_ALLOWED_NOW' });

    ok(await call('publish', { id: d.announcement.id, expectedVersion: d.announcement.version }, U.kdl));
    const seen = ok(await call('get', { id: d.announcement.id }, U.alice));
    const att = seen.announcement.content.attachments[0];
    expect(att).toMatchObject({ name: '申报材料清单.pdf', type: PDF, size: bytes.length, sizeText: '600 KB', url: expect.stringContaining('/__storage/file/') });
    const res = await fetch(att.url);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true);
  });
});

describe('bad uploads', () => {
  it('an .exe renamed .pdf: refused by its magic bytes, nothing in storage, no chunk left', async () => {
    const exe = Buffer.concat([Buffer.from([0x4d, 0x5a, 0x90, 0x00]), randomBytes(3000)]);
    const { uploadId, last } = await upload(U.kdl, exe, { name: '通知.pdf' });
    expect(last).toMatchObject({ ok: false, code: 'VALIDATION', message: '文件内容与类型不符' });
    expect(await inStorage(fileIdOf(U.kdl, uploadId))).toBe(false);
    expect(await chunksOf(U.kdl, uploadId)).toBe(0);
    expect(await cloud.db.collection('uploads').doc(`${uploaderHash(U.kdl)}:${uploadId}`).get()).toMatchObject({ data: [] });
  });

  it('a declared size over 20 MB, a wrong type, an index out of range, a count that does not fit: refused before any chunk is stored', async () => {
    const bytes = pdfBytes(1000);
    const uploadId = newUploadId();
    const big = await sendChunk(U.kdl, bytes, 0, { uploadId, size: 20 * 1024 * 1024 + 1 });
    expect(big).toMatchObject({ ok: false, code: 'VALIDATION', message: '文件不能超过 20 MB' });
    const exeType = await sendChunk(U.kdl, bytes, 0, { uploadId, name: 'setup.exe', type: 'application/x-msdownload' });
    expect(exeType).toMatchObject({ ok: false, code: 'VALIDATION', message: expect.stringContaining('不支持这种文件类型') });
    const out = await call('files.upload', { uploadId, purpose: 'announcement', name: 'a.pdf', type: PDF, size: 1000, index: 1, count: 1, data: bytes.toString('base64') }, U.kdl);
    expect(out).toMatchObject({ ok: false, code: 'VALIDATION', message: '分片序号超出范围' });
    const count = await call('files.upload', { uploadId, purpose: 'announcement', name: 'a.pdf', type: PDF, size: 1000, index: 0, count: 5, data: bytes.toString('base64') }, U.kdl);
    expect(count).toMatchObject({ ok: false, code: 'VALIDATION', message: '分片数与文件大小不符' });
    expect(await chunksOf(U.kdl, uploadId)).toBe(0);
  });

  it('a chunk whose header differs from the upload’s first chunk is refused', async () => {
    const bytes = pdfBytes(300 * 1024);
    const uploadId = newUploadId();
    ok(await sendChunk(U.kdl, bytes, 0, { uploadId }));
    expect(await sendChunk(U.kdl, bytes, 1, { uploadId, name: '另一个.pdf' })).toMatchObject({ ok: false, code: 'VALIDATION', message: expect.stringContaining('前后不一致') });
    expect(await chunksOf(U.kdl, uploadId)).toBe(1);
  });

  it('an applicant (no publisher capacity) may not upload; employer HR may not upload briefing materials', async () => {
    const bytes = pdfBytes(1000);
    expect((await upload(U.alice, bytes)).last).toMatchObject({ ok: false, code: 'FORBIDDEN', message: '只有发布通知的工作人员可以上传附件' });
    expect((await upload(U.hrKdl, bytes, { purpose: 'briefing' })).last).toMatchObject({ ok: false, code: 'FORBIDDEN', message: '只有组织宣讲的工作人员可以上传宣讲资料' });
    const mat = await upload(U.kdl, bytes, { purpose: 'briefing', name: '宣讲课件.pdf' });
    expect(ok<any>(mat.last).file.fileID).toContain('/briefings/');
  });

  it('half uploaded and abandoned: nothing in storage; the chunks are swept after a day', async () => {
    const bytes = pdfBytes(700 * 1024);
    const uploadId = newUploadId();
    ok(await sendChunk(U.kdl, bytes, 0, { uploadId }));
    ok(await sendChunk(U.kdl, bytes, 1, { uploadId }));
    expect(await inStorage(fileIdOf(U.kdl, uploadId))).toBe(false);
    expect(await chunksOf(U.kdl, uploadId)).toBe(2);
    await sweepUploads(cloud.db, new Date(Date.now() + 3600_000));
    expect(await chunksOf(U.kdl, uploadId)).toBe(2); // not yet a day old
    await sweepUploads(cloud.db, new Date(Date.now() + 25 * 3600_000));
    expect(await chunksOf(U.kdl, uploadId)).toBe(0);
    expect(await inStorage(fileIdOf(U.kdl, uploadId))).toBe(false);
  });
});

describe('discard and what an announcement may refer to', () => {
  it('the uploader discards an unattached upload (deleteFile); nobody else may', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(2000)]);
    const { last } = await upload(U.kdl, png, { name: '流程图.png', type: 'image/png' });
    const file = ok<any>(last).file;
    expect(await inStorage(file.fileID)).toBe(true);
    expect(await call('files.discard', { fileID: file.fileID }, U.gx)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(ok(await call('files.discard', { fileID: file.fileID }, U.kdl))).toEqual({ deleted: true });
    expect(await inStorage(file.fileID)).toBe(false);
    expect(await call('files.discard', { fileID: file.fileID }, U.kdl)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('an attachment uploaded by someone else’s side, one that does not exist, or one not uploaded here: refused in Chinese', async () => {
    const hrFile = ok<any>((await upload(U.hrKdl, pdfBytes(2000), { name: '单位通知.pdf' })).last).file;
    const other = await call('draft.save', { publisher: KDL_OFFICER, content: content('借用别人的附件', [hrFile]) }, U.kdl);
    expect(other).toMatchObject({ ok: false, code: 'VALIDATION', message: '附件“单位通知.pdf”不是本单位上传的，请重新上传', issues: [{ path: 'content.attachments' }] });
    const ghost = { fileID: fileIdOf(U.kdl, 'no-such-upload'), name: '不存在.pdf', size: 2000, type: PDF };
    expect(await call('draft.save', { publisher: KDL_OFFICER, content: content('不存在的附件', [ghost]) }, U.kdl)).toMatchObject({ ok: false, code: 'VALIDATION', message: '附件“不存在.pdf”不存在，请重新上传' });
    const foreign = { fileID: `cloud://${BUCKET}/misc/a.pdf`, name: '外来.pdf', size: 2000, type: PDF };
    expect(await call('draft.save', { publisher: KDL_OFFICER, content: content('别处的附件', [foreign]) }, U.kdl)).toMatchObject({ ok: false, code: 'VALIDATION', message: expect.stringContaining('须通过“添加附件”上传') });
    const mine = ok<any>((await upload(U.kdl, pdfBytes(2000))).last).file;
    expect(await call('draft.save', { publisher: KDL_OFFICER, content: content('改了大小', [{ ...mine, size: 1 }]) }, U.kdl)).toMatchObject({ ok: false, code: 'VALIDATION', message: expect.stringContaining('大小或类型与上传的文件不符') });
    // A briefing material is not an announcement attachment.
    const mat = ok<any>((await upload(U.kdl, pdfBytes(2000), { purpose: 'briefing' })).last).file;
    expect(await call('draft.save', { publisher: KDL_OFFICER, content: content('宣讲资料当附件', [mat]) }, U.kdl)).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(ok(await call('draft.save', { publisher: KDL_OFFICER, content: content('自己的附件', [mine]) }, U.kdl)).announcement.content.attachments).toHaveLength(1);
  });
});

describe('a 20 MB file (measured)', () => {
  it('80 chunks; the assembling call stays well inside the function timeout', async () => {
    const bytes = pdfBytes(20 * 1024 * 1024);
    const uploadId = newUploadId();
    const count = chunkCount(bytes.length);
    expect(count).toBe(80);
    const t0 = Date.now();
    let slowest = 0;
    for (let index = 0; index < count - 1; index++) {
      const s = Date.now();
      ok(await sendChunk(U.kdl, bytes, index, { uploadId }));
      slowest = Math.max(slowest, Date.now() - s);
    }
    const s = Date.now();
    const done = ok(await sendChunk(U.kdl, bytes, count - 1, { uploadId }));
    const assembleMs = Date.now() - s;
    const totalMs = Date.now() - t0;
    expect(done.status).toBe('done');
    console.log(`20 MB upload: ${count} chunks in ${totalMs} ms (slowest chunk ${slowest} ms); the assembling call ${assembleMs} ms`);
    expect(assembleMs).toBeLessThan(20_000);
    expect(await chunksOf(U.kdl, uploadId)).toBe(0);
  });
});
