/**
 * The browser-test fixture: every test fails on an uncaught page error, a console error, a
 * Content-Security-Policy violation, a failed request, or a request that leaves localhost.
 */
import { expect, test as base } from '@playwright/test';

export const test = base.extend<{ pageProblems: string[] }>({
  pageProblems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      // Any Content-Security-Policy violation fails the test, whether or not the browser logs it.
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
      });
      page.on('console', (msg) => {
        if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
      });
      page.on('requestfailed', (request) => {
        // A navigation (reload, new hash) cancels requests still in flight: net::ERR_ABORTED is that, not a fault.
        const error = request.failure()?.errorText ?? '';
        if (!request.url().startsWith('blob:') && !error.includes('ERR_ABORTED'))
          problems.push(`request failed: ${request.url()} ${error}`);
      });
      page.on('response', (response) => {
        if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
      });
      await page.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1' || url.hostname === 'localhost')
          return route.continue();
        problems.push(`request left localhost: ${url.href}`);
        return route.abort();
      });
      await use(problems);
      expect(problems, 'page errors, failed or outside requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
