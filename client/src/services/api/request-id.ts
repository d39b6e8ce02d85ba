/** A fresh id per call (the mini-program has no crypto.randomUUID): time + randomness, base 36. */
export function newRequestId(): string {
  let rand = '';
  for (let i = 0; i < 3; i++)
    rand += Math.floor(Math.random() * 36 ** 6)
      .toString(36)
      .padStart(6, '0');
  return `c${Date.now().toString(36)}${rand}`;
}
