// @ts-check
// The code pages (issue 16: points 2, 6 in part, 7 and 8): one status block that tells
// the code's true state next to the resend control, the six-cell code field, focus on
// the code after starting a phone change, and no Wasm fetched with JavaScript off or on a
// page without islands.
// Project `ui` (SQLite, CODE_TTL 300 s, RESEND_COOLDOWN 30 s); the expiry of a code is
// in codepage.countdown.spec.js (the short-TTL server).

const { test, expect } = require('./fixtures');
const h = require('./helpers');

/** The one status block of a code page, and what it says. */
function status(/** @type {import('@playwright/test').Page} */ page) {
  return page.locator('#code-status');
}

/** Load `url` and collect the Wasm and module-script requests the page makes. */
async function assetRequests(/** @type {import('@playwright/test').Page} */ page, /** @type {string} */ url) {
  /** @type {string[]} */
  const seen = [];
  const listener = (/** @type {import('@playwright/test').Request} */ r) => {
    if (/\/pkg\/.*\.(wasm|js)$/.test(new URL(r.url()).pathname)) seen.push(new URL(r.url()).pathname);
  };
  page.on('request', listener);
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  page.off('request', listener);
  return seen;
}

for (const js of [true, false]) {
  test.describe(js ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled: js });

    test('a live code: one status block says where and when it was sent, with the resend control in it', async ({ page }, testInfo) => {
      const { phone } = await h.signUp(page, testInfo);
      await expect(page.locator('.code-status')).toHaveCount(1);
      const block = status(page);
      await expect(block).toHaveAttribute('data-state', 'live');
      await expect(block.locator('#code-live')).toHaveText(
        new RegExp(`^We sent a 6-digit code to ${phone.international.replace(/\+/g, '\\+')} at \\d{2}:\\d{2}:\\d{2}${js ? '' : ' UTC'}\\.$`),
      );
      // Nothing else about the code anywhere on the page.
      await expect(page.getByText(/no usable code|No code is waiting|has expired/)).toHaveCount(0);
      await expect(block.locator('#resend-submit')).toBeVisible();
      if (js) {
        await expect(block.locator('#code-countdown')).toBeVisible();
        await expect(block.locator('#code-countdown')).toHaveText(/^0[45]:\d{2}$/);
        await expect(block.locator('#code-expires-at')).toBeHidden();
        // The cooldown counts on the button itself.
        await expect(block.locator('#resend-submit')).toBeDisabled();
        await expect(block.locator('#resend-cooldown')).toHaveText(/^0:[0-3]\d$/);
        await expect(block.locator('#resend-wait')).toBeHidden();
      } else {
        await expect(block.locator('#code-expires-at')).toHaveText(/^It expires at \d{2}:\d{2}:\d{2} UTC\.$/);
        await expect(block.locator('#code-countdown')).toBeHidden();
        await expect(block.locator('#resend-wait')).toHaveText(/^You can ask for a new code from \d{2}:\d{2}:\d{2} UTC\.$/);
      }
    });

    // Without JavaScript only: with it the button stays disabled during the cooldown
    // (checked above).
    if (!js) test('asking again too early is answered inside the status block, beside the resend button', async ({ page }, testInfo) => {
      await h.signUp(page, testInfo);
      await page.locator('#resend-submit').click();
      await page.waitForURL(h.atPath('/verify'));
      const error = status(page).locator('#resend-error');
      await expect(error).toHaveText(/^Please wait \d+ seconds? before asking for another code\.$/);
      // Not under the code form.
      await expect(page.locator('#verify-form [data-testid="form-error"]')).toHaveCount(0);
    });

    test('a code entered wrongly too many times: the block says it no longer works, once', async ({ page, request }, testInfo) => {
      const { phone } = await h.signUp(page, testInfo);
      const code = await h.latestCode(request, phone.e164);
      for (let i = 0; i < 5; i += 1) {
        await h.submitCode(page, h.wrongCode(code));
        if (i < 4) await expect(page.locator('#code-error')).toContainText(`${4 - i} tr`);
        if (!js && i < 4) await page.waitForURL(h.atPath('/verify'));
      }
      const block = status(page);
      await expect(block).toHaveAttribute('data-state', 'spent');
      await expect(block.locator('#code-spent')).toHaveText(
        `The code for ${phone.international} was entered wrongly too many times and no longer works. Ask for a new one.`,
      );
      // The field does not say it a second time, and the block has no other sentence.
      await expect(page.locator('#code-error')).toHaveCount(0);
      await expect(block.locator('#code-live, #code-expired, #no-code')).toHaveCount(0);
      await expect(block.locator('#code-expiry')).toBeHidden();
      if (js) await expect(page.locator('#verify-submit')).toBeDisabled();
    });

    test('the code field: six cells with scripts, a plain field without; paste and keys behave', async ({ page, request }, testInfo) => {
      await page.setViewportSize({ width: 390, height: 844 });
      const { phone } = await h.signUp(page, testInfo);
      const field = page.locator('input#code');
      await expect(field).toHaveAttribute('autocomplete', 'one-time-code');
      await expect(field).toHaveAttribute('inputmode', 'numeric');
      const look = await field.evaluate((el) => {
        const s = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        return { background: s.backgroundImage, right: box.right, width: box.width, scrollWidth: el.scrollWidth, clientWidth: el.clientWidth };
      });
      expect(look.right, 'the field fits a 390 px screen').toBeLessThanOrEqual(390);
      if (js) {
        expect(look.background, 'six cells drawn over the field').toContain('repeating-linear-gradient');
        // Typed digits sit in their cells: a full code needs no scrolling inside the field.
        await field.pressSequentially('123');
        await field.press('ArrowLeft');
        await field.press('Backspace');
        await expect(field).toHaveValue('13');
        await field.press('End');
        await field.pressSequentially('4');
        await expect(field).toHaveValue('134');
        await field.fill('');
        // A pasted code with spaces is cleaned and sends itself at the sixth digit.
        const code = await h.latestCode(request, phone.e164);
        await field.evaluate((el, text) => {
          const input = /** @type {HTMLInputElement} */ (el);
          input.value = text;
          input.dispatchEvent(new Event('input', { bubbles: true }));
        }, `${code.slice(0, 3)} ${code.slice(3)}`);
        await page.waitForURL(h.atPath('/profile'));
      } else {
        expect(look.background, 'a plain field without scripts').toBe('none');
        await field.fill('123 456');
        const fits = await field.evaluate((el) => el.scrollWidth <= el.clientWidth);
        expect(fits, 'a typed code is not cut').toBe(true);
      }
    });

    test('starting a phone change puts the focus on the code field', async ({ page, request }, testInfo) => {
      const user = await h.createVerifiedUser(page, request, testInfo);
      const next = h.freshPhone();
      await h.open(page, testInfo, '/profile');
      await h.fillPhone(page, next, 'national');
      await page.locator('#phone-current').fill(user.password);
      await page.locator('#phone-submit').click();
      await expect(page.locator('#confirm-phone-form')).toBeVisible();
      await h.waitForHydration(page, testInfo);
      await expect(page.locator('input#code')).toBeFocused();
      await expect(status(page).locator('#code-phone')).toHaveText(next.international);
      // A later visit to the profile does not jump to it.
      await h.open(page, testInfo, '/profile');
      await expect(page.locator('input#code')).not.toBeFocused();
    });
  });
}

test.describe('no Wasm without JavaScript', () => {
  test.describe('JavaScript off', () => {
    test.use({ javaScriptEnabled: false });
    test('no page downloads the Wasm or its loader', async ({ page }, testInfo) => {
      for (const url of ['/', '/signup', '/signin', '/signin/code', '/reset-password']) {
        expect(await assetRequests(page, url), url).toEqual([]);
      }
      await h.signUp(page, testInfo);
      expect(await assetRequests(page, '/verify'), '/verify').toEqual([]);
    });
  });
  test('with JavaScript on, a page with islands fetches the Wasm once, and one without islands none', async ({ page }) => {
    // The home page and an unknown address draw no island: no script or Wasm from /pkg.
    expect(await assetRequests(page, '/'), '/').toEqual([]);
    expect(await assetRequests(page, '/no-such-page'), '404').toEqual([]);
    const seen = await assetRequests(page, '/signup');
    expect(seen.filter((p) => p.endsWith('.wasm'))).toHaveLength(1);
    await expect(page.locator('body[data-hydrated="true"]')).toHaveCount(1, { timeout: h.HYDRATION_TIMEOUT });
  });
});
