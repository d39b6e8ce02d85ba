import { saveBlob } from '../../services/download';

export const CAN_SAVE_ICS = true;

/** The .ics text (from briefings.ics) as a browser download. */
export function saveIcs(filename: string, text: string): void {
  saveBlob(filename, new Blob([text], { type: 'text/calendar;charset=utf-8' }));
}
