// @ts-check
// The SMS-pumping brakes on the `brakes` server (3 sends, under 50 % of codes used: a
// proof of work is needed). Sign-ups that are never verified make the conversion fall;
// with JavaScript the page solves the challenge by itself (a Web Worker) and the sign-up
// goes through (project brakes-js; without JavaScript: brakes-nojs.spec.js).

const { test, expect } = require('./fixtures');
const h = require('./helpers');

test('with JavaScript the page solves the proof of work by itself', async ({ page, context }, testInfo) => {
  let solved = false;
  for (let i = 0; i < 5; i++) {
    await context.clearCookies();
    // Every sign-up reaches the code page: the ones past the third asked for the proof.
    await h.signUp(page, testInfo);
    await expect(page.locator('#code-phone')).toBeVisible();
    solved = solved || (await context.cookies()).some((c) => c.name === 'pa_pow');
  }
  expect(solved, 'a challenge was solved in the browser').toBe(true);
});
