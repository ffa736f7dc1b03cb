import { describe, expect, it } from 'vitest';
import { navigationAllowed, shellLocked, shortcutBlocked, type KeyPress } from './window-policy';

const press = (key: string, modifiers: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress => ({
  key,
  control: false,
  meta: false,
  shift: false,
  alt: false,
  ...modifiers,
});

describe('shellLocked', () => {
  it('locks the installed app and every kiosk, not a developer’s run', () => {
    expect(shellLocked({ packaged: true, kiosk: false })).toBe(true);
    expect(shellLocked({ packaged: false, kiosk: true })).toBe(true);
    expect(shellLocked({ packaged: false, kiosk: false })).toBe(false);
  });
});

describe('shortcutBlocked', () => {
  it('blocks reload, developer tools and zoom', () => {
    const blocked = [
      press('F5'),
      press('F12'),
      press('BrowserRefresh'),
      press('r', { control: true }),
      press('R', { control: true, shift: true }),
      press('r', { meta: true }),
      press('I', { control: true, shift: true }),
      press('J', { control: true, shift: true }),
      press('C', { control: true, shift: true }),
      press('i', { meta: true, alt: true }),
      press('=', { control: true }),
      press('+', { control: true, shift: true }),
      press('-', { control: true }),
      press('0', { control: true }),
      press('_', { control: true, shift: true }),
    ];
    for (const input of blocked) expect(shortcutBlocked(input), JSON.stringify(input)).toBe(true);
  });

  it('lets the cashier type, copy, paste, undo and move through the form', () => {
    const allowed = [
      press('r'),
      press('R', { shift: true }),
      press('0'),
      press('-'),
      press('+', { shift: true }),
      press('i'),
      press('c', { control: true }),
      press('v', { control: true }),
      press('x', { control: true }),
      press('a', { control: true }),
      press('z', { control: true }),
      press('Enter'),
      press('Tab', { shift: true }),
      press('Escape'),
      press('F1'),
      press('Backspace'),
    ];
    for (const input of allowed) expect(shortcutBlocked(input), JSON.stringify(input)).toBe(false);
  });
});

describe('navigationAllowed', () => {
  it('allows the top frame within the app only', () => {
    expect(navigationAllowed({ url: 'app://kassa/index.html', isMainFrame: true })).toBe(true);
    expect(navigationAllowed({ url: 'app://kassa/index.html', isMainFrame: false })).toBe(false);
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://other/index.html', 'http://127.0.0.1:5544/', 'javascript:alert(1)', 'about:blank']) {
      expect(navigationAllowed({ url, isMainFrame: true }), url).toBe(false);
      expect(navigationAllowed({ url, isMainFrame: false }), url).toBe(false);
    }
  });
});
