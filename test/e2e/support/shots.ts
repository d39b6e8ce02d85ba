import type { Page } from 'playwright-core';
import { LARGE_TYPE_CLASS } from '../../../client/src/services/font-scale/apply';
import { here } from './browser';

/**
 * With FORMS_SHOTS set to a folder: one element of the settled page as a 390 px phone shows it, then as a
 * 320 px phone in 大字模式 (the class the 我的 switch sets), for looking at a form as its user would.
 */
export async function shootForm(page: Page, selector: string, name: string): Promise<void> {
  const dir = process.env.FORMS_SHOTS;
  if (!dir) return;
  const size = page.viewportSize() ?? { width: 390, height: 844 };
  await page
    .locator(here(selector))
    .first()
    .screenshot({ path: `${dir}/${name}-390.png` });
  await page.setViewportSize({ width: 320, height: size.height });
  await page.evaluate((c) => document.documentElement.classList.add(c), LARGE_TYPE_CLASS);
  await page
    .locator(here(selector))
    .first()
    .screenshot({ path: `${dir}/${name}-320-large.png` });
  await page.evaluate((c) => document.documentElement.classList.remove(c), LARGE_TYPE_CLASS);
  await page.setViewportSize(size);
}
