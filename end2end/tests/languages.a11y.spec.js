// @ts-check
// The pages in Arabic (right to left) and Hindi (issue 20 §6): the language menu chooses
// the language (a plain form, so it works without JavaScript too), the server sets
// `<html lang dir>`, and sign-up, verify, profile and sessions pass axe at 390 and
// 1280 px, photographed for the README (end2end/screenshots/<lang>-<page>-<width>.png).
// Then a sign-up in Arabic with the keyboard alone. Runs in the `a11y` project.

const fs = require('node:fs');
const path = require('node:path');
const { test, expect } = require('./fixtures');
const h = require('./helpers');

const { expectAccessible } = h;
const SHOTS = path.join(__dirname, '..', 'screenshots');

test.beforeEach(async ({}, testInfo) => {
  test.skip(testInfo.project.name !== 'a11y', 'runs in the a11y project');
});

const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];

/**
 * axe at both widths, and a screenshot of each.
 * @param {import('@playwright/test').Page} page
 * @param {string} name
 */
async function checkAndShoot(page, name) {
  fs.mkdirSync(SHOTS, { recursive: true });
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    await expectAccessible(page, `${name} at ${viewport.width} px`);
    await page.screenshot({ path: path.join(SHOTS, `${name}-${viewport.width}.png`), fullPage: true, animations: 'disabled' });
  }
}

/**
 * Chooses `tag` in the header's language menu and waits for the page to come back in it.
 * @param {import('@playwright/test').Page} page
 * @param {import('@playwright/test').TestInfo} testInfo
 * @param {string} tag
 */
async function chooseLanguage(page, testInfo, tag) {
  await page.locator('#header-language summary').click();
  await page.locator(`#header-language button[value="${tag}"]`).click();
  await expect(page.locator('html')).toHaveAttribute('lang', tag);
  await h.waitForHydration(page, testInfo);
}

for (const { tag, dir, title } of [
  { tag: 'ar', dir: 'rtl', title: 'إنشاء حساب' },
  { tag: 'hi', dir: 'ltr', title: 'खाता बनाएँ' },
]) {
  test(`in ${tag}: the menu chooses it; sign-up, verify, profile and sessions pass axe at 390 and 1280 px`, async ({ page, request }, testInfo) => {
    await h.open(page, testInfo, '/signup');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await chooseLanguage(page, testInfo, tag);
    await expect(page).toHaveURL(/\/signup$/);
    await expect(page.locator('html')).toHaveAttribute('dir', dir);
    await expect(page.locator('h1')).toContainText(title);
    // The number stays left to right inside a right-to-left page.
    await expect(page.locator('input#phone')).toHaveAttribute('dir', 'ltr');
    await checkAndShoot(page, `${tag}-signup`);

    const { phone } = await h.signUp(page, testInfo);
    await expect(page.locator('html')).toHaveAttribute('lang', tag);
    await checkAndShoot(page, `${tag}-verify`);
    await h.submitCode(page, await h.latestCode(request, phone.e164));
    await page.waitForURL(h.atPath('/profile'));
    await h.waitForHydration(page, testInfo);
    await checkAndShoot(page, `${tag}-profile`);
    await h.open(page, testInfo, '/sessions');
    await checkAndShoot(page, `${tag}-sessions`);
    // The footer's menu goes back to English.
    await page.locator('#footer-language summary').click();
    await page.locator('#footer-language button[value="en"]').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  });
}

test('sign-up in Arabic with the keyboard alone', async ({ page, request }, testInfo) => {
  const phone = h.freshPhone();
  const password = h.randomPassword();
  await h.open(page, testInfo, '/signup');

  /** Presses Tab until the element with `id` (or matching `selector`) has the focus. */
  async function tabTo(/** @type {string} */ selector) {
    for (let i = 0; i < 40; i++) {
      if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`Tab never reached ${selector}`);
  }

  // The header's language menu, opened and used from the keyboard.
  await tabTo('#header-language summary');
  await page.keyboard.press('Enter');
  await tabTo('#header-language button[value="ar"]');
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await h.waitForHydration(page, testInfo);

  // The country by its Arabic name: "المملكة المتحدة" (United Kingdom).
  await tabTo('#country-button');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.type('المملكة المتحدة');
  await expect(page.locator('#country-option-GB')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page.locator('select#country')).toHaveValue('GB');
  await expect(page.locator('input#phone')).toBeFocused();
  await page.keyboard.type(phone.national);
  await tabTo('#password');
  await page.keyboard.type(password);
  await tabTo('#confirm');
  await page.keyboard.type(password);
  await tabTo('#signup-submit');
  await page.keyboard.press('Enter');
  await page.waitForURL(h.atPath('/verify'));
  await h.waitForHydration(page, testInfo);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');

  const code = await h.latestCode(request, phone.e164);
  await tabTo('#code');
  await page.keyboard.type(code, { delay: 30 });
  await page.waitForURL(h.atPath('/profile'));
  await expect(page.locator('#profile-phone')).toContainText(phone.international);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
});
