// @ts-check
// The `test` every spec uses: Playwright's, with an automatic watch on the browser.
// A test fails when any page it opened threw (`pageerror`: an uncaught exception or a
// Wasm trap such as `RuntimeError: unreachable`) or wrote an error to the console
// (a panic message, a CSP violation, the build check in `hydrate`). The one console
// error that is not the page's fault is Chromium's note about an error status the app
// answers on purpose ("Failed to load resource: … status of 4xx", or 503 when the SMS
// provider or the database is down): every refused form post causes one. A 500 is
// never on purpose and fails the test.
// Pages of browser contexts a test makes itself are watched through `watch`.

const base = require('@playwright/test');

/** Chromium's line for a response with an error status: the app answering, not failing. */
const STATUS_NOTE = /^Failed to load resource: the server responded with a status of (4\d\d|503)\b/;

/**
 * @param {import('@playwright/test').Page} page
 * @param {string[]} errors
 */
function watchPage(page, errors) {
  page.on('pageerror', (err) => errors.push(`${page.url()}: page error: ${err.name}: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const text = msg.text();
    if (STATUS_NOTE.test(text)) return;
    errors.push(`${page.url()}: console error: ${text}`);
  });
}

const test = base.test.extend(
  /** @type {{ pageErrors: { watch: (context: import('@playwright/test').BrowserContext) => void, list: string[] }, jsFlag: boolean }} */ ({
    pageErrors: [
      async ({ context }, use) => {
        /** @type {string[]} */
        const list = [];
        const watch = (/** @type {import('@playwright/test').BrowserContext} */ ctx) => {
          for (const p of ctx.pages()) watchPage(p, list);
          ctx.on('page', (p) => watchPage(p, list));
        };
        watch(context);
        await use({ watch, list });
        base.expect(list, 'errors thrown or logged by the pages of this test').toEqual([]);
      },
      { auto: true },
    ],
    // Whether this test runs with JavaScript, as the browser gets it: the project's
    // setting or a `test.use({ javaScriptEnabled })` of the file or describe. Kept on
    // testInfo for helpers.hasJs.
    jsFlag: [
      async ({ javaScriptEnabled }, use, testInfo) => {
        /** @type {any} */ (testInfo).javaScriptEnabled = javaScriptEnabled !== false;
        await use(javaScriptEnabled !== false);
      },
      { auto: true },
    ],
  }),
);

module.exports = { test, expect: base.expect };
