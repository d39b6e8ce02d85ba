/** The weapp's pages scroll natively; nothing to do (see pages.ts for H5). */
export function keyboardScrollablePages(): void {}
