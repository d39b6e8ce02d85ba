/**
 * 政策宣讲 (第六条 职称政策定期宣讲制度, issue 8) as a pure domain: sessions and their lifecycle, sign-up with
 * capacity and a waiting list (one roster document, compare-and-set), reminders in China time, .ics, check-in
 * codes, ratings (好差评) and the regular-system dashboard. No database, no platform, no clock reads.
 */
export * from './session';
export * from './roster';
export * from './reminders';
export * from './ics';
export * from './checkin';
export * from './rating';
export * from './cadence';
export * from './effects';
export { BRIEFING_RULES } from './rules';
export type { BriefingRules } from './rules';
export * from './views';
