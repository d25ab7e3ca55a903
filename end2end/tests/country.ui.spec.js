// @ts-check
// Finding your country (issue 16, point 1): the no-JS select is found by typing a
// country's name; the country a phone field starts on is the person's own number's,
// else their browser language's region, else DEFAULT_COUNTRY (GB on the test servers);
// at 1280 px neither the chosen country nor the number's placeholder is cut; and after
// a password reset the sign-in page comes with the number just used.

const { test, expect } = require('./fixtures');
const h = require('./helpers');

/** @typedef {import('@playwright/test').Page} Page */

/**
 * A page in a new browser context with `options` (a locale), watched for page errors.
 * (In Playwright Test a new context starts from the test's own options: base URL,
 * JavaScript on or off, viewport, locale.)
 * @param {import('@playwright/test').Browser} browser
 * @param {{ watch: (context: import('@playwright/test').BrowserContext) => void }} pageErrors
 * @param {import('@playwright/test').BrowserContextOptions} options
 */
async function pageWith(browser, pageErrors, options) {
  const context = await browser.newContext(options);
  pageErrors.watch(context);
  return context.newPage();
}

/**
 * How much of the select's chosen text and of the number's placeholder fits: each
 * text's width (canvas measureText in the element's own font) against the width its
 * element has for text (the content box; for the select, less its drop-down arrow).
 */
async function textFit(/** @type {Page} */ page) {
  return page.evaluate(() => {
    const ctx = /** @type {CanvasRenderingContext2D} */ (document.createElement('canvas').getContext('2d'));
    const fit = (/** @type {HTMLElement} */ el, /** @type {string} */ text, /** @type {number} */ reserved) => {
      const cs = getComputedStyle(el);
      ctx.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
      const room = el.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) - reserved;
      return { text, width: Math.ceil(ctx.measureText(text).width), room: Math.floor(room) };
    };
    const select = /** @type {HTMLSelectElement} */ (document.querySelector('select#country'));
    const phone = /** @type {HTMLInputElement} */ (document.querySelector('input#phone'));
    const shown = select.offsetParent !== null;
    return {
      // The arrow of a native select takes about 20 px of its content box.
      select: shown ? fit(select, select.options[select.selectedIndex].text, 20) : null,
      placeholder: fit(phone, phone.placeholder, 0),
    };
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the country select is found by typing a name', async ({ page }, testInfo) => {
    await h.open(page, testInfo, '/signup');
    const select = page.locator('select#country');
    await expect(select).toHaveValue('GB');
    // The name comes first; the flag is not in the option's text.
    await expect(select.locator('option[value="FR"]')).toHaveText('France (+33)');
    await expect(select.locator('option[value="GB"]')).toHaveText('United Kingdom (+44)');
    // The browser's own type-to-find on the focused select (a fresh page each time: it
    // remembers what was typed for a moment).
    for (const [typed, iso] of [['Fra', 'FR'], ['Germ', 'DE'], ['Switz', 'CH'], ['United S', 'US']]) {
      await h.open(page, testInfo, '/signup');
      await select.focus();
      await page.keyboard.type(typed);
      await expect(select, typed).toHaveValue(iso);
    }
    // And the form posts the country found (kept when the post comes back).
    await page.locator('input#phone').fill('12');
    const password = h.randomPassword();
    await page.locator('input#password').fill(password);
    await page.locator('input#confirm').fill(password);
    await page.locator('#signup-submit').click();
    await expect(page.locator('#phone-error')).toBeVisible();
    await expect(select).toHaveValue('US');
  });

  test('at 1280 px neither the chosen country nor the placeholder is cut', async ({ page }, testInfo) => {
    for (const path of ['/signup', '/signin', '/signin/code', '/reset-password']) {
      await h.open(page, testInfo, path);
      // The longest names, the longest placeholders, and the usual ones.
      for (const iso of ['VC', 'IO', 'CF', 'GB', 'US', 'RU', 'AR']) {
        await page.locator('select#country').selectOption(iso);
        const { select } = await textFit(page);
        expect(select, `${path} ${iso}`).not.toBeNull();
        expect(select?.width, `${path} ${iso}: "${select?.text}"`).toBeLessThanOrEqual(/** @type {number} */ (select?.room));
      }
      // Without JavaScript the placeholder is the page's country's.
      const { placeholder } = await textFit(page);
      expect(placeholder.text).toContain('or +44');
      expect(placeholder.width, `${path}: "${placeholder.text}"`).toBeLessThanOrEqual(placeholder.room);
    }
  });
});

test.describe('with JavaScript', () => {
  test('at 1280 px the placeholder of every kind of number fits beside the picker', async ({ page }, testInfo) => {
    await h.open(page, testInfo, '/signup');
    for (const iso of ['RU', 'BY', 'AR', 'US', 'GB']) {
      await h.chooseCountry(page, iso);
      const { placeholder } = await textFit(page);
      expect(placeholder.text).toContain('or +');
      expect(placeholder.width, `${iso}: "${placeholder.text}"`).toBeLessThanOrEqual(placeholder.room);
    }
  });

  test('the searchable picker still finds a country by name', async ({ page }, testInfo) => {
    await h.open(page, testInfo, '/signup');
    await page.locator('#country-button').click();
    await page.locator('#country-search').fill('Fra');
    await expect(page.locator('#country-list [role=option]').first()).toHaveAttribute('data-iso', 'FR');
    await page.keyboard.press('Enter');
    await expect(page.locator('select#country')).toHaveValue('FR');
    await expect(page.locator('#country-button')).toHaveAttribute('aria-label', 'Country: France +33');
  });
});

// The default country, with JavaScript on and off: decided by the server.
for (const javaScriptEnabled of [true, false]) {
  test.describe(`the default country (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, () => {
    test.use({ javaScriptEnabled });

    test('comes from the browser language, else DEFAULT_COUNTRY', async ({ browser, pageErrors }, testInfo) => {
      // The browser's locale is its Accept-Language ("de-CH" sends "de-CH", "de" sends "de").
      // The page speaks the browser's language too: the picker's label says "Country" in it.
      for (const [locale, expected, label] of [
        ['fr-FR', 'FR', 'Pays\u00a0: France \\+33'],
        ['en-US', 'US', 'Country: United States \\+1'],
        ['de-CH', 'CH', 'Land: Schweiz \\+41'],
        ['de', 'GB', 'Land: Vereinigtes Königreich \\+44'],
      ]) {
        const page = await pageWith(browser, pageErrors, { locale });
        for (const path of ['/signup', '/signin']) {
          await h.open(page, testInfo, path);
          await expect(page.locator('select#country'), `${locale} ${path}`).toHaveValue(expected);
          // (The new context runs with the test's JavaScript setting.)
          await expect(page.locator('#country-button')).toHaveCount(javaScriptEnabled ? 1 : 0);
          if (javaScriptEnabled) {
            await expect(page.locator('#country-button')).toHaveAttribute('aria-label', new RegExp(`^${label}$`));
          }
        }
        await page.context().close();
      }
      // A header of several languages: the first in preference order with a country.
      const page = await pageWith(browser, pageErrors, {});
      await page.route('**/*', (route) =>
        route.continue({ headers: { ...route.request().headers(), 'accept-language': 'de;q=0.9, es-419, pt-BR;q=0.8, en-US;q=0.5' } }),
      );
      await h.open(page, testInfo, '/signup');
      await expect(page.locator('select#country')).toHaveValue('BR');
      await page.context().close();
    });

    test('signed in, the new number starts on the own number\'s country', async ({ browser, request, pageErrors }, testInfo) => {
      // A French browser: its language says FR, the person's number is British.
      const page = await pageWith(browser, pageErrors, { locale: 'fr-FR' });
      await h.open(page, testInfo, '/signup');
      await expect(page.locator('select#country')).toHaveValue('FR');
      await h.createVerifiedUser(page, request, testInfo);
      await expect(page.locator('select#country')).toHaveValue('GB');
      await page.context().close();
    });

    test('after a reset the sign-in page has the number', async ({ browser, request, pageErrors }, testInfo) => {
      const page = await pageWith(browser, pageErrors, { locale: 'fr-FR' });
      const { phone } = await h.createVerifiedUser(page, request, testInfo);
      await page.context().clearCookies();
      const fresh = h.randomPassword();
      await h.open(page, testInfo, '/reset-password');
      await h.fillPhone(page, phone, 'national');
      await page.locator('#send-reset-submit').click();
      await expect(page.locator('#reset-form')).toBeVisible();
      await h.waitForHydration(page, testInfo);
      await page.locator('input#code').fill(await h.latestCode(request, phone.e164, 'reset-password'));
      await page.locator('input#password').fill(fresh);
      await page.locator('input#confirm').fill(fresh);
      await page.locator('#reset-submit').click();
      await page.waitForURL(h.atPath('/signin'));
      await h.waitForHydration(page, testInfo);
      // Not in the URL: in the sealed flash cookie.
      expect(page.url()).not.toMatch(/\d{6}/);
      await expect(page.locator('input#phone')).toHaveValue(h.looseDigits(phone.national));
      await expect(page.locator('select#country')).toHaveValue('GB');
      // Only the password is left to type.
      await page.locator('input#password').fill(fresh);
      await page.locator('#signin-submit').click();
      await page.waitForURL(h.atPath('/profile'));
      await page.context().close();
    });
  });
}
