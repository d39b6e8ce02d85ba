/**
 * Minimal multipart/form-data reader for `wx.openApi` (node-sdk sends it with the form-data package):
 * text fields become strings, parts with a filename stay Buffers.
 */
export function parseMultipart(body: Buffer, contentType: string): Record<string, string | Buffer> | null {
  const match = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  if (!match) return null;
  const boundary = Buffer.from(`--${match[1] ?? match[2]}`);
  const fields: Record<string, string | Buffer> = {};
  let pos = body.indexOf(boundary);
  if (pos < 0) return null;
  while (true) {
    pos += boundary.length;
    if (body.subarray(pos, pos + 2).toString() === '--') return fields;
    pos += 2; // CRLF after the boundary
    const headerEnd = body.indexOf('\r\n\r\n', pos);
    if (headerEnd < 0) return null;
    const headers = body.subarray(pos, headerEnd).toString('utf8');
    const next = body.indexOf(boundary, headerEnd + 4);
    if (next < 0) return null;
    const content = body.subarray(headerEnd + 4, next - 2); // strip CRLF before the boundary
    const name = /name="([^"]*)"/i.exec(headers)?.[1];
    if (name !== undefined && name !== '__proto__') fields[name] = /filename="/i.test(headers) ? Buffer.from(content) : content.toString('utf8');
    pos = next;
  }
}
