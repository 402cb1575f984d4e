/**
 * The apps' pages load only their own files and talk only to their own origin. Vite emits no
 * inline script (the build is checked for it); Mantine and Emotion-style libraries inject
 * <style> elements at run time, so styles may be inline. Photos are previewed from blob: URLs.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** A year; sent only on HTTPS answers, since a browser ignores it over HTTP anyway and it must not pin a dev host. */
const HSTS = 'max-age=31536000; includeSubDomains';

/** Headers for every answer from the apps' folders. */
export function appSecurityHeaders(https: boolean): Record<string, string> {
  return {
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'referrer-policy': 'no-referrer',
    'x-content-type-options': 'nosniff',
    ...(https ? { 'strict-transport-security': HSTS } : {}),
  };
}
