// @ts-check
// The main sign-up / verify / sign-in flows. Runs in every `<db>-js` and
// `<db>-nojs` project (normal servers: 5 minute codes, 30 second resend cooldown).

const { test, expect } = require('./fixtures');
const h = require('./helpers');

test.beforeEach(async ({}, testInfo) => {
  test.skip(
    !/-(js|nojs)$/.test(testInfo.project.name),
    'flow tests run in the <db>-js and <db>-nojs projects only',
  );
});

test('sign up, verify, sign out, sign in with password', async ({ page, request }, testInfo) => {
  const name = h.randomName();
  const { phone, password } = await h.signUp(page, testInfo, { name, format: 'national' });

  // The verify page names the number and shows a running countdown (with JavaScript)
  // or the expiry as a clock time (without: a countdown that cannot run is not shown).
  await expect(page.locator('#code-phone')).toContainText(phone.international);
  const countdown = page.locator('#code-countdown');
  if (h.hasJs(testInfo)) await expect(countdown).toBeVisible();
  else await expect(countdown).toBeHidden();
  await expect(countdown).toHaveText(/^\s*\d{1,2}:\d{2}\s*$/);
  const seconds = await h.countdownSeconds(page);
  expect(seconds).toBeGreaterThan(0);
  expect(seconds).toBeLessThanOrEqual(5 * 60);
  const remainingMs = (await h.expiresAt(page)) - Date.now();
  expect(remainingMs).toBeGreaterThan(0);
  expect(remainingMs).toBeLessThanOrEqual(5 * 60 * 1000 + 5_000);
  if (!h.hasJs(testInfo)) {
    await expect(page.locator('#code-expires-at')).toHaveText(/^It expires at \d{2}:\d{2}:\d{2} UTC\.$/);
  }
  await expect(page.locator('#code')).toHaveAttribute('inputmode', 'numeric');
  await expect(page.locator('#code')).toHaveAttribute('autocomplete', 'one-time-code');

  const message = await h.waitForMessage(request, phone.e164);
  expect(message).toMatchObject({ to: phone.e164, channel: 'sms', purpose: h.VERIFY_PURPOSE });
  expect(message.code).toMatch(/^\d+$/);

  // A wrong code is refused and says how many tries are left.
  await h.submitCode(page, h.wrongCode(message.code));
  await expect(page.locator('#code-error')).toContainText('tries left');
  expect(new URL(page.url()).pathname).toBe('/verify');
  await h.waitForHydration(page, testInfo);

  // The right code leads to the profile.
  await h.submitCode(page, message.code);
  await page.waitForURL(h.atPath('/profile'));
  await h.waitForHydration(page, testInfo);
  await expect(page.locator('#profile-phone')).toContainText(phone.international);
  await expect(page.locator('#profile-name')).toContainText(name);

  // Home shows who is signed in.
  await h.open(page, testInfo, '/');
  await expect(page.locator('#whoami')).toContainText(phone.international);
  await expect(page.locator('#whoami')).toContainText(name);
  await expect(page.locator('#phone-state')).toHaveText(/verified/);

  // Sign out: home offers sign-up and sign-in again.
  await h.signOut(page, testInfo);
  await h.open(page, testInfo, '/');
  await expect(page.locator('#signup-link')).toBeVisible();
  await expect(page.locator('#signin-link')).toBeVisible();
  await expect(page.locator('#whoami')).toHaveCount(0);

  // Sign in with the password (typed as +E.164 this time).
  await h.signIn(page, testInfo, { phone, password, format: 'e164' });
  await page.waitForURL(h.atPath('/profile'));
  await h.waitForHydration(page, testInfo);
  await expect(page.locator('#profile-phone')).toContainText(phone.international);
  await expect(page.locator('#profile-name')).toContainText(name);

  // Sign out again; the profile is no longer reachable.
  await h.signOut(page, testInfo);
  await page.goto('/profile');
  await page.waitForURL(h.atPath('/signin'));
});

test.describe('sign-up rejects bad input with one sentence and keeps the values', () => {
  /** @type {{ title: string, password: string, confirm?: string, phone?: string, error: RegExp, field: string }[]} */
  const cases = [
    { title: 'common password', password: 'password1', error: /common/i, field: 'password' },
    {
      title: 'mismatched confirmation',
      password: 'Tangerine-Lamp-mismatch-1',
      confirm: 'Tangerine-Lamp-mismatch-2',
      error: /match/i,
      field: 'confirm',
    },
    {
      title: 'invalid phone number',
      password: 'Tangerine-Lamp-invalid-1',
      phone: '123',
      error: /phone|number/i,
      field: 'phone',
    },
  ];
  for (const c of cases) {
    test(c.title, async ({ page, request }, testInfo) => {
      const phone = h.freshPhone();
      const typed = c.phone ?? phone.national;
      const name = h.randomName();
      await h.open(page, testInfo, '/signup');
      await h.submitSignUp(page, { phone: typed, password: c.password, confirm: c.confirm, name });

      const error = h.formErrors(page, '#signup-form').filter({ hasText: c.error }).first();
      await expect(error).toBeVisible();
      // One sentence: ends in a full stop, no second sentence inside.
      await expect(error).toHaveText(/^(?:(?![.!?]\s+[A-Z]).)*\S[.!]$/);
      expect(new URL(page.url()).pathname).toBe('/signup');
      await expect(page.locator('#verify-form')).toHaveCount(0);

      // The phone number and name are kept (formatting may differ).
      const digits = c.phone ?? phone.digits.slice(2); // national digits without the leading 0
      await expect(page.locator('input#phone')).toHaveValue(h.looseDigits(digits));
      await expect(page.locator('input#name')).toHaveValue(name);

      if (!c.phone) {
        // Nothing was registered, so no code was sent.
        expect(await h.outbox(request, phone.e164)).toEqual([]);
      }
    });
  }
});

test('wrong password or unknown number at sign-in', async ({ page, request }, testInfo) => {
  const { phone } = await h.createVerifiedUser(page, request, testInfo);
  await page.context().clearCookies();

  await h.signIn(page, testInfo, { phone, password: 'Not-The-Right-Password-1' });
  await expect(page.getByText('Wrong phone number or password.')).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/signin');

  await h.signIn(page, testInfo, { phone: h.freshPhone(), password: 'Not-The-Right-Password-1' });
  await expect(page.getByText('Wrong phone number or password.')).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/signin');
});

test('signed-out visit to /profile goes through sign-in and back', async ({ page, request }, testInfo) => {
  const { phone, password } = await h.createVerifiedUser(page, request, testInfo);
  await page.context().clearCookies();

  await page.goto('/profile');
  await page.waitForURL(h.atPath('/signin'));
  expect(new URL(page.url()).searchParams.get('next')).toBe('/profile');
  expect(page.url()).toContain('next=%2Fprofile');
  await h.waitForHydration(page, testInfo);

  await h.signIn(page, testInfo, { phone, password, navigate: false });
  await page.waitForURL(h.atPath('/profile'));
  await expect(page.locator('#profile-phone')).toContainText(phone.international);
});

test('signed-in visitors of /signup and /signin land on /profile', async ({ page, request }, testInfo) => {
  await h.createVerifiedUser(page, request, testInfo);

  await page.goto('/signup');
  await page.waitForURL(h.atPath('/profile'));
  await expect(page.locator('#profile-phone')).toBeVisible();

  await page.goto('/signin');
  await page.waitForURL(h.atPath('/profile'));
  await expect(page.locator('#profile-phone')).toBeVisible();
});

// Within the resend cooldown no second code is sent: the one from sign-up still works.
// (The integration tests cover the fresh code sent once the cooldown is over.)
test('signing in to an unverified account goes to /verify, where the code works', async ({ page, request }, testInfo) => {
  const { phone, password } = await h.signUp(page, testInfo);
  await h.waitForMessage(request, phone.e164);
  const sent = (await h.messagesFor(request, phone.e164)).length;
  await page.context().clearCookies();

  await h.signIn(page, testInfo, { phone, password });
  await page.waitForURL(h.atPath('/verify'));
  await h.waitForHydration(page, testInfo);
  await expect(page.locator('#code-phone')).toContainText(phone.international);

  const messages = await h.messagesFor(request, phone.e164);
  expect(messages.length).toBe(sent);
  await h.submitCode(page, messages[messages.length - 1].code);
  await page.waitForURL(h.atPath('/profile'));
  await expect(page.locator('#profile-phone')).toContainText(phone.international);
});

test('an early resend is held back by the cooldown', async ({ page, request }, testInfo) => {
  const { phone } = await h.signUp(page, testInfo);
  await h.waitForMessage(request, phone.e164);
  const resend = page.locator('#resend-submit');

  if (h.hasJs(testInfo)) {
    // With JavaScript the button counts the cooldown down and stays disabled.
    await expect(resend).toBeDisabled();
    await expect(resend).toHaveText(/New code in \d+:\d{2}/);
    await expect(page.locator('#resend-cooldown')).toHaveText(/\d/);
  } else {
    // Without JavaScript the button is enabled and the server refuses politely.
    await expect(resend).toBeEnabled();
    await page.locator('#channel-voice').check();
    await resend.click();
    await expect(
      page.getByText(/Please wait \d+ seconds? before asking for another code\./),
    ).toBeVisible();
    expect(new URL(page.url()).pathname).toBe('/verify');
    const voice = await h.messagesFor(request, phone.e164, { channel: 'voice' });
    expect(voice).toEqual([]);
  }
});

test('signing up a number that has an account, then signing in with that password, goes to /verify as for any number', async ({ page, request }, testInfo) => {
  const owner = await h.createVerifiedUser(page, request, testInfo);
  await page.context().clearCookies();
  // Someone else signs the owner's number up with a password of their own...
  const theirs = h.randomPassword();
  await h.open(page, testInfo, '/signup');
  await h.submitSignUp(page, { phone: owner.phone, password: theirs });
  await page.waitForURL(h.atPath('/verify'));
  await expect(page.locator('#verify-form')).toBeVisible();
  // ...then signs in with it: "verify your number", exactly as for a number without an
  // account, and nothing beyond /verify.
  await page.context().clearCookies();
  await h.signIn(page, testInfo, { phone: owner.phone, password: theirs });
  await page.waitForURL(h.atPath('/verify'));
  await expect(page.locator('#verify-form')).toBeVisible();
  await page.goto('/profile');
  await page.waitForURL(h.atPath('/verify'));
  // The owner's account is untouched.
  await page.context().clearCookies();
  await h.signIn(page, testInfo, { phone: owner.phone, password: owner.password });
  await page.waitForURL(h.atPath('/profile'));
});

test('the language menu: the page in the chosen language, with or without JavaScript; errors in it too; the account keeps it', async ({ page, request }, testInfo) => {
  await h.open(page, testInfo, '/signin');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.locator('#header-language summary').click();
  await page.locator('#header-language button[value="es"]').click();
  await expect(page).toHaveURL(/\/signin$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await h.waitForHydration(page, testInfo);
  // A wrong password: the server's sentence in Spanish, beside the form.
  await h.signIn(page, testInfo, { phone: h.freshPhone(), password: h.randomPassword(), navigate: false });
  await expect(h.formErrors(page, '#signin-form').first()).toHaveText('El número de teléfono o la contraseña no son correctos.');
  // The choice stays for the next page, and a sign-up made now keeps it for its messages.
  const { phone } = await h.signUp(page, testInfo);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  const sms = await h.waitForMessage(request, phone.e164);
  expect(sms.body).toContain('tu código de verificación es');
  // The footer's menu, back to English.
  await page.locator('#footer-language summary').click();
  await page.locator('#footer-language button[value="en"]').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveURL(/\/verify$/);
});
