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
