import { describe, expect, it } from 'vitest';
import { securityHeaders } from '../../../scripts/securityHeaders.ts';

describe("the server's security headers", () => {
  it('forbid sniffing and referrers, and allow the camera to the teacher’s page only', () => {
    const home = securityHeaders('/');
    expect(home['X-Content-Type-Options']).toBe('nosniff');
    expect(home['Referrer-Policy']).toBe('no-referrer');
    expect(home['Permissions-Policy']).toMatch(/^camera=\(\), microphone=\(\)/);
    for (const url of [
      '/?mode=classroom&session=K7M-Q2X',
      '/?mode=kiosk',
      '/assets/index.js',
      '/?mode=course',
    ])
      expect(securityHeaders(url)['Permissions-Policy']).toContain('camera=()');
    expect(securityHeaders('/?mode=teacher&session=K7M-Q2X')['Permissions-Policy']).toMatch(
      /^camera=\(self\), microphone=\(\)/,
    );
  });
});
