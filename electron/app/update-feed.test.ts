import { describe, expect, it } from 'vitest';
import { updateFeedRefusal } from './update-feed';

/** As electron-builder writes it into the installer's resources. */
const appUpdateYml = (url: string, provider = 'generic') => `provider: ${provider}\nurl: ${url}\nupdaterCacheDirName: kassa-updater\n`;

describe('updateFeedRefusal', () => {
  it('accepts a generic server over https', () => {
    expect(updateFeedRefusal(appUpdateYml('https://updates.shop.example/kassa/'))).toBeUndefined();
    expect(updateFeedRefusal(appUpdateYml("'https://updates.shop.example/kassa/'"))).toBeUndefined();
    expect(updateFeedRefusal(appUpdateYml('https://updates.shop.example/kassa/').replaceAll('\n', '\r\n'))).toBeUndefined();
  });

  it('refuses every other scheme, saying which', () => {
    expect(updateFeedRefusal(appUpdateYml('http://updates.shop.example/kassa/'))).toBe('the update feed is not https (http:)');
    expect(updateFeedRefusal(appUpdateYml('HTTP://updates.shop.example/kassa/'))).toBe('the update feed is not https (http:)');
    expect(updateFeedRefusal(appUpdateYml('ftp://updates.shop.example/kassa/'))).toBe('the update feed is not https (ftp:)');
    expect(updateFeedRefusal(appUpdateYml('file:///C:/updates/'))).toBe('the update feed is not https (file:)');
    expect(updateFeedRefusal(appUpdateYml('//updates.shop.example/kassa/'))).toBe('the update feed address is not a URL');
  });

  it('refuses an address with credentials in it, a missing address and other providers', () => {
    expect(updateFeedRefusal(appUpdateYml('https://user:secret@updates.shop.example/'))).toBe('the update feed address carries credentials');
    expect(updateFeedRefusal('provider: generic\n')).toBe('the update feed is not a generic server with an address');
    expect(updateFeedRefusal(appUpdateYml('https://updates.shop.example/', 'custom'))).toBe('the update feed is not a generic server with an address');
    expect(updateFeedRefusal('')).toBe('the update feed is not a generic server with an address');
    expect(updateFeedRefusal('\u0000\uD800 not yaml at all')).toBe('the update feed is not a generic server with an address');
  });
});
