/** What an action handler receives and returns; the HTTP layer adds `requestId` to JSON answers. */
export type Params = Record<string, unknown>;

export type ActionResult = { json: Record<string, unknown> } | { raw: Buffer; contentType: string };

export type ActionHandler = (params: Params) => Promise<ActionResult>;

export const json = (body: Record<string, unknown>): ActionResult => ({ json: body });
