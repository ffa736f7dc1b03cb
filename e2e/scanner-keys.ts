import type { Page } from '@playwright/test';

/**
 * A hardware scanner's keys as the OS hands them over: stamped when the scanner sent them (`at`
 * gives each key's time in ms from the first, the Enter's last) and queued whatever the page is
 * doing. (Playwright's own typing waits for the page between keys, so it cannot show this.)
 */
export async function sendBurst(page: Page, code: string, at: (index: number) => number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const start = Date.now() / 1000;
  const send = (key: string, i: number) => {
    const enter = key === 'Enter';
    const common = { key, code: enter ? 'Enter' : `Digit${key}`, windowsVirtualKeyCode: enter ? 13 : key.charCodeAt(0), timestamp: start + at(i) / 1000 };
    return Promise.all([cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', text: enter ? '\r' : key, ...common }), cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...common })]);
  };
  await Promise.all([...code, 'Enter'].map((key, i) => send(key, i)));
  await cdp.detach();
}
