/**
 * 通知公告 (issue 8) as a pure domain: categories, the body as structured blocks, attachments, targeting and
 * the publishers' reach, the lifecycle machine, fan-out, the feed and its visibility rule, receipts,
 * subscribe messages and the defense notice. No database, no platform, no clock reads.
 */
export * from './categories';
export * from './condition';
export * from './body';
export * from './files';
export * from './target';
export * from './publishers';
export * from './model';
export * from './effects';
export * from './lifecycle';
export * from './feed';
export * from './fanout';
export * from './receipts';
export * from './subscriptions';
export * from './defense';
export * from './policy-match';
export { ANNOUNCEMENT_RULES, rule } from './rules';
export type { AnnouncementRules } from './rules';
export * from './views';
