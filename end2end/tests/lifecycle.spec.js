// @ts-check
// The account lifecycle in the browser: passwordless sign-in, two-factor sign-in,
// password reset, the profile's changes (name, photo, password, phone, 2FA) and the
// sessions page with two browsers. Runs in every `<db>-js` and `<db>-nojs` project.

const zlib = require('node:zlib');
const { test, expect } = require('./fixtures');
const h = require('./helpers');

test.beforeEach(async ({}, testInfo) => {
  test.skip(!/-(js|nojs)$/.test(testInfo.project.name), 'lifecycle tests run in the <db>-js and <db>-nojs projects only');
});

/** The notice a successful action shows, by its key. */
async function expectNotice(/** @type {import('@playwright/test').Page} */ page, /** @type {string} */ key) {
  await expect(page.locator('#notice')).toHaveAttribute('data-notice', key);
}

/** Enter a code and send it (see helpers.enterCode). */
const enterCode = h.enterCode;

/** A solid-colour PNG of the given size (no image library needed). */
function png(/** @type {number} */ width, /** @type {number} */ height) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (/** @type {Buffer} */ buf) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (/** @type {string} */ type, /** @type {Buffer} */ data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0x5a)]);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

test('passwordless sign-in with a code', async ({ page, request }, testInfo) => {
  const { phone } = await h.createVerifiedUser(page, request, testInfo);
  await page.context().clearCookies();

  await h.open(page, testInfo, '/signin');
  await page.locator('#signin-code-link').click();
  await page.waitForURL(h.atPath('/signin/code'));
  await h.waitForHydration(page, testInfo);
  await h.fillPhone(page, phone, 'national');
  await page.locator('#send-code-submit').click();
  await expect(page.locator('#signin-code-form')).toBeVisible();
  await expect(page.locator('#code-phone')).toContainText(phone.international);
  await expect(page.locator('#code-countdown')).toHaveText(/\d+:\d{2}/);
  expect(page.url()).not.toContain(phone.digits.slice(2));
  await h.waitForHydration(page, testInfo);

  const code = await h.latestCode(request, phone.e164, 'sign-in');
  await enterCode(page, h.wrongCode(code), '#signin-code-submit');
  await expect(page.locator('#code-error')).toContainText('4 tries left');
  await h.waitForHydration(page, testInfo);
  await enterCode(page, code, '#signin-code-submit');
  await page.waitForURL(h.atPath('/profile'));
  await expect(page.locator('#profile-phone')).toContainText(phone.international);
});

test('a number without an account gets the same code page', async ({ page, request }, testInfo) => {
  const stranger = h.freshPhone();
  await h.open(page, testInfo, '/signin/code');
  await h.fillPhone(page, stranger, 'national');
  await page.locator('#send-code-submit').click();
  await expect(page.locator('#signin-code-form')).toBeVisible();
  await expect(page.locator('#code-phone')).toContainText(stranger.international);
  await expect(page.locator('#code-countdown')).toHaveText(/\d+:\d{2}/);
  expect(await h.outbox(request, stranger.e164)).toEqual([]);
  // "Use another number" goes back to the first step.
  await h.waitForHydration(page, testInfo);
  await page.locator('#restart-submit').click();
  await expect(page.locator('#send-code-form')).toBeVisible();
});

test('two-factor sign-in: on, password then code, off with the password', async ({ page, request }, testInfo) => {
  const { phone, password } = await h.createVerifiedUser(page, request, testInfo);
  await expect(page.locator('#profile-2fa')).toHaveText('off');
  await page.locator('#enable-2fa-submit').click();
  await expectNotice(page, '2fa-on');
  await expect(page.locator('#profile-2fa')).toHaveText('on');
  await h.waitForHydration(page, testInfo);

  await h.signOut(page, testInfo);
  await h.signIn(page, testInfo, { phone, password });
  await page.waitForURL(h.atPath('/signin/2fa'));
  await h.waitForHydration(page, testInfo);
  // The half session cannot see the profile.
  await page.goto('/profile');
  await page.waitForURL(h.atPath('/signin/2fa'));
  await h.waitForHydration(page, testInfo);
  await expect(page.locator(h.hasJs(testInfo) ? '#code-countdown' : '#code-expires-at')).toBeVisible();

  const code = await h.latestCode(request, phone.e164, '2fa');
  await enterCode(page, code, '#two-factor-submit');
  await page.waitForURL(h.atPath('/profile'));
  await h.waitForHydration(page, testInfo);

  // Off needs the current password.
  await page.locator('#disable-2fa-current').fill('Not-My-Password-1');
  await page.locator('#disable-2fa-submit').click();
  await expect(page.locator('#disable-2fa-current-error')).toContainText('not right');
  await h.waitForHydration(page, testInfo);
  await page.locator('#disable-2fa-current').fill(password);
  await page.locator('#disable-2fa-submit').click();
  await expectNotice(page, '2fa-off');
  await expect(page.locator('#profile-2fa')).toHaveText('off');
});

test('two-factor sign-in: a trusted browser is asked for no code until it is forgotten', async ({ page, request }, testInfo) => {
  const { phone, password } = await h.createVerifiedUser(page, request, testInfo);
  await page.locator('#enable-2fa-submit').click();
  await expectNotice(page, '2fa-on');
  await h.waitForHydration(page, testInfo);
  await h.signOut(page, testInfo);

  await h.signIn(page, testInfo, { phone, password });
  await page.waitForURL(h.atPath('/signin/2fa'));
  await h.waitForHydration(page, testInfo);
  // The box comes before the code field (the form sends itself at the sixth digit).
  await expect(page.locator('label[for="trust"]')).toHaveText("Don't ask for a code on this browser for 30 days");
  await page.locator('#trust').check();
  await enterCode(page, await h.latestCode(request, phone.e164, '2fa'), '#two-factor-submit');
  await page.waitForURL(h.atPath('/profile'));

  await h.open(page, testInfo, '/sessions');
  const trusted = page.locator('#trusted-browsers .trusted-row');
  await expect(trusted).toHaveCount(1);
  await expect(trusted).toContainText('this browser');

  // Signed out and in again: the password alone.
  await h.signOut(page, testInfo);
  await h.signIn(page, testInfo, { phone, password });
  await page.waitForURL(h.atPath('/profile'));

  // Forgotten: the code is asked again.
  await h.open(page, testInfo, '/sessions');
  await trusted.locator('button.forget-browser').click();
  await expectNotice(page, 'browser-forgotten');
  await expect(page.locator('#trusted')).toHaveCount(0);
  await h.waitForHydration(page, testInfo);
  await h.signOut(page, testInfo);
  await h.signIn(page, testInfo, { phone, password });
  await page.waitForURL(h.atPath('/signin/2fa'));
});

test('password reset by SMS, then sign in with the new password', async ({ page, request }, testInfo) => {
  const { phone, password } = await h.createVerifiedUser(page, request, testInfo);
  await page.context().clearCookies();
  const fresh = h.randomPassword();

  await h.open(page, testInfo, '/signin');
  await page.locator('#reset-link').click();
  await page.waitForURL(h.atPath('/reset-password'));
  await h.waitForHydration(page, testInfo);
  await h.fillPhone(page, phone, 'e164');
  await page.locator('#send-reset-submit').click();
  await expect(page.locator('#reset-form')).toBeVisible();
  await h.waitForHydration(page, testInfo);

  const code = await h.latestCode(request, phone.e164, 'reset-password');
  await page.locator('input#code').fill(code);
  await page.locator('input#password').fill(fresh);
  await page.locator('input#confirm').fill(fresh + 'x');
  await page.locator('#reset-submit').click();
  await expect(page.locator('#confirm-error')).toContainText('do not match');
  await h.waitForHydration(page, testInfo);

  await page.locator('input#code').fill(code);
  await page.locator('input#password').fill(fresh);
  await page.locator('input#confirm').fill(fresh);
  await page.locator('#reset-submit').click();
  await page.waitForURL(h.atPath('/signin'));
  await expectNotice(page, 'password-reset');
  await h.waitForHydration(page, testInfo);

  await h.signIn(page, testInfo, { phone, password, navigate: false });
  await expect(page.getByText('Wrong phone number or password.')).toBeVisible();
  await h.waitForHydration(page, testInfo);
  await h.signIn(page, testInfo, { phone, password: fresh });
  await page.waitForURL(h.atPath('/profile'));
});

test('profile: name, photo, password and phone changes', async ({ page, browser, request, pageErrors }, testInfo) => {
  const { phone, password } = await h.createVerifiedUser(page, request, testInfo, { name: 'First Name' });

  // Name.
  await page.locator('input#name').fill('Second Name');
  await page.locator('#name-submit').click();
  await expectNotice(page, 'name-saved');
  await expect(page.locator('#profile-name')).toHaveText('Second Name');
  await h.waitForHydration(page, testInfo);

  // Photo: a picture is taken and shown; a text file is refused with a sentence.
  await page.locator('input#photo').setInputFiles({ name: 'not-a-picture.png', mimeType: 'image/png', buffer: Buffer.from('hello') });
  await page.locator('#photo-submit').click();
  await expect(page.locator('#photo-error')).toHaveText('This file is not a PNG, JPEG or WebP picture.');
  await h.waitForHydration(page, testInfo);
  await page.locator('input#photo').setInputFiles({ name: 'me.png', mimeType: 'image/png', buffer: png(400, 300) });
  await page.locator('#photo-submit').click();
  await expectNotice(page, 'photo-updated');
  const photo = page.locator('img#profile-photo');
  await expect(photo).toBeVisible();
  await expect.poll(() => photo.evaluate((/** @type {HTMLImageElement} */ img) => img.naturalWidth)).toBe(256);
  await h.waitForHydration(page, testInfo);
  await page.locator('#remove-photo-submit').click();
  await expectNotice(page, 'photo-removed');
  await expect(page.locator('img#profile-photo')).toHaveCount(0);
  await h.waitForHydration(page, testInfo);

  // Password: another browser signed in is signed out, and the page says so.
  const other = await browser.newContext({ javaScriptEnabled: h.hasJs(testInfo) });
  pageErrors.watch(other);
  const otherPage = await other.newPage();
  await h.signIn(otherPage, testInfo, { phone, password });
  await otherPage.waitForURL(h.atPath('/profile'));
  const fresh = h.randomPassword();
  await page.locator('#password-current').fill(password);
  await page.locator('#password-new').fill(fresh);
  await page.locator('#password-confirm').fill(fresh);
  await page.locator('#password-submit').click();
  await expectNotice(page, 'password-changed');
  await expect(page.locator('#notice')).toContainText('Your 1 other device was signed out.');
  await otherPage.goto('/profile');
  await otherPage.waitForURL(h.atPath('/signin'));
  await other.close();
  await h.waitForHydration(page, testInfo);

  // Phone: a code to the new number, then the number changes and the old one is told.
  const next = h.freshPhone();
  await page.locator('#phone-form input#phone').fill(next.national);
  await page.locator('#phone-current').fill(fresh);
  await page.locator('#phone-submit').click();
  await expectNotice(page, 'phone-code-sent');
  await expect(page.locator('#confirm-phone-form')).toBeVisible();
  await expect(page.locator('#code-phone')).toContainText(next.international);
  await expect(page.locator('#profile-phone')).toContainText(phone.international);
  await h.waitForHydration(page, testInfo);
  const code = await h.latestCode(request, next.e164, 'change-phone');
  await enterCode(page, code, '#confirm-phone-submit');
  await expectNotice(page, 'phone-changed');
  await expect(page.locator('#profile-phone')).toContainText(next.international);
  // The old number's notices: the new-browser alert of the other browser's sign-in
  // above, and the change.
  const told = await h.messagesFor(request, phone.e164, { purpose: 'notice' });
  expect(told.map((m) => m.body)).toEqual([
    expect.stringContaining('new sign-in to your account from'),
    expect.stringContaining('was changed'),
  ]);

  // The activity lists what happened.
  const activity = page.locator('#activity');
  await expect(activity).toContainText('Phone number changed');
  await expect(activity).toContainText('Password changed');
  await expect(activity).toContainText('Photo removed');
  await expect(activity).toContainText('Name changed');
});

test('sessions page: two browsers, end one, then everywhere', async ({ page, browser, request, pageErrors }, testInfo) => {
  const { phone, password } = await h.createVerifiedUser(page, request, testInfo);
  const other = await browser.newContext({
    javaScriptEnabled: h.hasJs(testInfo),
    userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:121.0) Gecko/20100101 Firefox/121.0',
  });
  pageErrors.watch(other);
  const otherPage = await other.newPage();
  await h.signIn(otherPage, testInfo, { phone, password });
  await otherPage.waitForURL(h.atPath('/profile'));
  // A browser new to the account: its number is told, and the activity says so.
  const alerts = () => h.messagesFor(request, phone.e164, { purpose: 'notice' });
  await expect.poll(async () => (await alerts()).map((m) => m.body)).toEqual([
    expect.stringMatching(/^Phone Auth: new sign-in to your account from Firefox on Windows\. Not you\? Change your password at http:\/\/127\.0\.0\.1:\d+\/profile$/),
  ]);
  // (Recorded once the provider took the SMS, just after the outbox shows it.)
  await expect
    .poll(async () => {
      await h.open(page, testInfo, '/profile');
      return page.locator('#activity').innerText();
    })
    .toContain('First sign-in from Firefox on Windows: we sent an alert to your number');

  await h.open(page, testInfo, '/sessions');
  const rows = page.locator('#sessions .session-row');
  await expect(rows).toHaveCount(2);
  const mine = page.locator('#sessions .session-row[data-this-device="true"]');
  await expect(mine).toHaveCount(1);
  await expect(mine).toContainText('this device');
  const theirs = page.locator('#sessions .session-row[data-this-device="false"]');
  await expect(theirs).toContainText('Firefox on Windows');
  await expect(theirs).toContainText('127.0.0.1');

  await theirs.locator('button.end-session').click();
  await expectNotice(page, 'session-ended');
  await expect(rows).toHaveCount(1);
  // The other browser finds itself signed out on its next request.
  await otherPage.goto('/sessions');
  await otherPage.waitForURL(h.atPath('/signin'));

  // Sign in there again (a browser the account knows: no second alert), then "sign out
  // everywhere" from here.
  await h.signIn(otherPage, testInfo, { phone, password });
  await otherPage.waitForURL(h.atPath('/profile'));
  await h.open(page, testInfo, '/sessions');
  await expect(rows).toHaveCount(2);
  await page.locator('#end-all-submit').click();
  await page.waitForURL(h.atPath('/signin'));
  await expectNotice(page, 'signed-out');
  await otherPage.goto('/profile');
  await otherPage.waitForURL(h.atPath('/signin'));
  await other.close();
  expect(await alerts()).toHaveLength(1);
});
