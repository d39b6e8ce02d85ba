import { isCityWide } from '../../../shared/auth/policy';
import { publisherKey, publisherKeysOf } from '../../../shared/announcements/publishers';
import { reaches } from '../../../shared/announcements/target';
import type { CheckIn, Rating, Roster, Session } from '../../../shared/briefings';
import { checkInId, icsFilename, icsFor, newRoster, ratingId, sessionDetail, sessionListItem } from '../../../shared/briefings';
import { cloud } from '../../kit/cloud';
import type { Handler, HandlerContext } from '../../kit/dispatch';
import { readDoc } from '../../kit/docs';
import { C, fromRosterDoc, fromSessionDoc, mayFetchMaterials, viewerProfile, visible, type RosterDoc, type SessionDoc } from '../store';

/** Temporary download links (10 minutes), only for those who may fetch the materials. */
async function materialUrls(s: Session): Promise<Record<string, string>> {
  if (!s.materials.length) return {};
  const res = (await cloud().getTempFileURL({ fileList: s.materials.map((m) => ({ fileID: m.fileID, maxAge: 600 })) })) as {
    fileList?: { fileID: string; tempFileURL?: string; code?: string }[];
  };
  const out: Record<string, string> = {};
  for (const f of res.fileList ?? []) if (f.code === 'SUCCESS' && f.tempFileURL) out[f.fileID] = f.tempFileURL;
  return out;
}

export async function detailOf(ctx: HandlerContext, s: Session, r: Roster) {
  const [checkIn, rating, profile] = await Promise.all([
    readDoc<CheckIn>(ctx.db, C.checkins, checkInId(s.id, ctx.actor.openid)),
    readDoc<Rating>(ctx.db, C.ratings, ratingId(s.id, ctx.actor.openid)),
    viewerProfile(ctx),
  ]);
  const urls = mayFetchMaterials(ctx.actor, s, r, !!checkIn) ? await materialUrls(s) : {};
  return sessionDetail(s, r, { ...profile, grants: ctx.actor.grants }, ctx.now, { checkIn, rating }, urls);
}

export const getBriefing: Handler<'briefings', 'get'> = async (input, ctx) => {
  const { s, r } = await visible(ctx, input.id);
  return detailOf(ctx, s, r);
};

const MAX_SCAN = 300;

async function rostersOf(ctx: HandlerContext, ids: string[]): Promise<Map<string, Roster>> {
  const map = new Map<string, Roster>();
  const _ = ctx.db.command;
  for (let i = 0; i < ids.length; i += 100) {
    const res = await ctx.db
      .collection(C.rosters)
      .where({ _id: _.in(ids.slice(i, i + 100)) })
      .limit(100)
      .get();
    for (const d of res.data as RosterDoc[]) map.set(d._id, fromRosterDoc(d));
  }
  return map;
}

/** Lists: sessions for me (the audience rule, checked per session), mine (from my sign-ups), my bureau's. */
export const listBriefings: Handler<'briefings', 'list'> = async (input, ctx) => {
  const { db, actor, now } = ctx;
  const _ = db.command;
  const at = now.toISOString();
  const coll = db.collection(C.sessions);
  let sessions: Session[];
  if (input.view === 'mine') {
    const mine = (await db.collection(C.signups).where({ openid: actor.openid }).field({ sessionId: true }).limit(200).get()).data as {
      sessionId: string;
    }[];
    const ids = mine.map((m) => m.sessionId);
    sessions = ids.length
      ? (
          (
            await coll
              .where({ _id: _.in(ids) })
              .orderBy('startsAt', 'desc')
              .limit(200)
              .get()
          ).data as SessionDoc[]
        ).map(fromSessionDoc)
      : [];
  } else if (input.view === 'organized') {
    const where: Record<string, unknown> = isCityWide(actor) ? {} : { organizerKey: _.in(publisherKeysOf(actor)) };
    if (input.district) where.organizerDistrict = input.district;
    if (!isCityWide(actor) && !publisherKeysOf(actor).length) return { items: [], total: 0 };
    sessions = ((await coll.where(where).orderBy('startsAt', 'desc').limit(MAX_SCAN).get()).data as SessionDoc[]).map(fromSessionDoc);
  } else {
    const where: Record<string, unknown> =
      input.view === 'past'
        ? { endsAt: _.lte(at) }
        : input.view === 'open'
          ? { status: 'scheduled', 'signUp.closesAt': _.gt(at), 'signUp.opensAt': _.lte(at) }
          : { status: 'scheduled', endsAt: _.gt(at) };
    if (input.district) where.organizerDistrict = input.district;
    const docs = (
      await coll
        .where(where)
        .orderBy('startsAt', input.view === 'past' ? 'desc' : 'asc')
        .limit(MAX_SCAN)
        .get()
    ).data as SessionDoc[];
    const profile = await viewerProfile(ctx);
    const keys = publisherKeysOf(actor);
    sessions = docs
      .map(fromSessionDoc)
      .filter((s) => reaches(s.audience, profile) || keys.includes(publisherKey(s.organizer)) || isCityWide(actor));
  }
  const total = sessions.length;
  const page = sessions.slice((input.page - 1) * input.pageSize, input.page * input.pageSize);
  const rosters = await rostersOf(
    ctx,
    page.map((s) => s.id),
  );
  return { items: page.map((s) => sessionListItem(s, rosters.get(s.id) ?? newRoster(s), actor.openid || null, now)), total };
};

export const briefingIcs: Handler<'briefings', 'ics'> = async (input, ctx) => {
  const { s } = await visible(ctx, input.id);
  return { filename: icsFilename(s), text: icsFor(s, { now: ctx.now }) };
};
