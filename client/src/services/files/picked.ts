/** A file chosen on the device, read in byte ranges as base64 (what files.upload carries). */
export interface PickedFile {
  name: string;
  size: number;
  /** The MIME type (from the browser, or from the extension where the picker gives none). */
  type: string;
  /** Bytes [start, end) as base64. */
  read(start: number, end: number): Promise<string>;
}
