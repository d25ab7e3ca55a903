// @ts-check
// axe-core on the passkey parts (issue 18), light and dark: the sign-in page with its
// passkey button, and the profile's Passkeys section with one passkey listed (its rename
// and remove open). On the `localhost` server that offers passkeys (project
// `passkeys-a11y`: JavaScript on, CSP bypassed so axe's script can run).

const { test, expect } = require('./fixtures');
const h = require('./helpers');

async function bothSchemes(/** @type {import('@playwright/test').Page} */ page, /** @type {string} */ label) {
  for (const scheme of /** @type {const} */ (['light', 'dark'])) {
    await page.emulateMedia({ colorScheme: scheme });
    await h.expectAccessible(page, `${label} (${scheme})`);
  }
}

test('the passkey parts of the sign-in page and the profile are accessible', async ({ page, request }, testInfo) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });
  const { password } = await h.createVerifiedUser(page, request, testInfo);
  await page.locator('#passkey-name').fill('Test laptop');
  await page.locator('#add-passkey-current').fill(password);
  await page.locator('#add-passkey-submit').click();
  await expect(page.locator('#passkey-list .passkey-row')).toHaveCount(1);
  await page.locator('#passkey-list summary').click();
  await h.waitForHydration(page, testInfo);
  await bothSchemes(page, 'profile: passkeys');
  // Keyboard: the add button is reachable and labelled.
  await page.locator('#add-passkey-current').focus();
  await page.keyboard.press('Tab');
  await expect(page.locator('#add-passkey-submit')).toBeFocused();
  await page.context().clearCookies();
  // A fresh sign-in page without the autofill offer taking the passkey at once.
  await cdp.send('WebAuthn.disable');
  await h.open(page, testInfo, '/signin');
  await expect(page.locator('#passkey-signin-submit')).toBeVisible();
  await bothSchemes(page, 'sign-in with a passkey button');
});
