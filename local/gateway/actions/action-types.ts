/** What an action handler receives and returns; the HTTP layer adds `requestId` to JSON answers. */
export type Params = Record<string, unknown>;

export type ActionResult = { json: Record<string, unknown> } | { raw: Buffer; contentType: string };

/** What an action may know about its request besides the params: the (signed, loopback) Host it was sent to. */
export interface ActionContext {
  host: string;
}

export type ActionHandler = (params: Params, ctx: ActionContext) => Promise<ActionResult>;

export const json = (body: Record<string, unknown>): ActionResult => ({ json: body });
