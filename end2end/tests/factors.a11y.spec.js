// @ts-check
// axe-core on the second factors' pages (issue 18), light and dark: the profile while an
// authenticator app is being set up (the QR code and the key), with new recovery codes
// showing, and the second step with its other ways in. Runs in the `a11y` project
// (JavaScript on, CSP bypassed so axe's script can run).

const { test, expect } = require('./fixtures');
const h = require('./helpers');

async function bothSchemes(/** @type {import('@playwright/test').Page} */ page, /** @type {string} */ label) {
  for (const scheme of /** @type {const} */ (['light', 'dark'])) {
    await page.emulateMedia({ colorScheme: scheme });
    await h.expectAccessible(page, `${label} (${scheme})`);
  }
}

test('the authenticator set-up, the recovery codes and the second step are accessible', async ({ page, request }, testInfo) => {
  const { phone, password } = await h.createVerifiedUser(page, request, testInfo);
  await page.locator('#add-app-current').fill(password);
  await page.locator('#add-app-submit').click();
  await expect(page.locator('#app-qr svg')).toBeVisible();
  await h.waitForHydration(page, testInfo);
  await bothSchemes(page, 'profile: authenticator set-up');

  const secret = (await page.locator('#app-secret').textContent()) ?? '';
  await page.locator('#factor-code').fill(h.totp(secret, h.stepNow()));
  await page.locator('#confirm-app-submit').click();
  await expect(page.locator('#recovery-list li')).toHaveCount(10);
  await h.waitForHydration(page, testInfo);
  await bothSchemes(page, 'profile: new recovery codes');

  await h.signOut(page, testInfo);
  await h.signIn(page, testInfo, { phone, password });
  await page.waitForURL(h.atPath('/signin/2fa'));
  await expect(page.locator('#app-code-form')).toBeVisible();
  await h.waitForHydration(page, testInfo);
  await bothSchemes(page, 'second step: authenticator app');
  // Keyboard: the code field has the focus, and the other ways are reachable.
  await expect(page.locator('#factor-code')).toBeFocused();
  await page.locator('#use-recovery').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#recovery-code-form')).toBeVisible();
  await h.waitForHydration(page, testInfo);
  await bothSchemes(page, 'second step: recovery code');
});
