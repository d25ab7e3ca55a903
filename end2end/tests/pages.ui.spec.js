// @ts-check
// The pages' finish (issue 16, points 4, 5, 6 and 9): nothing wider than a phone at
// 390 px, session and activity cards with their actions in view, activity written as
// sentences from what the test did, times in the browser's own zone (and "UTC" only
// when no zone is known), the profile in three sections with one primary action each,
// the toast at the top, the welcome after verification, and the brand in the header.
// Runs in the `ui` project (SQLite server, JavaScript on unless a describe says not).

const { test, expect } = require('./fixtures');
const h = require('./helpers');

const FIREFOX_WINDOWS = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:121.0) Gecko/20100101 Firefox/121.0';
const SAFARI_IOS =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1';
const PHONE_VIEWPORT = { width: 390, height: 844 };

/** The page is no wider than the window: nothing to scroll sideways. */
async function expectNoHorizontalOverflow(/** @type {import('@playwright/test').Page} */ page, /** @type {string} */ label) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `${label}: page width ${scrollWidth} > window ${innerWidth}`).toBeLessThanOrEqual(innerWidth);
}

/** The element is visible and wholly inside the window's width. */
async function expectInView(/** @type {import('@playwright/test').Locator} */ el, /** @type {number} */ width) {
  await expect(el).toBeVisible();
  const box = await el.boundingBox();
  expect(box, 'has a box').not.toBeNull();
  if (!box) return;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(width);
}

/**
 * Another browser (its own context, with `userAgent`) signs in to the account.
 * @param {import('@playwright/test').Browser} browser
 * @param {{ watch: (c: import('@playwright/test').BrowserContext) => void }} pageErrors
 */
async function signInElsewhere(browser, pageErrors, testInfo, userAgent, phone, password) {
  const context = await browser.newContext({ userAgent });
  pageErrors.watch(context);
  const other = await context.newPage();
  await h.signIn(other, testInfo, { phone, password });
  await other.waitForURL(h.atPath('/profile'));
  return context;
}

test('at 390 px no page is wider than the phone, and every session action is in view', async ({ page, browser, request, pageErrors }, testInfo) => {
  // Signed out: the pages a visitor sees first.
  await page.setViewportSize(PHONE_VIEWPORT);
  for (const path of ['/', '/signup', '/signin']) {
    await h.open(page, testInfo, path);
    await expectNoHorizontalOverflow(page, path);
  }
  // Signed in, with a second device, so the lists have more than one card.
  const { phone, password } = await h.createVerifiedUser(page, request, testInfo);
  const other = await signInElsewhere(browser, pageErrors, testInfo, FIREFOX_WINDOWS, phone, password);
  for (const path of ['/profile', '/sessions']) {
    await h.open(page, testInfo, path);
    await expectNoHorizontalOverflow(page, path);
  }
  // The sessions are cards, each with its own action in view.
  const cards = page.locator('#sessions .session-row');
  await expect(cards).toHaveCount(2);
  for (const card of await cards.all()) {
    await expectInView(card, PHONE_VIEWPORT.width);
    await expectInView(card.locator('button.end-session'), PHONE_VIEWPORT.width);
    // Stacked: the card is not a table row.
    expect(await card.evaluate((el) => getComputedStyle(el).display)).not.toBe('table-row');
  }
  await expect(page.locator('table')).toHaveCount(0);
  await expectInView(page.locator('#end-others-submit'), PHONE_VIEWPORT.width);
  await expectInView(page.locator('#end-all-submit'), PHONE_VIEWPORT.width);
  // "this device" stays on one line.
  const badge = page.locator('.session-row[data-this-device="true"] .this-device');
  expect(await badge.evaluate((el) => el.getClientRects().length)).toBe(1);
  // The activity entries are cards too.
  await h.open(page, testInfo, '/profile');
  const entries = page.locator('#activity .activity-row');
  expect(await entries.count()).toBeGreaterThan(2);
  for (const entry of (await entries.all()).slice(0, 5)) await expectInView(entry, PHONE_VIEWPORT.width);
  await other.close();
});

test('the activity reads as sentences of what was done', async ({ page, browser, request, pageErrors }, testInfo) => {
  const { phone, password } = await h.createVerifiedUser(page, request, testInfo);
  // A wrong password from somewhere.
  const stranger = await browser.newContext();
  pageErrors.watch(stranger);
  const strangerPage = await stranger.newPage();
  await h.signIn(strangerPage, testInfo, { phone, password: h.randomPassword() });
  await expect(h.formErrors(strangerPage, '#signin-form').first()).toBeVisible();
  await stranger.close();
  // Firefox on Windows signs in with the password, Safari on iOS with a code.
  const firefox = await signInElsewhere(browser, pageErrors, testInfo, FIREFOX_WINDOWS, phone, password);
  const safari = await browser.newContext({ userAgent: SAFARI_IOS });
  pageErrors.watch(safari);
  const iphone = await safari.newPage();
  await h.open(iphone, testInfo, '/signin/code');
  await h.fillPhone(iphone, phone, 'national');
  await iphone.locator('#send-code-submit').click();
  await expect(iphone.locator('#signin-code-form')).toBeVisible();
  await h.waitForHydration(iphone, testInfo);
  await h.enterCode(iphone, await h.latestCode(request, phone.e164, 'sign-in'), '#signin-code-submit');
  await iphone.waitForURL(h.atPath('/profile'));

  // Two other devices are signed in: the password change signs both out, and says so.
  await h.open(page, testInfo, '/profile');
  const fresh = h.randomPassword();
  await page.locator('#password-current').fill(password);
  await page.locator('#password-new').fill(fresh);
  await page.locator('#password-confirm').fill(fresh);
  await page.locator('#password-submit').click();
  await expect(page.locator('#notice')).toHaveAttribute('data-notice', 'password-changed');
  await h.waitForHydration(page, testInfo);
  await page.locator('#enable-2fa-submit').click();
  await expect(page.locator('#notice')).toHaveAttribute('data-notice', '2fa-on');

  const events = page.locator('#activity .activity-event');
  await expect(events.first()).toHaveText('Two-factor sign-in turned on');
  await expect(events.nth(1)).toHaveText('Password changed; 2 other devices were signed out');
  const all = await events.allInnerTexts();
  expect(all).toContain('Signed in with a code on Safari on iOS');
  expect(all).toContain('Signed in on Firefox on Windows');
  expect(all).toContain('A wrong password was tried');
  expect(all).toContain('Phone number verified');
  // No internals: no snake_case kinds, no "(session 8)", no "session(s)".
  for (const sentence of all) expect(sentence).not.toMatch(/_|\(|session\(s\)/);
  // The wrong password is marked, and the device of a sentence is not repeated.
  await expect(page.locator('#activity .activity-row.warning')).toContainText('A wrong password was tried');
  const firefoxRow = page.locator('#activity .activity-row', { hasText: 'Signed in on Firefox on Windows' });
  await expect(firefoxRow.locator('.meta')).not.toContainText('Firefox');
  await expect(firefoxRow.locator('.meta')).toContainText('127.0.0.1');
  await firefox.close();
  await safari.close();
});

test('times are in the browser’s zone, relative when recent, and never say UTC', async ({ browser, request, pageErrors }, testInfo) => {
  const zone = 'America/New_York';
  const context = await browser.newContext({ timezoneId: zone });
  pageErrors.watch(context);
  const page = await context.newPage();
  await h.open(page, testInfo, '/');
  // The page's script told the server the zone.
  await expect.poll(async () => (await context.cookies()).find((c) => c.name === 'tz')?.value).toBe(zone);
  await h.createVerifiedUser(page, request, testInfo);
  const clock = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const day = new Intl.DateTimeFormat('en-GB', { timeZone: zone, day: 'numeric', month: 'long', year: 'numeric' });
  for (const path of ['/profile', '/sessions']) {
    await h.open(page, testInfo, path);
    const times = page.locator('main time');
    expect(await times.count()).toBeGreaterThan(0);
    for (const time of (await times.all()).slice(0, 6)) {
      const iso = await time.getAttribute('datetime');
      expect(iso).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      const at = new Date(/** @type {string} */ (iso));
      // Written a moment ago: relative.
      await expect(time).toHaveText(/^(just now|\d+ minutes? ago)$/);
      // The whole date is New York's, not the server's or UTC's.
      const full = await time.getAttribute('title');
      expect(full).toContain(`${day.format(at)} at ${clock.format(at)}`);
    }
    const text = await page.locator('main').innerText();
    const titles = await page.locator('main [title]').evaluateAll((els) => els.map((e) => e.getAttribute('title')).join(' '));
    expect(`${text} ${titles}`).not.toContain('UTC');
  }
  await context.close();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  /** The helpers read the project's setting; this describe turns JavaScript off itself. */
  const noJs = (/** @type {import('@playwright/test').TestInfo} */ testInfo) =>
    /** @type {import('@playwright/test').TestInfo} */ ({ project: { ...testInfo.project, use: { ...testInfo.project.use, javaScriptEnabled: false } } });

  test('with no zone known, times say UTC', async ({ page, request }, info) => {
    const testInfo = noJs(info);
    await h.createVerifiedUser(page, request, testInfo);
    expect((await page.context().cookies()).find((c) => c.name === 'tz')).toBeUndefined();
    for (const path of ['/profile', '/sessions']) {
      await h.open(page, testInfo, path);
      const time = page.locator('main time').first();
      await expect(time).toHaveText(/^(just now|\d+ minutes? ago)$/);
      const at = new Date(/** @type {string} */ (await time.getAttribute('datetime')));
      const utc = `${String(at.getUTCHours()).padStart(2, '0')}:${String(at.getUTCMinutes()).padStart(2, '0')} UTC`;
      await expect(time).toHaveAttribute('title', new RegExp(`${utc}$`));
    }
  });

  test('the welcome after verification, without JavaScript too', async ({ page, request }, info) => {
    await h.createVerifiedUser(page, request, noJs(info));
    await expect(page.locator('#notice')).toHaveAttribute('data-notice', 'welcome');
    await expect(page.locator('#notice')).toContainText('Your phone number is verified');
  });
});

test('the welcome after verification', async ({ page, request }, testInfo) => {
  await h.createVerifiedUser(page, request, testInfo);
  expect(new URL(page.url()).searchParams.get('notice')).toBe('welcome');
  const notice = page.locator('#notice');
  await expect(notice).toHaveAttribute('data-notice', 'welcome');
  await expect(notice).toHaveText('Welcome! Your phone number is verified and you are signed in.');
  await expect(notice).toHaveAttribute('role', 'status');
});

test('the profile is three sections, each with one primary action; the toast is at the top', async ({ page, request }, testInfo) => {
  await h.createVerifiedUser(page, request, testInfo);
  for (const [id, heading] of [
    ['account', 'Account'],
    ['security', 'Security'],
    ['devices', 'Devices'],
  ]) {
    const section = page.locator(`section#${id}`);
    await expect(section.locator('h2')).toHaveText(heading);
    await expect(section).toHaveAttribute('aria-labelledby', `${id}-title`);
    const buttons = section.locator('.button').filter({ visible: true });
    const primary = buttons.and(page.locator(':not(.secondary):not(.danger)'));
    await expect(primary, `${heading}: one primary action`).toHaveCount(1);
    expect(await buttons.count(), `${heading}: its other actions are outlined`).toBeGreaterThanOrEqual(1);
    // Secondary actions are outlined: no fill.
    for (const b of await buttons.and(page.locator('.secondary')).all()) {
      expect(await b.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
    }
  }
  // Where each thing lives.
  await expect(page.locator('#account #profile-phone')).toBeVisible();
  await expect(page.locator('#account #name-form')).toBeVisible();
  await expect(page.locator('#account #phone-form')).toBeVisible();
  await expect(page.locator('#security #password-form')).toBeVisible();
  await expect(page.locator('#security #profile-2fa')).toHaveText('off');
  await expect(page.locator('#security #activity')).toBeVisible();
  await expect(page.locator('#devices #devices-summary')).toHaveText('You are signed in on this device only.');
  await expect(page.locator('#devices a#manage-sessions')).toHaveAttribute('href', '/sessions');
  // Buttons are not stretched across the card.
  const card = await page.locator('section#account').boundingBox();
  const save = await page.locator('#name-submit').boundingBox();
  expect(save && card && save.width < card.width / 2).toBeTruthy();

  // A notice shows at the top of the window, at 390 px too.
  for (const viewport of [PHONE_VIEWPORT, { width: 1280, height: 800 }]) {
    await page.setViewportSize(viewport);
    await h.open(page, testInfo, '/profile');
    await page.locator('#name').fill(`Ada ${viewport.width}`);
    await page.locator('#name-submit').click();
    const toast = page.locator('#notice');
    await expect(toast).toHaveAttribute('data-notice', 'name-saved');
    const box = await toast.boundingBox();
    expect(box && box.y >= 0 && box.y < 80, `toast at the top: ${JSON.stringify(box)}`).toBeTruthy();
    expect(await toast.evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
  }
});

test('the brand: its name in the header and the titles, its colour as the accent', async ({ page }, testInfo) => {
  await h.open(page, testInfo, '/');
  const brand = page.locator('header #brand');
  await expect(brand).toHaveText('Phone Auth');
  await expect(brand).toHaveAttribute('href', '/');
  await expect(page).toHaveTitle('Phone Auth');
  await h.open(page, testInfo, '/signin');
  await expect(page).toHaveTitle('Sign in · Phone Auth');
  // The accent comes from BRAND_COLOR (the default blue, adjusted for contrast on the
  // light page), written into the page's head; the primary buttons wear it.
  const { accent, brandAccent, button } = await page.evaluate(() => {
    const root = getComputedStyle(document.documentElement);
    const submit = /** @type {Element} */ (document.querySelector('#signin-submit'));
    return {
      accent: root.getPropertyValue('--accent').trim(),
      brandAccent: root.getPropertyValue('--brand-accent').trim(),
      button: getComputedStyle(submit).backgroundColor,
    };
  });
  expect(brandAccent).toMatch(/^#[0-9a-f]{6}$/);
  expect(accent).toBe(brandAccent);
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(brandAccent.slice(i, i + 2), 16));
  expect(button).toBe(`rgb(${r}, ${g}, ${b})`);
  // The footer says something a visitor cares about.
  const footer = page.locator('footer');
  await expect(footer).not.toContainText('stored in the clear');
  await expect(footer).toContainText('Phone Auth uses your phone number only to sign you in');
});

test('the home page explains the site to a visitor', async ({ page }, testInfo) => {
  await h.open(page, testInfo, '/');
  await expect(page.locator('h1')).toHaveText('Sign in with your phone number');
  for (const heading of ['How sign-up works', 'Ways to sign in', 'Your number stays private']) {
    await expect(page.locator('.explainer h2', { hasText: heading })).toBeVisible();
  }
  await expect(page.locator('main')).toContainText('We never say whether a number has an account');
  await expect(page.locator('#signup-link')).toHaveAttribute('href', '/signup');
  await expect(page.locator('#signin-link')).toHaveAttribute('href', '/signin');
  await expect(page.locator('#home-code-link')).toHaveAttribute('href', '/signin/code');
  // Side by side on a desktop, stacked on a phone.
  const boxes = await page.locator('.explainer').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
  expect(new Set(boxes.map(Math.round)).size).toBe(1);
  await page.setViewportSize(PHONE_VIEWPORT);
  const stacked = await page.locator('.explainer').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
  expect(new Set(stacked.map(Math.round)).size).toBe(3);
});
