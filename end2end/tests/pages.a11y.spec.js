// @ts-check
// axe-core on the pages issue 16 reshaped (home, profile, sessions) at a phone's width
// and a desktop's, light and dark, with two devices signed in so the lists have more
// than one card. Serious or critical violations fail. Runs in the `a11y` project
// (JavaScript on, CSP bypassed so axe's script can run).

const { test, expect } = require('./fixtures');
const h = require('./helpers');

const { expectAccessible } = h;
const FIREFOX_WINDOWS = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:121.0) Gecko/20100101 Firefox/121.0';

test.beforeEach(async ({}, testInfo) => {
  test.skip(testInfo.project.name !== 'a11y', 'runs in the a11y project');
});


const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];

test('home, profile and sessions pass axe at 390 and 1280 px, light and dark', async ({ page, browser, request, pageErrors }, testInfo) => {
  /** Every width and scheme of the page at `path` (the signed-out home first). */
  async function everyWay(/** @type {string} */ path) {
    for (const viewport of VIEWPORTS) {
      for (const colorScheme of /** @type {const} */ (['light', 'dark'])) {
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme });
        await h.open(page, testInfo, path);
        await expectAccessible(page, `${path} at ${viewport.width} px, ${colorScheme}`);
      }
    }
  }
  await everyWay('/');
  await page.setViewportSize(VIEWPORTS[1]);
  await page.emulateMedia({ colorScheme: 'light' });
  const { phone, password } = await h.createVerifiedUser(page, request, testInfo);
  const other = await browser.newContext({ userAgent: FIREFOX_WINDOWS });
  pageErrors.watch(other);
  const otherPage = await other.newPage();
  await h.signIn(otherPage, testInfo, { phone, password });
  await otherPage.waitForURL(h.atPath('/profile'));
  // A wrong password, so the activity has a marked entry.
  await otherPage.context().clearCookies();
  await h.signIn(otherPage, testInfo, { phone, password: h.randomPassword() });
  await expect(h.formErrors(otherPage, '#signin-form').first()).toBeVisible();
  await expect(page.locator('#notice')).toHaveAttribute('data-notice', 'welcome');
  await everyWay('/profile');
  await everyWay('/sessions');
  await everyWay('/');
  await other.close();
});
