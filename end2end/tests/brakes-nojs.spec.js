// @ts-check
// The SMS-pumping brakes on the `brakes` server without JavaScript (project
// brakes-nojs): once sign-ups that are never verified have made the conversion fall, the
// page says in one sentence that a browser with JavaScript is needed.

const { test, expect } = require('./fixtures');
const h = require('./helpers');

/** Fills and submits the sign-up form with a fresh number; returns nothing (no waiting). */
async function signUp(/** @type {import('@playwright/test').Page} */ page, testInfo) {
  await h.open(page, testInfo, '/signup');
  await h.submitSignUp(page, { phone: h.freshPhone(), password: h.randomPassword() });
}

const SENTENCE = 'Numbers like this one need a quick check by your browser before we send a code. Turn JavaScript on and try again.';

test('without JavaScript the page says a browser with JavaScript is needed', async ({ page, context }, testInfo) => {
  let told = false;
  for (let i = 0; i < 5 && !told; i++) {
    await context.clearCookies();
    await signUp(page, testInfo);
    await page.waitForLoadState('load');
    if (new URL(page.url()).pathname === '/signup') {
      await expect(page.locator('#signup-form [data-testid="form-error"]')).toHaveText(SENTENCE);
      told = true;
    } else {
      expect(new URL(page.url()).pathname).toBe('/verify');
    }
  }
  expect(told, 'the fourth sign-up at the latest is asked for the proof').toBe(true);
});
