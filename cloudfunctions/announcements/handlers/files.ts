import type { Handler } from '../../kit/dispatch';
import { discardUpload, receiveChunk } from '../uploads';

/** files.upload: one chunk of an attachment or a briefing material (the uploader's role checked first). */
export const uploadChunk: Handler<'announcements', 'files.upload'> = async (input, ctx) => receiveChunk(ctx.db, ctx.actor, input, ctx.now);

/** files.discard: the uploader deletes an upload that nothing refers to. */
export const discardFile: Handler<'announcements', 'files.discard'> = async (input, ctx) => discardUpload(ctx.db, ctx.actor, input.fileID);
