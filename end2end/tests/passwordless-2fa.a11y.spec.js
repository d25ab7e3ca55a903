// @ts-check
// axe-core on the password step of a passwordless sign-in with two-factor sign-in on
// (issue 16, point 3), light and dark, before and with its error showing. Runs in the
// `a11y` project (JavaScript on, CSP bypassed so axe's script can run).

const { test, expect } = require('./fixtures');
const h = require('./helpers');

const { expectAccessible } = h;


test('the password step after a sign-in code is accessible', async ({ page, request }, testInfo) => {
  const { phone } = await h.createVerifiedUser(page, request, testInfo);
  await page.locator('#enable-2fa-submit').click();
  await expect(page.locator('#profile-2fa')).toHaveText('on');
  await page.context().clearCookies();
  await h.open(page, testInfo, '/signin/code');
  await h.fillPhone(page, phone, 'national');
  await page.locator('#send-code-submit').click();
  await expect(page.locator('#signin-code-form')).toBeVisible();
  await h.waitForHydration(page, testInfo);
  await h.enterCode(page, await h.latestCode(request, phone.e164, 'sign-in'), '#signin-code-submit');
  await expect(page.locator('#password-step-form')).toBeVisible();
  await h.waitForHydration(page, testInfo);
  for (const scheme of /** @type {const} */ (['light', 'dark'])) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectAccessible(page, `password step (${scheme})`);
  }
  await page.locator('input#password').fill('Not-My-Password-1');
  await page.locator('#password-step-submit').click();
  await expect(page.locator('#password-error')).toBeVisible();
  await expect(page.locator('input#password')).toHaveAttribute('aria-describedby', 'password-error');
  for (const scheme of /** @type {const} */ (['light', 'dark'])) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectAccessible(page, `password step with its error (${scheme})`);
  }
});
