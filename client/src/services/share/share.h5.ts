import type { PageCard } from './cards';

/** H5 has no share menu: nothing to register. */
export function usePageShare(_card: PageCard): void {}
