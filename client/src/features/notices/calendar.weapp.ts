/** WeChat has no calendar file download; the subscribe-message reminder does that job. */
export const CAN_SAVE_ICS = false;
export function saveIcs(_filename: string, _text: string): void {}
