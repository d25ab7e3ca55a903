// @ts-check
// axe-core on the OpenID pages phone-auth writes itself: the consent question an app's
// sign-in asks, and the "Sign out of Phone Auth?" question of a logout request without
// the app's proof; light and dark. Runs in the `a11y` project (JavaScript on, CSP
// bypassed so axe's script can run).

const { test, expect } = require('./fixtures');
const h = require('./helpers');

const RP = /** @type {string} */ (process.env.E2E_RP_URL);

test('the consent and sign-out questions are accessible', async ({ page, request }, testInfo) => {
  await h.createVerifiedUser(page, request, testInfo, { name: h.randomName() });
  await page.goto(`${RP}/`);
  await page.locator('#rp-signin').click();
  await expect(page.locator('#consent-title')).toHaveText('Example App wants your phone number and name');
  for (const scheme of /** @type {const} */ (['light', 'dark'])) {
    await page.emulateMedia({ colorScheme: scheme });
    await h.expectAccessible(page, `consent (${scheme})`);
  }
  await page.goto('/oauth/logout');
  await expect(page.locator('#logout-title')).toHaveText('Sign out of Phone Auth?');
  for (const scheme of /** @type {const} */ (['light', 'dark'])) {
    await page.emulateMedia({ colorScheme: scheme });
    await h.expectAccessible(page, `sign-out question (${scheme})`);
  }
  // Keyboard only: the first control after the brand is the answer.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.locator('#logout-confirm')).toBeFocused();
});

