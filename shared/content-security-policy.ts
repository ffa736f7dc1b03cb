/**
 * The Content Security Policy of every page Kassa serves: the renderer's, sent as a header by the
 * web host and by the desktop app's app://kassa/ protocol (electron/host/security-headers.ts), and
 * the shop office's page (hq/http/office-page.ts). index.html's meta tag repeats it, less
 * `frame-ancestors`, which only a header can carry.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
