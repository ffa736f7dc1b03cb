import { contentSecurityPolicy } from '../../shared/content-security-policy';

/** Sent with every answer of both hosts: nothing cached, sniffed, framed or told where it came from. */
export const commonHeaders = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
} as const;

/**
 * The headers of a file of the built renderer. A document carries the CSP as a header, where
 * `frame-ancestors` counts (a meta tag cannot carry it) and nothing in the page can remove it.
 */
export function rendererFileHeaders(contentType: string): Record<string, string> {
  const isDocument = contentType.startsWith('text/html');
  return {
    ...commonHeaders,
    'Content-Type': contentType,
    ...(isDocument ? { 'Content-Security-Policy': contentSecurityPolicy } : {}),
  };
}
