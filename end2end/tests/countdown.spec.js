// @ts-check
// The live code countdown and the resend cooldown. Runs only in the
// `countdown` project: JavaScript on, against the server started with
// CODE_TTL=6s and RESEND_COOLDOWN=3s (and ALLOW_SHORT_CODE_TTL=1).

const { test, expect } = require('./fixtures');
const h = require('./helpers');

test.beforeEach(async ({}, testInfo) => {
  test.skip(testInfo.project.name !== 'countdown', 'needs the short-TTL server of the countdown project');
  test.skip(!h.hasJs(testInfo), 'the countdown ticks only with JavaScript');
});

test('code countdown ticks, expires, and a resend (by voice) starts over', async ({ page, request }, testInfo) => {
  const { phone } = await h.signUp(page, testInfo);
  const first = await h.waitForMessage(request, phone.e164);
  const countdown = page.locator('#code-countdown');
  const expired = page.locator('#code-expired');
  const verify = page.locator('#verify-submit');
  const resend = page.locator('#resend-submit');

  await expect(countdown).toHaveText(/\d+:\d{2}/);
  const firstExpiry = await h.expiresAt(page);
  expect(firstExpiry - Date.now()).toBeLessThanOrEqual(6_000 + 2_000);

  // It ticks.
  const t0 = await h.countdownSeconds(page);
  expect(t0, 'time left when the page has hydrated').toBeGreaterThan(0);
  await expect.poll(() => h.countdownSeconds(page), { timeout: 5_000 }).toBeLessThan(t0);

  // The resend button starts in its cooldown if the page hydrated early enough,
  // and is enabled once the 3 second cooldown is over.
  if (await resend.isDisabled()) {
    await expect(resend).toHaveText(/New code in \d+:\d{2}|Send a new code/);
  }
  await expect(resend).toBeEnabled({ timeout: 10_000 });
  await expect(resend).toHaveText(/Send a new code/);

  // The code expires: message shown, verify button disabled.
  await expect(expired).toBeVisible({ timeout: 15_000 });
  await expect(expired).toHaveText(
    new RegExp(`^The code for ${phone.international.replace(/\+/g, '\\+')}, sent at \\d{2}:\\d{2}:\\d{2}( UTC)?, has expired\\. Ask for a new one\\.$`),
  );
  await expect(page.locator('#code-status')).toHaveAttribute('data-state', 'expired');
  await expect(page.locator('#code-expiry')).toBeHidden();
  await expect(verify).toBeDisabled();
  expect(Date.now()).toBeGreaterThanOrEqual(firstExpiry - 1_000);

  // Resend by SMS: fresh countdown, verify enabled again, resend in cooldown.
  await page.locator('#channel-sms').check();
  await resend.click();
  await expect(expired).toBeHidden();
  await expect(verify).toBeEnabled();
  await expect.poll(() => h.expiresAt(page)).toBeGreaterThan(firstExpiry);
  await expect.poll(() => h.countdownSeconds(page)).toBeGreaterThan(0);
  await expect(resend).toBeDisabled();
  await expect(resend).toHaveText(/New code in \d+:\d{2}/);
  await expect(page.locator('#resend-cooldown')).toHaveText(/\d/);
  const second = await h.waitForMessage(request, phone.e164, { after: 1 });
  expect(second.channel).toBe('sms');
  expect(second.code).not.toBe(first.code);
  // The fresh code's countdown ticks too.
  const t1 = await h.countdownSeconds(page);
  await expect.poll(() => h.countdownSeconds(page), { timeout: 5_000 }).toBeLessThan(t1);

  // After the cooldown the button is enabled again ("Send a new code").
  await expect(resend).toBeEnabled({ timeout: 10_000 });
  await expect(resend).toHaveText(/Send a new code/);

  // Resend by voice: the outbox records a voice message whose code verifies.
  const secondExpiry = await h.expiresAt(page);
  await page.locator('#channel-voice').check();
  await resend.click();
  await expect.poll(() => h.expiresAt(page)).toBeGreaterThan(secondExpiry);
  await expect(expired).toBeHidden();
  const voice = await h.waitForMessage(request, phone.e164, { channel: 'voice' });
  expect(voice).toMatchObject({ to: phone.e164, channel: 'voice', purpose: h.VERIFY_PURPOSE });
  expect(voice.code).toMatch(/^\d+$/);

  await h.submitCode(page, voice.code);
  await page.waitForURL(h.atPath('/profile'));
  await expect(page.locator('#profile-phone')).toContainText(phone.international);
});
