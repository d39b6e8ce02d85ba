/** H5: no WeChat privacy interfaces; the prompt is the product's own dialog only. */
export function listenForWeChat(
  _open: (resolve: (r: { event: 'agree' | 'disagree' | 'exposureAuthorization'; buttonId?: string }) => void) => void,
): () => void {
  return () => undefined;
}

export const canOpenContract = false;

export function openContract(): void {
  // Only the mini-program has WeChat's contract page.
}
