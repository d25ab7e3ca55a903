// @ts-check
// Another app signs people in with phone-auth: the example relying party (cargo example
// `relying_party`, the `openidconnect` crate) sends the browser through phone-auth's own
// sign-in and consent pages and back, with JavaScript on (`oidc-js`) and off
// (`oidc-nojs`). The app lives on another host (localhost; phone-auth is 127.0.0.1).

const { test, expect } = require('./fixtures');
const h = require('./helpers');

const RP = /** @type {string} */ (process.env.E2E_RP_URL);

/** A predicate for page.waitForURL: the example app's page at `pathname`. */
const atApp = (/** @type {string} */ pathname) => (/** @type {URL} */ url) => url.origin === RP && url.pathname === pathname;
/** phone-auth's page at `pathname`. */
const atPhoneAuth = (/** @type {string} */ pathname) => (/** @type {URL} */ url) => url.origin !== RP && url.pathname === pathname;

/**
 * A verified account with a name, signed out of phone-auth again.
 * @param {import('@playwright/test').Page} page
 * @param {import('@playwright/test').APIRequestContext} request
 * @param {import('@playwright/test').TestInfo} testInfo
 */
async function account(page, request, testInfo) {
  const name = h.randomName();
  const user = await h.createVerifiedUser(page, request, testInfo, { name });
  await h.signOut(page, testInfo);
  return { ...user, name };
}

/** Press "Sign in with phone-auth" on the example app's home page. */
async function startSignIn(/** @type {import('@playwright/test').Page} */ page, /** @type {string} */ hint = '') {
  await page.goto(`${RP}/`);
  await expect(page.locator('#rp-welcome')).toBeVisible();
  if (hint) await page.locator('#login_hint').fill(hint);
  await page.locator('#rp-signin').click();
}

/**
 * Signed out of phone-auth, the app's sign-in lands on phone-auth's sign-in page (on its
 * own host): the password there, then on to the consent question.
 * @param {import('@playwright/test').Page} page
 * @param {import('@playwright/test').TestInfo} testInfo
 * @param {{ phone: import('./helpers').Phone, password: string }} user
 */
async function signInAtPhoneAuth(page, testInfo, user) {
  await page.waitForURL(atPhoneAuth('/signin'));
  await h.waitForHydration(page, testInfo);
  await h.signIn(page, testInfo, { phone: user.phone, password: user.password, navigate: false });
  await page.waitForURL(atPhoneAuth('/oauth/consent'));
}

/** The example app's page for a signed-in person shows who they are at phone-auth. */
async function expectSignedInToApp(
  /** @type {import('@playwright/test').Page} */ page,
  /** @type {{ name: string, phone: import('./helpers').Phone }} */ user,
  /** @type {string} */ amr,
) {
  await page.waitForURL(atApp('/'));
  await expect(page.locator('#rp-name')).toHaveText(user.name);
  await expect(page.locator('#rp-phone')).toHaveText(user.phone.e164);
  await expect(page.locator('#rp-amr')).toHaveText(amr);
  // The subject is phone-auth's stable id for the person, never the number.
  const sub = (await page.locator('#rp-sub').textContent()) ?? '';
  expect(sub).toMatch(/^\S{16,}$/);
  expect(sub).not.toContain(user.phone.digits.slice(2));
}

test('sign in to the app through the sign-in and consent pages, then sign out of both', async ({ page, request }, testInfo) => {
  const user = await account(page, request, testInfo);

  await startSignIn(page);
  // Signed out of phone-auth: its sign-in page first, then the question, once: what the
  // app will know.
  await signInAtPhoneAuth(page, testInfo, user);
  await expect(page.locator('#consent-title')).toHaveText('Example App wants your phone number and name');
  await expect(page).toHaveTitle('Allow Example App? · Phone Auth');
  await page.locator('#consent-allow').click();

  // Back at the app, which verified the ID token and read userinfo.
  await expectSignedInToApp(page, user, 'pwd');

  // phone-auth's profile lists the app under Connected apps.
  await h.open(page, testInfo, '/profile');
  await expect(page.locator('#apps .connected-app .app-name')).toHaveText(['Example App']);

  // Signing out of the app ends the phone-auth session too (RP-initiated logout).
  await page.goto(`${RP}/`);
  await page.locator('#rp-signout').click();
  await page.waitForURL(atApp('/signed-out'));
  await expect(page.locator('#rp-signed-out')).toBeVisible();
  await page.goto('/profile');
  await page.waitForURL(atPhoneAuth('/signin'));
  await page.goto(`${RP}/`);
  await expect(page.locator('#rp-welcome')).toBeVisible();
});

test('signed in and allowed once, the app signs in straight away; disconnecting makes it ask again', async ({ page, request }, testInfo) => {
  const user = await account(page, request, testInfo);
  await h.signIn(page, testInfo, { phone: user.phone, password: user.password });
  await page.waitForURL(h.atPath('/profile'));

  /** @type {string[]} */
  const consentPages = [];
  page.on('request', (r) => {
    if (r.isNavigationRequest() && new URL(r.url()).pathname === '/oauth/consent') consentPages.push(r.method());
  });

  // Already signed in to phone-auth: no sign-in page, only the question.
  await startSignIn(page);
  await page.waitForURL(atPhoneAuth('/oauth/consent'));
  await page.locator('#consent-allow').click();
  await expectSignedInToApp(page, user, 'pwd');
  expect(consentPages).toEqual(['GET', 'POST']);

  // A new session at the app (its cookie gone): phone-auth remembers the answer.
  await page.context().clearCookies({ name: 'rp_session' });
  await startSignIn(page);
  await expectSignedInToApp(page, user, 'pwd');
  expect(consentPages, 'no consent page the second time').toEqual(['GET', 'POST']);

  // Disconnect on the profile: the next sign-in asks again.
  await h.open(page, testInfo, '/profile');
  await page.locator('#apps .connected-app', { hasText: 'Example App' }).locator('.disconnect-app').click();
  await expect(page.locator('#apps .connected-app')).toHaveCount(0);
  await page.context().clearCookies({ name: 'rp_session' });
  await startSignIn(page);
  await page.waitForURL(atPhoneAuth('/oauth/consent'));
  await expect(page.locator('#consent-title')).toHaveText('Example App wants your phone number and name');
});

test('Deny on the consent page: the app is told and signs no one in', async ({ page, request }, testInfo) => {
  const user = await account(page, request, testInfo);
  await startSignIn(page);
  await signInAtPhoneAuth(page, testInfo, user);
  await page.locator('#consent-deny').click();
  await page.waitForURL(atApp('/callback'));
  await expect(page.locator('#rp-error')).toHaveText(
    'Sign-in was not completed: You did not allow Example App to use your phone-auth account.',
  );
  await page.goto(`${RP}/`);
  await expect(page.locator('#rp-welcome')).toBeVisible();
  // Still signed in to phone-auth, with no app connected.
  await h.open(page, testInfo, '/profile');
  await expect(page.locator('#apps')).toHaveCount(0);
});

test('the app passes the number it knows; a one-time code sign-in comes back as amr sms', async ({ page, request }, testInfo) => {
  const user = await account(page, request, testInfo);
  // login_hint: the sign-in page starts with the number the app passed.
  await startSignIn(page, user.phone.e164);
  await page.waitForURL(atPhoneAuth('/signin'));
  await h.waitForHydration(page, testInfo);
  await expect(page.locator('input#phone')).toHaveValue(h.looseDigits(user.phone.digits.slice(2)));

  // Sign in with a code instead of the password; the request is carried through.
  await page.locator('#signin-code-link').click();
  await page.waitForURL(atPhoneAuth('/signin/code'));
  await h.waitForHydration(page, testInfo);
  await h.fillPhone(page, user.phone, 'national');
  await page.locator('#send-code-submit').click();
  await expect(page.locator('#signin-code-form')).toBeVisible();
  await h.waitForHydration(page, testInfo);
  const code = await h.latestCode(request, user.phone.e164, 'sign-in');
  await h.enterCode(page, code, '#signin-code-submit');

  await page.waitForURL(atPhoneAuth('/oauth/consent'));
  await page.locator('#consent-allow').click();
  await expectSignedInToApp(page, user, 'sms');
});

test('a sign-out request without the app\'s proof asks first', async ({ page, request }, testInfo) => {
  await h.createVerifiedUser(page, request, testInfo);
  // A link to the logout endpoint (no id_token_hint): a question, nothing ended yet.
  await page.goto('/oauth/logout');
  await expect(page.locator('#logout-title')).toHaveText('Sign out of Phone Auth?');
  await page.locator('#logout-cancel').click();
  await page.waitForURL(h.atPath('/profile'));
  await h.waitForHydration(page, testInfo);
  await expect(page.locator('#profile-phone')).toBeVisible();
  // "Sign out" ends the session.
  await page.goto('/oauth/logout');
  await page.locator('#logout-confirm').click();
  await page.waitForURL(h.atPath('/'));
  await page.goto('/profile');
  await page.waitForURL(h.atPath('/signin'));
});

test('someone without an account signs up on the way and comes back to the app', async ({ page, request }, testInfo) => {
  await startSignIn(page);
  await page.waitForURL(atPhoneAuth('/signin'));
  await h.waitForHydration(page, testInfo);
  // The page says who is asking.
  await expect(page.locator('#continue-to')).toHaveText('to continue to Example App');
  await page.locator('#signup-link').click();
  await page.waitForURL(atPhoneAuth('/signup'));
  await h.waitForHydration(page, testInfo);
  await expect(page.locator('#continue-to')).toHaveText('to continue to Example App');

  const phone = h.freshPhone();
  const name = h.randomName();
  await h.submitSignUp(page, { phone, password: h.randomPassword(), name });
  await page.waitForURL(atPhoneAuth('/verify'));
  await h.waitForHydration(page, testInfo);
  await h.submitCode(page, await h.latestCode(request, phone.e164));

  // Verified: on to the app's question, not the profile.
  await page.waitForURL(atPhoneAuth('/oauth/consent'));
  await page.locator('#consent-allow').click();
  await expectSignedInToApp(page, { name, phone }, 'pwd sms mfa');
});
