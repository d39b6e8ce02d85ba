/** WeChat downloads a subpackage within navigateTo, which then fails by itself when it cannot. */
export async function loadPageCode(_url: string): Promise<void> {}
