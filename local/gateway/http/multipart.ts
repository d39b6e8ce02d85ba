/**
 * Minimal multipart/form-data reader for `wx.openApi` (node-sdk sends it with the form-data package):
 * text fields become strings, parts with a filename stay Buffers.
 */
export interface MultipartPart {
  name: string | undefined;
  content: Buffer;
  /** form-data writes a part header `Content-Type` for Buffer and stream values, none for strings. */
  hasContentType: boolean;
  hasFilename: boolean;
}

export function parseMultipartParts(body: Buffer, contentType: string): MultipartPart[] | null {
  const match = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  if (!match) return null;
  const boundary = Buffer.from(`--${match[1] ?? match[2]}`);
  const parts: MultipartPart[] = [];
  let pos = body.indexOf(boundary);
  if (pos < 0) return null;
  while (true) {
    pos += boundary.length;
    if (body.subarray(pos, pos + 2).toString() === '--') return parts;
    pos += 2; // CRLF after the boundary
    const headerEnd = body.indexOf('\r\n\r\n', pos);
    if (headerEnd < 0) return null;
    const headers = body.subarray(pos, headerEnd).toString('utf8');
    const next = body.indexOf(boundary, headerEnd + 4);
    if (next < 0) return null;
    parts.push({
      name: /name="([^"]*)"/i.exec(headers)?.[1],
      content: body.subarray(headerEnd + 4, next - 2), // strip CRLF before the boundary
      hasContentType: /^content-type:/im.test(headers),
      hasFilename: /filename="/i.test(headers),
    });
    pos = next;
  }
}

export function multipartFields(parts: MultipartPart[]): Record<string, string | Buffer> {
  const fields: Record<string, string | Buffer> = {};
  for (const p of parts) {
    if (p.name !== undefined && p.name !== '__proto__') fields[p.name] = p.hasFilename ? Buffer.from(p.content) : p.content.toString('utf8');
  }
  return fields;
}
