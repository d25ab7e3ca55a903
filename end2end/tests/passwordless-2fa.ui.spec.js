// @ts-check
// Passwordless sign-in for an account with two-factor sign-in (issue 16, point 3): the
// code is one factor, so after the right code the same page asks for the password, then
// signs in. A wrong password gets one sentence and keeps the step. JavaScript on and off.

const { test, expect } = require('./fixtures');
const h = require('./helpers');

/** @typedef {import('@playwright/test').Page} Page */

/**
 * A verified account with two-factor sign-in on, signed out again; on /signin/code with
 * the right code entered, at the password step.
 * @param {Page} page
 * @param {import('@playwright/test').APIRequestContext} request
 * @param {import('@playwright/test').TestInfo} testInfo
 */
async function atThePasswordStep(page, request, testInfo) {
  const user = await h.createVerifiedUser(page, request, testInfo);
  await page.locator('#enable-2fa-submit').click();
  await expect(page.locator('#profile-2fa')).toHaveText('on');
  await page.context().clearCookies();

  await h.open(page, testInfo, '/signin/code');
  await h.fillPhone(page, user.phone, 'national');
  await page.locator('#send-code-submit').click();
  await expect(page.locator('#signin-code-form')).toBeVisible();
  await h.waitForHydration(page, testInfo);
  await h.enterCode(page, await h.latestCode(request, user.phone.e164, 'sign-in'), '#signin-code-submit');
  await expect(page.locator('#password-step-form')).toBeVisible();
  await h.waitForHydration(page, testInfo);
  return user;
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('a two-factor account signs in with the code, then the password', async ({ page, request }, testInfo) => {
      const { password, phone } = await atThePasswordStep(page, request, testInfo);
      expect(new URL(page.url()).pathname).toBe('/signin/code');
      expect(page.url()).not.toContain(phone.digits.slice(2));
      await expect(page.locator('h1')).toHaveText('One more step');
      await expect(page.locator('#password-step-intro')).toContainText('Your code was right');
      // The phone and code steps are gone.
      await expect(page.locator('#send-code-form, #signin-code-form')).toHaveCount(0);

      // A wrong password: one sentence beside the field; the step stays.
      await page.locator('input#password').fill('Not-My-Password-1');
      await page.locator('#password-step-submit').click();
      await expect(page.locator('#password-error')).toHaveText('That password is not right.');
      await expect(h.formErrors(page, '#password-step-form')).toHaveCount(1);
      await expect(page.locator('#password-step-form')).toBeVisible();
      await h.waitForHydration(page, testInfo);

      await page.locator('input#password').fill(password);
      await page.locator('#password-step-submit').click();
      await page.waitForURL(h.atPath('/profile'));
      await expect(page.locator('#profile-2fa')).toHaveText('on');
    });

    test('the password step is the only page until it is left', async ({ page, request }, testInfo) => {
      await atThePasswordStep(page, request, testInfo);
      for (const path of ['/profile', '/signin', '/signin/2fa']) {
        await h.open(page, testInfo, path);
        await page.waitForURL(h.atPath('/signin/code'));
        await expect(page.locator('#password-step-form')).toBeVisible();
      }
      await h.waitForHydration(page, testInfo);
      await page.locator('#password-step-cancel button').click();
      await page.waitForURL(h.atPath('/'));
      await h.open(page, testInfo, '/signin/code');
      await expect(page.locator('#send-code-form')).toBeVisible();
      await expect(page.locator('#password-step-form')).toHaveCount(0);
    });
  });
}
