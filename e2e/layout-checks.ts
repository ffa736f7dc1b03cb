import { expect, type Page } from '@playwright/test';
import type { PageWindow } from './page-shapes';

/** The bars that frame every screen: the device's, the shift's (with languages and clock), the screens'. */
export const bars = ['.status-bar', '.shift-row', '.footer'] as const;

/**
 * How many rows each bar's items take: an item that starts below the first row's middle is on a
 * second row. One row each is the goal in every language at 1024 px and more.
 */
export async function barRows(page: Page): Promise<Record<string, number>> {
  return page.evaluate((selectors) => {
    const { document } = globalThis as unknown as PageWindow;
    const rows: Record<string, number> = {};
    for (const selector of selectors) {
      const bar = document.querySelector(selector);
      if (!bar) continue;
      const items = Array.from(bar.querySelectorAll('button, span, time, kbd')).map((item) => item.getBoundingClientRect()).filter((box) => box.height > 0);
      const tops: number[] = [];
      for (const box of items.sort((a, b) => a.top - b.top)) {
        if (!tops.some((top) => Math.abs(top - box.top) < 24 || (box.top > top && box.top < top + 40))) tops.push(box.top);
      }
      rows[selector] = Math.max(1, tops.length);
    }
    return rows;
  }, bars);
}

export async function expectBarsOnOneRow(page: Page, label: string): Promise<void> {
  const rows = await barRows(page);
  expect(rows, `${label}: every bar on one row`).toEqual(Object.fromEntries(Object.keys(rows).map((bar) => [bar, 1])));
}
