import type { Page } from '@playwright/test';
import type { PageElement, PageWindow } from './page-shapes';

/**
 * Every place on the screen where text does not fit its box: an element whose own text is wider
 * than its box (cut by overflow hidden or an ellipsis, or spilling over its neighbours), and a
 * field whose placeholder is wider than the field. Only what is on screen: scrolled-away rows are
 * the scroll's business.
 */
export async function clippedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const window = globalThis as unknown as PageWindow & { document: { createElement(tag: 'canvas'): { getContext(kind: '2d'): { font: string; measureText(text: string): { width: number } } } } };
    const { document } = window;
    const problems: string[] = [];
    const describe = (element: PageElement, text: string) => `${element.tagName.toLowerCase()}${element.getAttribute('data-testid') ? `[${element.getAttribute('data-testid')}]` : ''}.${(element.getAttribute('class') ?? '').replace(/ /g, '.')} "${text.slice(0, 40)}"`;
    const onScreen = (element: PageElement) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0 && box.top < window.innerHeight && box.left < window.innerWidth;
    };
    // Under an open dialog only the dialog is read; what its backdrop covers is not on screen.
    const dialogs = Array.from(document.querySelectorAll('[role="dialog"]'));
    const root = dialogs.length > 0 ? `[role="dialog"]` : 'body';
    for (const element of Array.from(document.querySelectorAll(`${root} *`))) {
      const ownText = Array.from(element.childNodes)
        .filter((node) => node.nodeType === 3)
        .map((node) => node.textContent ?? '')
        .join('')
        .trim();
      if (!ownText || !onScreen(element)) continue;
      const style = window.getComputedStyle(element);
      if (style.visibility === 'hidden' || style.display === 'inline') continue;
      // A box that scrolls on purpose (a list, a table) shows the rest by scrolling.
      if (style.overflowX === 'auto' || style.overflowX === 'scroll') continue;
      // Hidden on purpose for the eye, read by a screen reader (.visually-hidden).
      if (element.clientWidth <= 1) continue;
      if (element.scrollWidth > element.clientWidth + 1) problems.push(`${describe(element, ownText)} ${element.scrollWidth}>${element.clientWidth}`);
    }
    const canvas = document.createElement('canvas').getContext('2d');
    for (const field of Array.from(document.querySelectorAll(`${root} input[placeholder]`))) {
      const input = field as PageElement & { value: string; placeholder: string };
      if (input.value !== '' || !onScreen(input)) continue;
      const style = window.getComputedStyle(input) as unknown as { font: string; paddingLeft: string; paddingRight: string };
      canvas.font = style.font;
      const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      const width = canvas.measureText(input.placeholder).width;
      if (width > room + 1) problems.push(`${describe(input, input.placeholder)} placeholder ${Math.ceil(width)}>${Math.floor(room)}`);
    }
    return problems;
  });
}
