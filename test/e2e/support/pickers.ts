/**
 * Taro H5's picker wheels, driven by the mouse (synthetic events do not reach them): the same technique as
 * check.test.ts, for the application pages' date fields.
 */
import type { Page } from 'playwright-core';

const here = (selector: string) => `.taro_page_stationed ${selector}`;

export async function turnWheels(page: Page, labels: string[]): Promise<void> {
  await page.waitForFunction(() =>
    Array.from(document.querySelectorAll('.weui-picker__overlay')).some((o) => getComputedStyle(o).display !== 'none'),
  );
  for (let column = 0; column < labels.length; column++) {
    for (let drags = 0; ; drags++) {
      const wheel = await page.evaluate(
        ([col, label]) => {
          const open = Array.from(document.querySelectorAll<HTMLElement>('.weui-picker__overlay')).find(
            (o) => getComputedStyle(o).display !== 'none',
          );
          const group = open?.querySelectorAll<HTMLElement>('.weui-picker__group')[Number(col)];
          if (!group) throw new Error(`no picker column ${col}`);
          const items = Array.from(group.querySelectorAll('.weui-picker__item')).map((i) => i.textContent?.trim());
          const content = group.querySelector<HTMLElement>('.weui-picker__content')!;
          const y = Number(/translate3d\(0(?:px)?,\s*(-?[\d.]+)px/.exec(content.style.transform)?.[1] ?? '102');
          const r = group.getBoundingClientRect();
          return {
            current: Math.round((102 - y) / 34),
            target: items.indexOf(String(label)),
            x: r.x + r.width / 2,
            top: r.y,
            bottom: r.y + r.height,
            sample: items.slice(0, 3).join(','),
          };
        },
        [column, labels[column]] as const,
      );
      if (wheel.target < 0) throw new Error(`picker column ${column} has no “${labels[column]}” (${wheel.sample}…)`);
      if (wheel.current === wheel.target) break;
      if (drags > 40) throw new Error(`picker column ${column} does not turn to “${labels[column]}”`);
      const rows = Math.max(-5, Math.min(5, wheel.current - wheel.target));
      const from = rows > 0 ? wheel.top + 24 : wheel.bottom - 24;
      await page.mouse.move(wheel.x, from);
      await page.mouse.down();
      await page.mouse.move(wheel.x, from + rows * 34, { steps: 4 });
      await page.mouse.up();
      await page.waitForTimeout(60);
    }
  }
  const open = await page.evaluateHandle(() =>
    Array.from(document.querySelectorAll('.weui-picker__overlay')).find((o) => getComputedStyle(o).display !== 'none')!,
  );
  await open
    .asElement()!
    .$$('.weui-picker__action')
    .then((a) => a[1].click());
  await page.waitForFunction(() =>
    Array.from(document.querySelectorAll('.weui-picker__overlay')).every((o) => getComputedStyle(o).display === 'none'),
  );
}

export async function pickDate(page: Page, id: string, iso: string): Promise<void> {
  const [y, m, d] = iso.split('-');
  await page.click(here(`#${id}`));
  await turnWheels(page, [`${Number(y)}年`, `${m}月`, `${d}日`]);
  await page
    .locator(here(`#${id}`))
    .filter({ hasText: `${Number(y)} 年 ${Number(m)} 月 ${Number(d)} 日` })
    .waitFor();
}
