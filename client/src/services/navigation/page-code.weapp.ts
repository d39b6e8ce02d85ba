/** WeChat downloads a subpackage within navigateTo, which then fails by itself when it cannot. */
export function loadPageCode(_url: string): Promise<void> | undefined {
  return undefined;
}
