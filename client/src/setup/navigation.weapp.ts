/** WeChat draws its own navigation bar and dialogs; nothing to do (see navigation.ts for H5). */
export function accessibleNavigation(): void {}
