// @ts-check
// Accessibility and looks: axe-core on every page (serious or critical violations
// fail), sign-up and verification with the keyboard alone, and a screenshot of every
// page at 390 px and 1280 px wide (end2end/screenshots/, shown in the README).
// Runs in the `a11y` project: JavaScript on, CSP bypassed so axe's script can run.

const fs = require('node:fs');
const path = require('node:path');
const { test, expect } = require('./fixtures');
const h = require('./helpers');

const { expectAccessible } = h;
const SHOTS = path.join(__dirname, '..', 'screenshots');

test.beforeEach(async ({}, testInfo) => {
  test.skip(testInfo.project.name !== 'a11y', 'runs in the a11y project');
});


/**
 * Saves `<name>-390.png` and `<name>-1280.png` of the page as it is now.
 * @param {import('@playwright/test').Page} page
 * @param {string} name
 */
async function screenshots(page, name) {
  fs.mkdirSync(SHOTS, { recursive: true });
  const original = page.viewportSize() ?? { width: 1280, height: 800 };
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 800 });
    await page.screenshot({ path: path.join(SHOTS, `${name}-${width}.png`), fullPage: true, animations: 'disabled' });
  }
  await page.setViewportSize(original);
}

/**
 * Opens `url`, waits for hydration, checks it with axe and photographs it.
 * @param {import('@playwright/test').Page} page
 * @param {import('@playwright/test').TestInfo} testInfo
 * @param {string} url
 * @param {string} name
 */
async function visit(page, testInfo, url, name) {
  await h.open(page, testInfo, url);
  await expectAccessible(page, url);
  await screenshots(page, name);
}

test('every page passes axe (no serious or critical violations), light and dark', async ({ page, request }, testInfo) => {
  for (const scheme of /** @type {const} */ (['light', 'dark'])) {
    await page.emulateMedia({ colorScheme: scheme });
    const suffix = scheme === 'dark' ? '-dark' : '';
    // Signed out.
    await visit(page, testInfo, '/', `home${suffix}`);
    await visit(page, testInfo, '/signup', `signup${suffix}`);
    await visit(page, testInfo, '/signin', `signin${suffix}`);
    await visit(page, testInfo, '/signin/code', `signin-code${suffix}`);
    await visit(page, testInfo, '/reset-password', `reset-password${suffix}`);
    await visit(page, testInfo, '/no-such-page', `not-found${suffix}`);
    // A form with its errors showing.
    await h.open(page, testInfo, '/signup');
    // Past the browser's own checks (lengths), so the server's answer shows.
    await h.submitSignUp(page, { phone: '123', password: 'Tangerine-Lamp-1234', confirm: 'Tangerine-Lamp-9999' });
    await expect(h.formErrors(page, '#signup-form').first()).toBeVisible();
    // The server's answer is in (the phone check in the browser shows before it).
    await expect(page.locator('#signup-submit')).toHaveText('Create account');
    await expectAccessible(page, '/signup with errors');
    await screenshots(page, `signup-errors${suffix}`);
    // Pending: the code page with its countdown.
    const { phone } = await h.signUp(page, testInfo);
    await expectAccessible(page, '/verify');
    await screenshots(page, `verify${suffix}`);
    // Signed in.
    await h.submitCode(page, await h.latestCode(request, phone.e164));
    await page.waitForURL(h.atPath('/profile'));
    await h.waitForHydration(page, testInfo);
    await expectAccessible(page, '/profile');
    await screenshots(page, `profile${suffix}`);
    await visit(page, testInfo, '/sessions', `sessions${suffix}`);
    await visit(page, testInfo, '/', `home-signed-in${suffix}`);
    // The account menu, open.
    await page.locator('#account-menu summary').click();
    await expect(page.locator('#nav-profile')).toBeVisible();
    await expectAccessible(page, 'account menu');
    await h.signOut(page, testInfo);
  }
});

test('sign-up and verification with the keyboard alone', async ({ page, request }, testInfo) => {
  const phone = h.freshPhone();
  const password = h.randomPassword();
  await h.open(page, testInfo, '/signup');

  /** Presses Tab until the element with `id` has the focus (at most 25 times). */
  async function tabTo(/** @type {string} */ id) {
    for (let i = 0; i < 25; i++) {
      if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`Tab never reached #${id}`);
  }

  const country = page.locator('select#country');
  await tabTo('country-button');
  // A letter on the country button opens the search; Enter picks the first match and
  // moves on to the number.
  await page.keyboard.type('fran');
  await expect(page.locator('#country-search')).toBeFocused();
  await expect(page.locator('#country-option-FR')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(country).toHaveValue('FR');
  await expect(page.locator('input#phone')).toBeFocused();
  // Back to the button: the arrow key opens the list, Escape closes it unchanged.
  await page.keyboard.press('Shift+Tab');
  await expect(page.locator('#country-button')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#country-list')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('#country-list')).toHaveCount(0);
  await expect(page.locator('#country-button')).toBeFocused();
  await expect(country).toHaveValue('FR');
  // Arrow keys move through the matches.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.type('united');
  await expect(page.locator('#country-option-AE')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#country-option-GB')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(country).toHaveValue('GB');
  await expect(page.locator('input#phone')).toBeFocused();
  // The number, grouped as it is typed.
  await page.keyboard.type(phone.national);
  await expect(page.locator('input#phone')).toHaveValue(`${phone.national.slice(0, 5)} ${phone.national.slice(5)}`);
  await tabTo('password');
  await page.keyboard.type(password);
  await tabTo('confirm');
  await page.keyboard.type(password);
  await tabTo('signup-submit');
  // Focus is visible on the button (an outline is drawn).
  const outline = await page.evaluate(() => getComputedStyle(/** @type {Element} */ (document.activeElement)).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await page.waitForURL(h.atPath('/verify'));
  await h.waitForHydration(page, testInfo);

  // The code: typed digit by digit, the form sends itself at the sixth.
  const code = await h.latestCode(request, phone.e164);
  await tabTo('code');
  await page.keyboard.type(code, { delay: 30 });
  await page.waitForURL(h.atPath('/profile'));
  await expect(page.locator('#profile-phone')).toContainText(phone.international);
});

test('the phone field: countries searched by name or code, numbers grouped as typed, a pasted +number, a check on leaving', async ({ page }, testInfo) => {
  await h.open(page, testInfo, '/signup');
  const phone = page.locator('input#phone');
  const country = page.locator('select#country');
  // The plain select gives way to the picker once the page runs; it still carries the value.
  await expect(country).toBeHidden();
  await expect(country).toHaveValue('GB');
  await expect(page.locator('#country-button')).toHaveAttribute('aria-label', 'Country: United Kingdom +44');

  // Typed nationally: grouped the way the UK writes a mobile number.
  await phone.pressSequentially('07400123456');
  await expect(phone).toHaveValue('07400 123456');
  // A deletion is not undone by the grouping.
  await phone.press('End');
  await phone.press('Backspace');
  await expect(phone).toHaveValue('07400 12345');
  await phone.fill('');

  // Searched by calling code, with the list open: axe and a screenshot.
  await page.locator('#country-button').click();
  await page.locator('#country-search').fill('+1');
  await expect(page.locator('#country-list [role=option]').first()).toHaveText(/United States/);
  // The list shows its first match (it was scrolled to the chosen country before the search).
  await expect(page.locator('#country-list [role=option]').first()).toBeInViewport();
  await expect(page.locator('#country-option-US')).toHaveAttribute('aria-selected', 'true');
  await expectAccessible(page, 'country picker open');
  await screenshots(page, 'signup-country-picker');
  await page.locator('#country-search').fill('xyzzy');
  await expect(page.locator('.country-popup')).toContainText('No country matches.');
  await page.locator('#country-search').fill('germ');
  await page.locator('#country-option-DE').click();
  await expect(country).toHaveValue('DE');
  await expect(page.locator('#country-button')).toContainText('+49');
  await expect(phone).toBeFocused();
  // A click elsewhere closes the list without a change.
  await page.locator('#country-button').click();
  await expect(page.locator('#country-list')).toBeVisible();
  await page.locator('h1').click();
  await expect(page.locator('#country-list')).toHaveCount(0);
  await expect(country).toHaveValue('DE');

  // A pasted +number is grouped and picks its own country.
  await phone.fill('+447400123456');
  await expect(phone).toHaveValue('+44 7400 123456');
  await expect(country).toHaveValue('GB');
  await phone.fill('0033612345678');
  await expect(phone).toHaveValue('+33 6 12 34 56 78');
  await expect(country).toHaveValue('FR');

  // Leaving the field with too few digits says so at once, before anything is sent.
  await phone.fill('06 12 34');
  await page.locator('input#password').focus();
  const error = page.locator('#phone-error');
  await expect(error).toHaveText('This is not a valid phone number.');
  await expect(phone).toHaveAttribute('aria-invalid', 'true');
  // Typing again clears it; the server still judges what is sent.
  await phone.pressSequentially('5678');
  await expect(error).toHaveCount(0);
  await expect(phone).not.toHaveAttribute('aria-invalid', 'true');
});

test('a pasted code with spaces is cleaned and sent', async ({ page, request }, testInfo) => {
  const { phone } = await h.signUp(page, testInfo);
  const code = await h.latestCode(request, phone.e164);
  const spaced = `${code.slice(0, 3)} ${code.slice(3)}`;
  const input = page.locator('input#code');
  await input.focus();
  // A paste arrives as one input event with the whole text.
  await page.evaluate((text) => {
    const el = /** @type {HTMLInputElement} */ (document.getElementById('code'));
    el.value = text;
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste', data: text }));
  }, spaced);
  await page.waitForURL(h.atPath('/profile'));
  await expect(page.locator('#profile-phone')).toContainText(phone.international);
});
