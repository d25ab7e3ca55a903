// @ts-check
// WebOTP on the code pages: a browser that can read the code from the SMS (Chrome on
// Android) is asked for it by the page's island, and the code it gives is filled in and
// sent. There is no SMS here: `navigator.credentials.get` is replaced before any script
// of the page runs, records what it was asked, and answers with the code the test takes
// from the outbox.

const { test, expect } = require('./fixtures');
const h = require('./helpers');

/**
 * Replaces the page's WebOTP: `window.__webotp.asked` lists the requests (their
 * transports and whether they can be aborted), `deliver(code)` answers the last one,
 * `aborted` counts aborts. With `supported: false` the browser has no OTPCredential.
 * @param {import('@playwright/test').Page} page
 * @param {{ supported: boolean }} opts
 */
async function stubWebOtp(page, opts) {
  await page.addInitScript((supported) => {
    const w = /** @type {any} */ (window);
    if (supported) w.OTPCredential = w.OTPCredential || function OTPCredential() {};
    else delete w.OTPCredential;
    const state = { asked: /** @type {any[]} */ ([]), aborted: 0, deliver: (/** @type {string} */ _code) => {} };
    w.__webotp = state;
    /** @param {any} options */
    navigator.credentials.get = (options) => {
      if (!options || !options.otp) return Promise.reject(new DOMException('only OTP here', 'NotSupportedError'));
      state.asked.push({ transport: options.otp.transport, abortable: options.signal instanceof AbortSignal });
      return new Promise((resolve, reject) => {
        state.deliver = (code) => resolve({ type: 'otp', id: '', code });
        options.signal?.addEventListener('abort', () => {
          state.aborted += 1;
          reject(new DOMException('aborted', 'AbortError'));
        });
      });
    };
  }, opts.supported);
}

const asked = (/** @type {import('@playwright/test').Page} */ page) => page.evaluate(() => /** @type {any} */ (window).__webotp.asked);

test('the code read from the SMS is filled in and sent', async ({ page, request }, testInfo) => {
  await stubWebOtp(page, { supported: true });
  const user = await h.signUp(page, testInfo);
  await expect.poll(() => asked(page)).toEqual([{ transport: ['sms'], abortable: true }]);
  const code = await h.latestCode(request, user.phone.e164);
  await page.evaluate((c) => /** @type {any} */ (window).__webotp.deliver(c), code);
  await page.waitForURL(h.atPath('/profile'));
  await expect(page.locator('#profile-phone')).toContainText(user.phone.international);
});

test('on the reset page the code is filled in and the new password still asked', async ({ page, request }, testInfo) => {
  const { phone } = await h.createVerifiedUser(page, request, testInfo);
  await page.context().clearCookies();
  await stubWebOtp(page, { supported: true });
  await h.open(page, testInfo, '/reset-password');
  await h.fillPhone(page, phone, 'national');
  await page.locator('#send-reset-submit').click();
  await expect(page.locator('#reset-form')).toBeVisible();
  await h.waitForHydration(page, testInfo);
  await expect.poll(() => asked(page)).toHaveLength(1);
  const code = await h.latestCode(request, phone.e164, 'reset-password');
  await page.evaluate((c) => /** @type {any} */ (window).__webotp.deliver(c), code);
  await expect(page.locator('input#code')).toHaveValue(code);
  expect(new URL(page.url()).pathname).toBe('/reset-password');
  await expect(page.locator('input#password')).toHaveValue('');
});

test('a browser without WebOTP is not asked; the page works as before', async ({ page, request }, testInfo) => {
  await stubWebOtp(page, { supported: false });
  const user = await h.signUp(page, testInfo);
  // Hydrated (signUp waited for it) and the code field focused: the island ran.
  await expect(page.locator('input#code')).toBeFocused();
  expect(await asked(page)).toEqual([]);
  const code = await h.latestCode(request, user.phone.e164);
  await h.submitCode(page, code);
  await page.waitForURL(h.atPath('/profile'));
});
