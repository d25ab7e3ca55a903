// @ts-check
// Second factors in the browser: an authenticator app set up from the profile (QR code,
// the secret, its first code; this test computes the codes itself, RFC 6238), the
// recovery codes shown once, and the second step with a choice (the app, a recovery
// code, "Text me a code instead"). Runs in every `<db>-js` and `<db>-nojs` project.

const crypto = require('node:crypto');
const { test, expect } = require('./fixtures');
const h = require('./helpers');

test.beforeEach(async ({}, testInfo) => {
  test.skip(!/-(js|nojs)$/.test(testInfo.project.name), 'factor tests run in the <db>-js and <db>-nojs projects only');
});

/** The bytes of a base32 secret (RFC 4648, spaces ignored). */
function base32(/** @type {string} */ text) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  const out = [];
  for (const c of text.replace(/[\s=]/g, '').toUpperCase()) {
    const i = alphabet.indexOf(c);
    if (i < 0) throw new Error(`not base32: ${c}`);
    value = ((value << 5) | i) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** The TOTP code (SHA-1, 6 digits) of time step `step` (30 s each). */
function totp(/** @type {string} */ secret, /** @type {number} */ step) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const mac = crypto.createHmac('sha1', base32(secret)).update(counter).digest();
  const offset = mac[mac.length - 1] & 15;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

const stepNow = () => Math.floor(Date.now() / 30_000);

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
  if (h.hasJs(testInfo)) await h.expectAccessible(page, 'profile: authenticator set-up');

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
  await expect(page.locator('#copy-codes')).toHaveCount(h.hasJs(testInfo) ? 1 : 0);
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
  if (h.hasJs(testInfo)) await h.expectAccessible(page, 'second step: authenticator app');
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
