// @ts-check
// Shared helpers for the phone-auth browser tests. Nothing here sleeps for a
// fixed time: every wait is for a state (URL, element, outbox message).

const crypto = require('node:crypto');
const { expect } = require('@playwright/test');

/** @typedef {import('@playwright/test').Page} Page */
/** @typedef {import('@playwright/test').TestInfo} TestInfo */
/** @typedef {import('@playwright/test').APIRequestContext} APIRequestContext */
/**
 * @typedef {{ e164: string, national: string, international: string, digits: string }} Phone
 * @typedef {{ to: string, channel: string, purpose: string, code: string, body: string, sent_at: number }} OutboxMessage
 */

/** Purpose of the codes sent at sign-up and at sign-in of an unverified account. */
const VERIFY_PURPOSE = 'verify-phone';

/** Loading and hydrating the Wasm can take a while on a busy machine (two cores, shared with the servers). */
const HYDRATION_TIMEOUT = 45_000;

/**
 * True when the current test runs with JavaScript (and so with hydration): its project's
 * setting, or its file's or describe's `test.use({ javaScriptEnabled })` (fixtures.js
 * records what the browser got).
 */
function hasJs(/** @type {TestInfo} */ testInfo) {
  const recorded = /** @type {any} */ (testInfo).javaScriptEnabled;
  return typeof recorded === 'boolean' ? recorded : testInfo.project.use.javaScriptEnabled !== false;
}

/** How many numbers this worker has drawn. */
let drawn = 0;

/**
 * A UK mobile number in the test range +447400xxxxxx that no other test of this run
 * uses: each worker (Playwright's TEST_WORKER_INDEX, unique within a run, a retried
 * worker gets a new one) draws from its own block of 10,000 numbers, in order. Every
 * run starts on empty databases, so nothing collides across runs either.
 * @returns {Phone}
 */
function freshPhone() {
  // Blocks 0-98: the numbers ending 99xxxx script the fake Twilio's failures.
  const worker = Number(process.env.TEST_WORKER_INDEX || 0) % 99;
  drawn += 1;
  if (drawn >= 10_000) throw new Error('freshPhone: this worker has used its 10,000 numbers');
  const tail = String(worker * 10_000 + drawn).padStart(6, '0');
  return {
    e164: `+447400${tail}`,
    national: `07400${tail}`,
    international: `+44 7400 ${tail}`,
    digits: `447400${tail}`,
  };
}

/** A strong password that no common-password list contains. */
function randomPassword() {
  return `Tangerine-Lamp-${crypto.randomBytes(6).toString('hex')}`;
}

/** A display name with a non-ASCII letter, unique per call. */
function randomName() {
  return `Zoë Tester ${crypto.randomInt(1000, 10_000)}`;
}

/**
 * A regular expression matching `digits` with any non-digits (spaces, '+',
 * dashes) between them, for checking that a phone field kept its value
 * whatever formatting the server applied.
 */
function looseDigits(/** @type {string} */ digits) {
  return new RegExp(digits.split('').join('\\D*') + '\\D*$');
}

/**
 * Wait until the Wasm has hydrated the page; does nothing in no-JS projects, nor on a page
 * that draws no island (it loads no Wasm: there is nothing to wait for).
 */
async function waitForHydration(/** @type {Page} */ page, /** @type {TestInfo} */ testInfo) {
  if (!hasJs(testInfo)) return;
  if ((await page.locator('leptos-island').count()) === 0) return;
  await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true', {
    timeout: HYDRATION_TIMEOUT,
  });
}

/** Navigate (full page load) and wait for hydration in JS projects. */
async function open(/** @type {Page} */ page, /** @type {TestInfo} */ testInfo, /** @type {string} */ url) {
  await page.goto(url);
  await waitForHydration(page, testInfo);
}

/** A predicate for page.waitForURL: the path is exactly `pathname`. */
function atPath(/** @type {string} */ pathname) {
  return (/** @type {URL} */ url) => url.pathname === pathname;
}

/**
 * The visible, non-empty error messages inside a form: the form-level
 * `[data-testid="form-error"]` and the per-field `#<field>-error` elements.
 */
function formErrors(/** @type {Page} */ page, /** @type {string} */ formSelector) {
  return page
    .locator(`${formSelector} [data-testid="form-error"], ${formSelector} [id$="-error"]`)
    .filter({ visible: true, hasText: /\S/ });
}

/**
 * Choose the country of the phone field: the select without JavaScript, the searchable
 * picker with it (searched by ISO code, then the option clicked).
 */
async function chooseCountry(/** @type {Page} */ page, /** @type {string} */ iso) {
  const select = page.locator('select#country');
  if (await select.isVisible()) {
    await select.selectOption(iso);
    return;
  }
  if ((await select.inputValue()) === iso) return;
  await page.locator('#country-button').click();
  await page.locator('#country-search').fill(iso);
  await page.locator(`#country-option-${iso}`).click();
  await expect(select).toHaveValue(iso);
}

/**
 * Fill the country and the phone input of the form on the page.
 * `format` picks how the number is typed: national with country GB, or +E.164.
 */
async function fillPhone(
  /** @type {Page} */ page,
  /** @type {Phone | string} */ phone,
  /** @type {'national' | 'e164'} */ format = 'national',
) {
  await chooseCountry(page, 'GB');
  const value = typeof phone === 'string' ? phone : format === 'national' ? phone.national : phone.e164;
  await page.locator('input#phone').fill(value);
}

/**
 * Fill and submit the sign-up form on the current page (no waiting).
 * @param {Page} page
 * @param {{ phone: Phone | string, password: string, confirm?: string, name?: string, format?: 'national' | 'e164' }} opts
 */
async function submitSignUp(page, opts) {
  await fillPhone(page, opts.phone, opts.format);
  await page.locator('input#password').fill(opts.password);
  await page.locator('input#confirm').fill(opts.confirm ?? opts.password);
  if (opts.name !== undefined) await page.locator('input#name').fill(opts.name);
  await page.locator('#signup-submit').click();
}

/**
 * Sign up a new account and wait for the /verify page. If the random number
 * happens to be registered already (a leftover in a persistent PostgreSQL
 * database), another number is drawn.
 * @param {Page} page
 * @param {TestInfo} testInfo
 * @param {{ phone?: Phone, password?: string, name?: string, format?: 'national' | 'e164' }} [opts]
 * @returns {Promise<{ phone: Phone, password: string, name: string | undefined }>}
 */
async function signUp(page, testInfo, opts = {}) {
  const password = opts.password ?? randomPassword();
  const name = opts.name;
  const phone = opts.phone ?? freshPhone();
  await open(page, testInfo, '/signup');
  await submitSignUp(page, { phone, password, name, format: opts.format });
  const errors = formErrors(page, '#signup-form');
  await expect(page.locator('#verify-form').or(errors).first()).toBeVisible();
  if (!(await page.locator('#verify-form').isVisible())) {
    throw new Error(`sign-up of ${phone.e164} failed: ${(await errors.allInnerTexts()).join(' ')}`);
  }
  await page.waitForURL(atPath('/verify'));
  await waitForHydration(page, testInfo);
  return { phone, password, name };
}

/**
 * Fill and submit the sign-in form. With `navigate` (the default) the /signin
 * page is opened first; otherwise the form on the current page is used (e.g.
 * after a redirect to /signin?next=...). Does not wait for the outcome.
 * @param {Page} page
 * @param {TestInfo} testInfo
 * @param {{ phone: Phone | string, password: string, format?: 'national' | 'e164', navigate?: boolean }} opts
 */
async function signIn(page, testInfo, opts) {
  if (opts.navigate !== false) await open(page, testInfo, '/signin');
  await fillPhone(page, opts.phone, opts.format ?? 'e164');
  await page.locator('input#password').fill(opts.password);
  await page.locator('#signin-submit').click();
}

/** Press "Sign out" in the header and wait until the header says signed out. */
async function signOut(/** @type {Page} */ page, /** @type {TestInfo} */ testInfo) {
  // Signed in, "Sign out" is in the account menu; half signed in, it is in the header.
  const menu = page.locator('#account-menu');
  if ((await menu.count()) > 0 && !(await menu.evaluate((d) => /** @type {HTMLDetailsElement} */ (d).open).catch(() => false))) {
    await menu.locator('summary').click();
  }
  await page.locator('#signout-submit').click();
  await expect(page.locator('#signout-form')).toHaveCount(0);
  await waitForHydration(page, testInfo);
}

/**
 * All messages the console SMS provider has sent to `to`, oldest first.
 * @param {APIRequestContext} request
 * @param {string} to +E.164 number
 * @returns {Promise<OutboxMessage[]>}
 */
async function outbox(request, to) {
  const res = await request.get(`/dev/outbox.json?to=${encodeURIComponent(to)}`);
  expect(res.ok(), `GET /dev/outbox.json answered ${res.status()}`).toBeTruthy();
  const messages = await res.json();
  expect(Array.isArray(messages), 'outbox.json is a JSON array').toBeTruthy();
  return messages;
}

/**
 * The matching messages (by purpose and, if given, channel) sent to `to`.
 * @param {APIRequestContext} request
 * @param {string} to
 * @param {{ purpose?: string, channel?: string }} [filter]
 */
async function messagesFor(request, to, filter = {}) {
  const purpose = filter.purpose ?? VERIFY_PURPOSE;
  return (await outbox(request, to)).filter(
    (m) => m.purpose === purpose && (!filter.channel || m.channel === filter.channel),
  );
}

/**
 * Poll the outbox until more than `after` matching messages have been sent to
 * `to`, and return the newest one.
 * @param {APIRequestContext} request
 * @param {string} to
 * @param {{ purpose?: string, channel?: string, after?: number, timeout?: number }} [opts]
 * @returns {Promise<OutboxMessage>}
 */
async function waitForMessage(request, to, opts = {}) {
  const after = opts.after ?? 0;
  /** @type {OutboxMessage[]} */
  let found = [];
  await expect
    .poll(
      async () => {
        found = await messagesFor(request, to, opts);
        return found.length;
      },
      {
        message: `a ${opts.purpose ?? VERIFY_PURPOSE} message${opts.channel ? ` by ${opts.channel}` : ''} to ${to}`,
        timeout: opts.timeout ?? 15_000,
      },
    )
    .toBeGreaterThan(after);
  return found[found.length - 1];
}

/**
 * The newest code for `to` and `purpose`, waiting for it to arrive.
 * @param {APIRequestContext} request
 * @param {string} to
 * @param {string} [purpose]
 */
async function latestCode(request, to, purpose = VERIFY_PURPOSE) {
  const message = await waitForMessage(request, to, { purpose });
  expect(message.code, 'outbox message has a code').toMatch(/^\d{4,10}$/);
  return message.code;
}

/** A code of the same length that is certainly not `code`. */
function wrongCode(/** @type {string} */ code) {
  return code
    .split('')
    .map((d) => String((Number(d) + 1) % 10))
    .join('');
}

/**
 * Enter a code in the page's `#code` field and send it (no waiting). With the Wasm
 * running, a code-only form sends itself once all six digits are in; without it (or for
 * anything but six digits) the `submit` button is pressed.
 * @param {Page} page
 * @param {string} code
 * @param {string} submit selector of the form's submit button
 * @param {{ autoSubmits?: boolean }} [opts] false for forms with more fields than the code
 */
async function enterCode(page, code, submit, opts = {}) {
  const hydrated = (await page.locator('body[data-hydrated="true"]').count()) > 0;
  const sendsItself = hydrated && opts.autoSubmits !== false && /^\d{6}$/.test(code);
  await page.locator('input#code').fill(code);
  if (!sendsItself) await page.locator(submit).click();
}

/** Type a code on /verify and send it (no waiting). */
async function submitCode(/** @type {Page} */ page, /** @type {string} */ code) {
  await enterCode(page, code, '#verify-submit');
}

/** Seconds shown by `#code-countdown` ("mm:ss"), or NaN if unreadable. */
async function countdownSeconds(/** @type {Page} */ page) {
  const text = (await page.locator('#code-countdown').textContent()) ?? '';
  const m = /(\d+):(\d{2})/.exec(text);
  return m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
}

/** `data-expires-at` of `#code-countdown` (unix ms). */
async function expiresAt(/** @type {Page} */ page) {
  return Number(await page.locator('#code-countdown').getAttribute('data-expires-at'));
}

/**
 * Sign up and verify a new account; ends on /profile, signed in.
 * @param {Page} page
 * @param {APIRequestContext} request
 * @param {TestInfo} testInfo
 * @param {{ name?: string }} [opts]
 */
async function createVerifiedUser(page, request, testInfo, opts = {}) {
  const user = await signUp(page, testInfo, { name: opts.name });
  const code = await latestCode(request, user.phone.e164);
  await submitCode(page, code);
  await page.waitForURL(atPath('/profile'));
  await waitForHydration(page, testInfo);
  return user;
}

/** The bytes of a base32 secret (RFC 4648, spaces ignored). */
function base32(/** @type {string} */ text) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  const out = [];
  for (const c of text.replace(/[\s=]/g, '').toUpperCase()) {
    const i = alphabet.indexOf(c);
    if (i < 0) throw new Error(`not base32: ${c}`);
    value = ((value << 5) | i) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** The TOTP code (SHA-1, 6 digits) of time step `step` (30 s each). */
function totp(/** @type {string} */ secret, /** @type {number} */ step) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const mac = crypto.createHmac('sha1', base32(secret)).update(counter).digest();
  const offset = mac[mac.length - 1] & 15;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

/** The current TOTP time step. */
const stepNow = () => Math.floor(Date.now() / 30_000);

const AXE = require.resolve('axe-core/axe.min.js');

/**
 * Runs axe on the page and fails on serious or critical violations, listing them.
 * @param {import('@playwright/test').Page} page
 * @param {string} label
 */
async function expectAccessible(page, label) {
  await page.addScriptTag({ path: AXE });
  const results = await page.evaluate(async () => {
    // @ts-ignore axe is the script just added
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((/** @type {any} */ v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((/** @type {any} */ n) => n.target.join(' ')),
    }));
  });
  const bad = results.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad, `${label}: ${JSON.stringify(bad, null, 2)}`).toEqual([]);
}

module.exports = {
  totp,
  stepNow,
  expectAccessible,
  VERIFY_PURPOSE,
  HYDRATION_TIMEOUT,
  hasJs,
  freshPhone,
  randomPassword,
  randomName,
  looseDigits,
  waitForHydration,
  open,
  atPath,
  formErrors,
  chooseCountry,
  fillPhone,
  submitSignUp,
  signUp,
  signIn,
  signOut,
  outbox,
  messagesFor,
  waitForMessage,
  latestCode,
  wrongCode,
  enterCode,
  submitCode,
  countdownSeconds,
  expiresAt,
  createVerifiedUser,
};
