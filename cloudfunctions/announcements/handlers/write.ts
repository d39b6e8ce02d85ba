import { AppError } from '../../../shared/errors/app-error';
import { createDraft, holdsPublisher, publisherOf, transition, type PublisherIdentity } from '../../../shared/announcements';
import type { DistrictCode } from '../../../shared/org/districts';
import type { Handler, HandlerContext } from '../../kit/dispatch';
import { readDoc } from '../../kit/docs';
import { newId } from '../../kit/ids';
import { carryOut, countReach, detailOf } from '../act';
import { loadAnn, notFound, refused, viewerOf } from '../store';
import { canSeeAnnouncement, publisherKey, type Announcement, type FileRef } from '../../../shared/announcements';
import { checkUploadedFiles } from '../uploads';

/** Attachments must be files uploaded (files.upload) by the publisher's side and still in storage; `before`'s were checked already. */
async function checkAttachments(ctx: HandlerContext, files: readonly FileRef[], publisher: PublisherIdentity, before: Announcement | null): Promise<void> {
  const known = new Set(before ? [...before.content.attachments, ...before.history.flatMap((h) => h.content.attachments)].map((f) => f.fileID) : []);
  await checkUploadedFiles(ctx.db, files, { purpose: 'announcement', publisherKey: publisherKey(publisher), path: 'content.attachments', known });
}

async function publisherFor(ctx: HandlerContext, p: PublisherIdentity) {
  if (p.scope.kind !== 'org') return publisherOf(p);
  const org = await readDoc<{ name: string; district: DistrictCode }>(ctx.db, 'organizations', p.scope.orgId);
  if (!org) throw new AppError('NOT_FOUND', '发布单位不存在');
  return publisherOf(p, { orgName: org.name, orgDistrict: org.district });
}

async function loadFor(ctx: HandlerContext, id: string) {
  const a = await loadAnn(ctx.db, id);
  if (!a) throw notFound();
  return a;
}

/** A refusal of the machine; FORBIDDEN only to someone who may see the announcement, NOT_FOUND to anyone else. */
async function deny(ctx: HandlerContext, a: Announcement, r: { code: string; message: string; issues?: { path: string; message: string }[] }): Promise<never> {
  if (r.code === 'FORBIDDEN' && !canSeeAnnouncement(await viewerOf(ctx.db, ctx.actor), a, ctx.now)) throw notFound();
  throw refused(r);
}

export const saveDraft: Handler<'announcements', 'draft.save'> = async (input, ctx) => {
  if (!input.id) {
    if (!holdsPublisher(ctx.actor, input.publisher)) throw new AppError('FORBIDDEN', '您不能以这个身份发布公告');
    await checkAttachments(ctx, input.content.attachments, input.publisher, null);
    const publisher = await publisherFor(ctx, input.publisher);
    const r = createDraft({ id: newId(), publisher, content: input.content }, ctx.actor, ctx.now);
    if (!r.ok) throw refused(r);
    const a = await carryOut(ctx, null, r);
    return detailOf(ctx, a, null);
  }
  const before = await loadFor(ctx, input.id);
  const r = transition(before, 'edit', ctx.actor, ctx.now, { content: input.content }, { expectedVersion: input.expectedVersion });
  if (!r.ok) return deny(ctx, before, r);
  await checkAttachments(ctx, r.next.content.attachments, before.publisher, before);
  return detailOf(ctx, await carryOut(ctx, before, r), null);
};

export const publish: Handler<'announcements', 'publish'> = async (input, ctx) => {
  const before = await loadFor(ctx, input.id);
  // Permission, version and state first (free); then the reach count, then the paid content check.
  const dry = transition(before, 'publish', ctx.actor, ctx.now, {}, { expectedVersion: input.expectedVersion });
  if (!dry.ok) return deny(ctx, before, dry);
  const reach = await countReach(ctx.db, before.content.target, ctx.actor.openid);
  const r = transition(before, 'publish', ctx.actor, ctx.now, {}, { expectedVersion: input.expectedVersion, reachCount: reach });
  if (!r.ok) throw refused(r);
  const a = await carryOut(ctx, before, r);
  return { ...(await detailOf(ctx, a, null)), reach };
};

export const revise: Handler<'announcements', 'revise'> = async (input, ctx) => {
  const before = await loadFor(ctx, input.id);
  const args = { content: input.content, notifyAgain: input.notifyAgain, ...(input.note ? { note: input.note } : {}) };
  const dry = transition(before, 'revise', ctx.actor, ctx.now, args, { expectedVersion: input.expectedVersion });
  if (!dry.ok) return deny(ctx, before, dry);
  await checkAttachments(ctx, dry.next.content.attachments, before.publisher, before);
  const reach = await countReach(ctx.db, dry.next.content.target, ctx.actor.openid);
  const r = transition(before, 'revise', ctx.actor, ctx.now, args, { expectedVersion: input.expectedVersion, reachCount: reach });
  if (!r.ok) throw refused(r);
  return detailOf(ctx, await carryOut(ctx, before, r), null);
};

export const withdraw: Handler<'announcements', 'withdraw'> = async (input, ctx) => {
  const before = await loadFor(ctx, input.id);
  const r = transition(before, 'withdraw', ctx.actor, ctx.now, { reason: input.reason }, { expectedVersion: input.expectedVersion });
  if (!r.ok) return deny(ctx, before, r);
  return detailOf(ctx, await carryOut(ctx, before, r), null);
};
