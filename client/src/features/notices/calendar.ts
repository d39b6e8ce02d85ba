/** Adding a briefing to a calendar: an .ics download on H5 (calendar.h5.ts); none in WeChat (calendar.weapp.ts). */
export { CAN_SAVE_ICS, saveIcs } from './calendar.h5';
