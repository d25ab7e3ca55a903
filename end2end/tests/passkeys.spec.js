// @ts-check
// Passkeys in the browser, with Chromium's virtual authenticator (CDP `WebAuthn.enable`,
// `WebAuthn.addVirtualAuthenticator`: CTAP2, resident keys, user verification): add one
// on the profile, sign in with it without typing a number, the autofill offer in the
// phone field (conditional mediation), the second step, remove it. On a `localhost`
// server (browsers refuse passkeys on an IP address): project `passkeys-js`
// (`passkeys-nojs.spec.js`: without JavaScript no passkey part is shown).

const { test, expect } = require('./fixtures');
const h = require('./helpers');

async function expectNotice(/** @type {import('@playwright/test').Page} */ page, /** @type {string} */ key) {
  await expect(page.locator('#notice')).toHaveAttribute('data-notice', key);
}

/** A platform authenticator that holds passkeys and verifies the user, for this page. */
async function virtualAuthenticator(/** @type {import('@playwright/test').Page} */ page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return { cdp, authenticatorId };
}

test('a passkey: added, signs in with no number, offered in the phone field, the second step, removed', async ({ page, request }, testInfo) => {
  const { cdp, authenticatorId } = await virtualAuthenticator(page);
  // A switch for this test: with `e2e-no-autofill` in the session storage the browser
  // says it cannot offer passkeys in a field's autofill.
  await page.addInitScript(() => {
    const pkc = /** @type {any} */ (window).PublicKeyCredential;
    const real = pkc && pkc.isConditionalMediationAvailable && pkc.isConditionalMediationAvailable.bind(pkc);
    if (pkc) pkc.isConditionalMediationAvailable = async () => (sessionStorage.getItem('e2e-no-autofill') ? false : real ? real() : false);
  });
  const { phone, password } = await h.createVerifiedUser(page, request, testInfo);

  // Added after the password, with a name.
  await expect(page.locator('#passkeys')).toBeVisible();
  await page.locator('#passkey-name').fill('Test laptop');
  await page.locator('#add-passkey-current').fill('Not-My-Password-1');
  await page.locator('#add-passkey-submit').click();
  await expect(page.locator('#add-passkey-error')).toContainText('not right');
  await page.locator('#add-passkey-current').fill(password);
  await page.locator('#add-passkey-submit').click();
  await expectNotice(page, 'passkey-added');
  await expect(page.locator('#passkey-list .passkey-name')).toHaveText(['Test laptop']);
  const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
  expect(credentials).toHaveLength(1);
  expect(credentials[0].isResidentCredential).toBe(true);

  // Signed out: the sign-in page's button signs in with no number typed. (While this
  // browser's session says so, the autofill offer is held back: the virtual
  // authenticator takes an offer at once, and every visit to the sign-in page would sign
  // in by itself.)
  await page.evaluate(() => sessionStorage.setItem('e2e-no-autofill', '1'));
  await h.signOut(page, testInfo);
  const page_html = await (await request.get('/signin')).text();
  expect(page_html).toContain('autocomplete="username webauthn"');
  await h.open(page, testInfo, '/signin');
  await page.locator('#passkey-signin-submit').click();
  await page.waitForURL(h.atPath('/profile'));
  await expect(page.locator('#profile-phone')).toContainText(phone.international);
  await h.waitForHydration(page, testInfo);

  // The autofill offer (conditional mediation): the phone field offers the passkey, the
  // virtual authenticator picks it, and the browser is signed in without a click.
  await h.signOut(page, testInfo);
  await page.evaluate(() => sessionStorage.removeItem('e2e-no-autofill'));
  const offered = page.waitForRequest((r) => r.url().endsWith('/api/passkey-options') && (r.postData() ?? '').includes('purpose=sign-in-conditional'));
  await h.open(page, testInfo, '/signin');
  await offered;
  await page.waitForURL(h.atPath('/profile'));
  await h.waitForHydration(page, testInfo);
  await page.evaluate(() => sessionStorage.setItem('e2e-no-autofill', '1'));

  // With two-factor sign-in on, the password is followed by a choice that includes it.
  await page.locator('#enable-2fa-submit').click();
  await expectNotice(page, '2fa-on');
  await h.signOut(page, testInfo);
  await h.signIn(page, testInfo, { phone, password });
  await page.waitForURL(h.atPath('/signin/2fa'));
  await page.locator('#use-passkey').click();
  await expect(page.locator('#passkey-2fa-submit')).toBeVisible();
  await h.waitForHydration(page, testInfo);
  await page.locator('#passkey-2fa-submit').click();
  await page.waitForURL(h.atPath('/profile'));
  await h.waitForHydration(page, testInfo);
  // ... and a passkey sign-in alone is complete: no second step.
  await h.signOut(page, testInfo);
  await h.open(page, testInfo, '/signin');
  await page.locator('#passkey-signin-submit').click();
  await page.waitForURL(h.atPath('/profile'));
  await expect(page.locator('#passkey-list .passkey-row')).toContainText('last used');

  // Removed with the password.
  await page.locator('#passkey-list summary').click();
  await page.locator('#passkey-list input[name=current]').fill(password);
  await page.locator('#passkey-list .remove-passkey button').click();
  await expectNotice(page, 'passkey-removed');
  await expect(page.locator('#passkey-list .passkey-row')).toHaveCount(0);
});
