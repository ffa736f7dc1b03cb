import { describe, expect, it } from 'vitest';
import { foreignSenderRefused, senderFrameTrusted } from './sender-frame';

const top = (url: string) => ({ url, parent: null });

describe('senderFrameTrusted', () => {
  it('lets the app’s own page in the top frame call', () => {
    expect(senderFrameTrusted(top('app://kassa/index.html'))).toBe(true);
    expect(senderFrameTrusted(top('app://kassa/'))).toBe(true);
    expect(senderFrameTrusted(top('app://kassa/index.html#/reports'))).toBe(true);
  });

  it('refuses a frame that is gone', () => {
    expect(senderFrameTrusted(null)).toBe(false);
    expect(senderFrameTrusted(undefined)).toBe(false);
  });

  it('refuses a subframe, even one showing the app', () => {
    const parent = top('app://kassa/index.html');
    expect(senderFrameTrusted({ url: 'app://kassa/index.html', parent })).toBe(false);
    expect(senderFrameTrusted({ url: 'https://evil.example/', parent })).toBe(false);
  });

  it('refuses foreign origins and look-alikes in the top frame', () => {
    for (const url of [
      'https://evil.example/',
      'http://127.0.0.1:4870/?token=x',
      'file:///C:/Program%20Files/Kassa/resources/app.asar/out/renderer/index.html',
      'file:///etc/passwd',
      'app://evil/index.html',
      'app://kassa.evil/index.html',
      'app://kassa:8080/index.html',
      'app://user:pass@kassa/index.html',
      'apps://kassa/index.html',
      'about:blank',
      'data:text/html,<script>1</script>',
      'devtools://devtools/bundled/inspector.html',
      '',
      'not a url',
    ]) {
      expect(senderFrameTrusted(top(url)), url).toBe(false);
    }
  });
});

describe('foreignSenderRefused', () => {
  it('is a typed unauthorized error', () => {
    expect(foreignSenderRefused).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });
});
