// @ts-check
// The build people run, seen by a person with JavaScript on: every page with an island
// loads without a page error or a console error (the `test` of fixtures.js fails on
// either) and its interactive parts are alive: the country picker replaces the select
// and finds a country by name, the countdowns tick, a code sends itself at the sixth
// digit, and a refused code shows its error in place, without a page load. Runs in the
// `release` project (JavaScript on); `./x test` runs every project against the release
// server and target/site that `./x run` serves.

const { test, expect } = require('./fixtures');
const h = require('./helpers');

test.beforeEach(async ({}, testInfo) => {
  test.skip(testInfo.project.name !== 'release', 'runs in the release project');
});

/**
 * Marks the current document; `expectSameDocument` then fails if the page was reloaded
 * or navigated since.
 * @param {import('@playwright/test').Page} page
 */
async function markDocument(page) {
  await page.evaluate(() => {
    // @ts-ignore a marker that lives only as long as this document
    window.__sameDocument = true;
  });
}

/** @param {import('@playwright/test').Page} page */
async function expectSameDocument(page) {
  // @ts-ignore see markDocument
  expect(await page.evaluate(() => window.__sameDocument === true), 'the page was not reloaded').toBe(true);
}

/**
 * The searchable country picker is there (only the hydrated island draws it) and finds
 * Germany by its name.
 * @param {import('@playwright/test').Page} page
 */
async function expectPickerFindsByName(page) {
  const button = page.locator('#country-button');
  await expect(button).toBeVisible();
  await expect(page.locator('select#country')).toBeHidden();
  await button.click();
  await page.locator('#country-search').fill('Germany');
  const option = page.locator('#country-option-DE');
  await expect(option).toBeVisible();
  await option.click();
  await expect(page.locator('select#country')).toHaveValue('DE');
  await expect(button).toContainText('+49');
}

/**
 * The code countdown shows mm:ss and counts down.
 * @param {import('@playwright/test').Page} page
 */
async function expectCountdownTicks(page) {
  await expect(page.locator('#code-countdown')).toHaveText(/\d+:\d{2}/);
  const start = await h.countdownSeconds(page);
  expect(start).toBeGreaterThan(0);
  await expect.poll(() => h.countdownSeconds(page), { timeout: 5_000 }).toBeLessThan(start);
}

test('the signed-out pages load clean and their country picker finds a country by name', async ({ page }, testInfo) => {
  await h.open(page, testInfo, '/');
  for (const url of ['/signup', '/signin', '/signin/code', '/reset-password']) {
    await h.open(page, testInfo, url);
    await expectPickerFindsByName(page);
  }
});

test('verify: the countdown ticks, a wrong code is refused in place, the right one sends itself', async ({ page, request }, testInfo) => {
  const { phone } = await h.signUp(page, testInfo);
  await expectCountdownTicks(page);
  const code = await h.latestCode(request, phone.e164);

  await markDocument(page);
  // Six digits send themselves: no button is pressed.
  await page.locator('input#code').fill(h.wrongCode(code));
  await expect(page.locator('#code-error')).toContainText('tries left');
  await expectSameDocument(page);
  await expect(page).toHaveURL(/\/verify$/);

  await page.locator('input#code').fill(code);
  await page.waitForURL(h.atPath('/profile'));
  await h.waitForHydration(page, testInfo);
  await expectPickerFindsByName(page);
});

test('sign-in: a wrong password is refused in place; 2FA and the sessions page load clean', async ({ page, request }, testInfo) => {
  const { phone, password } = await h.createVerifiedUser(page, request, testInfo);
  await page.locator('#enable-2fa-submit').click();
  await expect(page.locator('#profile-2fa')).toHaveText('on');
  await h.open(page, testInfo, '/sessions');
  await h.signOut(page, testInfo);

  await h.open(page, testInfo, '/signin');
  await markDocument(page);
  await h.signIn(page, testInfo, { phone, password: 'Not-The-Password-1', navigate: false });
  await expect(h.formErrors(page, '#signin-form')).toContainText('Wrong phone number or password.');
  await expectSameDocument(page);

  await h.signIn(page, testInfo, { phone, password, navigate: false });
  await page.waitForURL(h.atPath('/signin/2fa'));
  await h.waitForHydration(page, testInfo);
  await expectCountdownTicks(page);
  await h.enterCode(page, await h.latestCode(request, phone.e164, '2fa'), '#two-factor-submit');
  await page.waitForURL(h.atPath('/profile'));
});
