// @ts-check
// SMS_PROVIDER=twilio against the fake Twilio process, which fails numbers by their last
// digits (...990211: Twilio says the number is invalid; ...990500: Twilio is down).
// Runs in the `twilio-js` and `twilio-nojs` projects.

const { test, expect } = require('./fixtures');
const h = require('./helpers');

const FAKE_TWILIO = `http://127.0.0.1:${Number(process.env.E2E_PORT_BASE || 3310) + 4}`;

test.beforeEach(async ({}, testInfo) => {
  test.skip(!/^twilio-/.test(testInfo.project.name), 'needs the server that talks to the fake Twilio');
});

/** A UK mobile number (+44 7400 ......) ending in `suffix` (6 digits). */
function numberEnding(/** @type {string} */ suffix) {
  const tail = '00' + suffix;
  return { e164: `+4474${tail}`, national: `074${tail}`, international: `+44 74${tail.slice(0, 2)} ${tail.slice(2)}` };
}

/** What the fake Twilio accepted for `to`: [{ to, code }], oldest first. */
async function sentTo(/** @type {import('@playwright/test').APIRequestContext} */ request, /** @type {string} */ to) {
  const res = await request.get(`${FAKE_TWILIO}/_fake/codes?to=${encodeURIComponent(to)}`);
  expect(res.ok()).toBeTruthy();
  return res.json();
}

/** Fills and submits the sign-up form with `phone`; returns nothing (no waiting). */
async function signUpWith(/** @type {import('@playwright/test').Page} */ page, testInfo, /** @type {{ national: string }} */ phone) {
  await h.open(page, testInfo, '/signup');
  await h.chooseCountry(page, 'GB');
  await page.locator('input#phone').fill(phone.national);
  const password = h.randomPassword();
  await page.locator('input#password').fill(password);
  await page.locator('input#confirm').fill(password);
  await page.locator('#signup-submit').click();
}

test('a number Twilio calls invalid gets one clear sentence', async ({ page, request }, testInfo) => {
  const phone = numberEnding('990211');
  await signUpWith(page, testInfo, phone);
  const error = page.locator('#signup-form [data-testid="form-error"]');
  await expect(error).toHaveText('This phone number is not valid.');
  expect(new URL(page.url()).pathname).toBe('/signup');
  // No Twilio words, codes or numbers on the page.
  await expect(page.locator('body')).not.toContainText('21211');
  await expect(page.locator('body')).not.toContainText("'To' number");
  await expect(page.locator('input#phone')).toHaveValue(h.looseDigits(phone.national.slice(1)));
  expect(await sentTo(request, phone.e164)).toEqual([]);
});

test('Twilio being down reads "could not send, try again" and spends nothing', async ({ page, request }, testInfo) => {
  const phone = numberEnding('990500');
  await signUpWith(page, testInfo, phone);
  const error = page.locator('#signup-form [data-testid="form-error"]');
  await expect(error).toHaveText('The code could not be sent, try again.');
  expect(new URL(page.url()).pathname).toBe('/signup');
  await expect(page.locator('body')).not.toContainText('20500');
  expect(await sentTo(request, phone.e164)).toEqual([]);
});

test('a good number signs up through Twilio, code read from the fake', async ({ page, request }, testInfo) => {
  const phone = h.freshPhone();
  await signUpWith(page, testInfo, phone);
  await page.waitForURL(h.atPath('/verify'));
  await h.waitForHydration(page, testInfo);
  await expect(page.locator('#code-phone')).toContainText(phone.international);
  let sent = [];
  await expect.poll(async () => (sent = await sentTo(request, phone.e164)).length).toBe(1);
  await h.submitCode(page, sent[0].code);
  await page.waitForURL(h.atPath('/profile'));
  await expect(page.locator('#profile-phone')).toContainText(phone.international);
});

/**
 * Signs up through Twilio with a fresh number and verifies it; the page ends on the
 * profile. Returns the password.
 */
async function signedUp(/** @type {import('@playwright/test').Page} */ page, request, testInfo) {
  const { phone, password } = await h.signUp(page, testInfo);
  let sent = [];
  await expect.poll(async () => (sent = await sentTo(request, phone.e164)).length).toBe(1);
  await h.submitCode(page, sent[0].code);
  await page.waitForURL(h.atPath('/profile'));
  await h.waitForHydration(page, testInfo);
  return password;
}

let undeliveredDrawn = 0;

/** Starts a phone change to `next` from the profile. */
async function changePhoneTo(/** @type {import('@playwright/test').Page} */ page, testInfo, next, /** @type {string} */ password) {
  await page.locator('#phone-form input#phone').fill(next.national);
  await page.locator('#phone-current').fill(password);
  await page.locator('#phone-submit').click();
  await expect(page.locator('#confirm-phone-form')).toBeVisible();
  await expect(page.locator('#code-phone')).toContainText(next.international);
  await h.waitForHydration(page, testInfo);
}

/** The code page's delivery line once the fake's receipts have come: live with
 * JavaScript (the island asks), on reload without. */
async function expectDelivery(/** @type {import('@playwright/test').Page} */ page, testInfo, /** @type {RegExp} */ text) {
  const line = page.locator('#code-delivery');
  if (h.hasJs(testInfo)) {
    await expect(line).toHaveText(text, { timeout: 15_000 });
  } else {
    await expect
      .poll(async () => {
        await page.reload();
        return (await line.textContent()) || '';
      }, { timeout: 15_000, intervals: [500, 1000] })
      .toMatch(text);
  }
}

test('the code page says the code was delivered, from the provider\'s receipt', async ({ page, request }, testInfo) => {
  const password = await signedUp(page, request, testInfo);
  // Sign-up's page never tells it (a number without an account gets nothing).
  const next = h.freshPhone();
  await changePhoneTo(page, testInfo, next, password);
  await expectDelivery(page, testInfo, /^Delivered to your phone at \d{1,2}:\d{2}/);
  await expect(page.locator('#code-delivery')).toHaveAttribute('data-delivery', 'delivered');
  await expect(page.locator('#channel-sms')).toBeChecked();
});

test('an undelivered code says so and offers the voice call first', async ({ page, request }, testInfo) => {
  const password = await signedUp(page, request, testInfo);
  // The fake reports numbers ending in 990730 as undelivered (30003: unreachable); the
  // digits before vary by worker and test, so no two sends meet a cooldown.
  // (+44 74xx: mobile numbers; other blocks of +44 7 are pagers or personal numbers.)
  const mid = String(400 + ((Number(process.env.TEST_WORKER_INDEX || 0) * 37 + (undeliveredDrawn += 1)) % 100));
  const next = { e164: `+447${mid}990730`, national: `07${mid}990730`, international: `+44 7${mid} 990730` };
  await changePhoneTo(page, testInfo, next, password);
  await expectDelivery(page, testInfo, /^Your carrier could not deliver the message\. Try a voice call\.$/);
  await expect(page.locator('#channel-voice')).toBeChecked();
  await expect(page.locator('#resend-submit')).toHaveClass(/^button$/);
});
