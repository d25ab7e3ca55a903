// @ts-check
// Second factors in the browser: an authenticator app set up from the profile (QR code,
// the secret, its first code; this test computes the codes itself, RFC 6238), the
// recovery codes shown once, and the second step with a choice (the app, a recovery
// code, "Text me a code instead"). Runs in every `<db>-js` and `<db>-nojs` project.

const { test, expect } = require('./fixtures');
const h = require('./helpers');

test.beforeEach(async ({}, testInfo) => {
  test.skip(!/-(js|nojs)$/.test(testInfo.project.name), 'factor tests run in the <db>-js and <db>-nojs projects only');
});

const { totp, stepNow } = h;

async function expectNotice(/** @type {import('@playwright/test').Page} */ page, /** @type {string} */ key) {
  await expect(page.locator('#notice')).toHaveAttribute('data-notice', key);
}

test('an authenticator app and recovery codes: set up, second step with a choice, removed', async ({ page, request }, testInfo) => {
  const { phone, password } = await h.createVerifiedUser(page, request, testInfo);

  // Set up: the password, then a QR code and the key to type.
  await page.locator('#add-app-current').fill(password);
  await page.locator('#add-app-submit').click();
  await expectNotice(page, 'app-setup');
  await expect(page.locator('#app-qr svg')).toBeVisible();
  await expect(page.locator('#app-link')).toHaveAttribute('href', /^otpauth:\/\/totp\/.*secret=/);
  const secret = (await page.locator('#app-secret').textContent()) ?? '';
  expect(secret).toMatch(/^[A-Z2-7]{4}( [A-Z2-7]{1,4})+$/);
  await h.waitForHydration(page, testInfo);

  // A wrong code is told beside the field; the app's code finishes it.
  const confirmStep = stepNow();
  await page.locator('#factor-code').fill(totp(secret, confirmStep + 5));
  await page.locator('#confirm-app-submit').click();
  await expect(page.locator('#factor-code-error')).toContainText('not right');
  await h.waitForHydration(page, testInfo);
  await page.locator('#factor-code').fill(totp(secret, confirmStep));
  await page.locator('#confirm-app-submit').click();
  await expectNotice(page, 'app-added');
  await expect(page.locator('#profile-2fa')).toHaveText('on');
  await expect(page.locator('#app-status')).toContainText('Added');

  // Ten recovery codes, shown this once, with a download (and a copy button with scripts).
  const shown = page.locator('#recovery-list li');
  await expect(shown).toHaveCount(10);
  const codes = (await shown.allTextContents()).map((c) => c.trim());
  for (const c of codes) expect(c).toMatch(/^[0-9a-z]{5}-[0-9a-z]{5}$/);
  await expect(page.locator('#download-codes')).toHaveAttribute('download', 'recovery-codes.txt');
  expect(decodeURIComponent((await page.locator('#download-codes').getAttribute('href')) ?? '')).toContain(codes[9]);
  await h.waitForHydration(page, testInfo);
  // The copy button needs scripts: without them it is not shown.
  if (h.hasJs(testInfo)) {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.locator('#copy-codes').click();
    await expect(page.locator('#copy-codes')).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(codes[0]);
  } else {
    await expect(page.locator('#copy-codes')).toBeHidden();
  }
  await h.open(page, testInfo, '/profile');
  await expect(page.locator('#recovery-list')).toHaveCount(0);
  await expect(page.locator('#recovery-left')).toHaveText('10 recovery codes left.');

  // The next sign-in asks for the app first and texts nothing.
  const texted = (await h.messagesFor(request, phone.e164, { purpose: '2fa' })).length;
  await h.signOut(page, testInfo);
  await h.signIn(page, testInfo, { phone, password });
  await page.waitForURL(h.atPath('/signin/2fa'));
  await h.waitForHydration(page, testInfo);
  await expect(page.locator('#app-code-form')).toBeVisible();
  await expect(page.locator('#use-sms')).toHaveText('Text me a code instead');
  await expect(page.locator('#use-recovery')).toHaveText('Use a recovery code instead');
  expect((await h.messagesFor(request, phone.e164, { purpose: '2fa' })).length).toBe(texted);
  // The set-up's code is spent; the next step's signs in.
  await page.locator('#factor-code').fill(totp(secret, confirmStep));
  await page.locator('#app-code-submit').click();
  await expect(page.locator('#factor-code-error')).toBeVisible();
  await h.waitForHydration(page, testInfo);
  await page.locator('#factor-code').fill(totp(secret, confirmStep + 1));
  await page.locator('#app-code-submit').click();
  await page.waitForURL(h.atPath('/profile'));

  // A recovery code, from "Use a recovery code instead".
  await h.signOut(page, testInfo);
  await h.signIn(page, testInfo, { phone, password });
  await page.waitForURL(h.atPath('/signin/2fa'));
  await page.locator('#use-recovery').click();
  await expect(page.locator('#recovery-code-form')).toBeVisible();
  await h.waitForHydration(page, testInfo);
  await page.locator('#factor-code').fill(codes[0].toUpperCase());
  await page.locator('#recovery-code-submit').click();
  await page.waitForURL(h.atPath('/profile'));
  await expectNotice(page, 'recovery-code-used');
  await expect(page.locator('#notice')).toHaveText('You signed in with a recovery code. 9 recovery codes remain.');
  await expect(page.locator('#recovery-left')).toHaveText('9 recovery codes left.');

  // "Text me a code instead" sends one, and the SMS code signs in.
  await h.waitForHydration(page, testInfo);
  await h.signOut(page, testInfo);
  await h.signIn(page, testInfo, { phone, password });
  await page.waitForURL(h.atPath('/signin/2fa'));
  await page.locator('#use-sms').click();
  await expect(page.locator('#two-factor-form')).toBeVisible();
  await expect(page.locator('#code-phone')).toContainText(phone.international);
  await h.waitForHydration(page, testInfo);
  await h.enterCode(page, await h.latestCode(request, phone.e164, '2fa'), '#two-factor-submit');
  await page.waitForURL(h.atPath('/profile'));
  await h.waitForHydration(page, testInfo);

  // Removing the app asks for the password.
  await page.locator('#remove-app-current').fill('Not-My-Password-1');
  await page.locator('#remove-app-submit').click();
  await expect(page.locator('#remove-app-current-error')).toContainText('not right');
  await h.waitForHydration(page, testInfo);
  await page.locator('#remove-app-current').fill(password);
  await page.locator('#remove-app-submit').click();
  await expectNotice(page, 'app-removed');
  await expect(page.locator('#add-app-form')).toBeVisible();
  await expect(page.locator('#recovery-left')).toHaveText('9 recovery codes left.');
});
