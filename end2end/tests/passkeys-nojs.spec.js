// @ts-check
// Passkeys without JavaScript (project `passkeys-nojs`, on the `localhost` server that
// offers them): no passkey part is shown, and the other ways in remain.

const { test, expect } = require('./fixtures');
const h = require('./helpers');

test('without JavaScript no passkey part is shown, and the other ways in remain', async ({ page, request }, testInfo) => {
  await h.open(page, testInfo, '/signin');
  await expect(page.locator('#signin-form')).toBeVisible();
  await expect(page.locator('#passkey-signin-submit')).toBeHidden();
  await h.createVerifiedUser(page, request, testInfo);
  await expect(page.locator('#add-passkey-submit')).toBeHidden();
  await expect(page.locator('#passkeys .when-static')).toHaveText('Adding a passkey needs JavaScript.');
});
