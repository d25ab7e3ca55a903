// What each page makes a real browser fetch before it is interactive: the bench's first
// load. Run by benches/bench.py as
//   NODE_PATH=end2end/node_modules node benches/first_load.cjs <base> '<json pages>'
// where pages is a list of {path, cookie} (cookie: "name=value; ..." or ""). Opens each
// page in headless Chromium (the one the browser tests use), waits until its islands are
// hydrated (a page without islands: until the network is idle), and prints one JSON
// object: path -> the same-origin style sheets, scripts and Wasm it fetched, in order.
const { chromium } = require('@playwright/test');

async function main() {
  const [base, pagesJson] = process.argv.slice(2);
  const pages = JSON.parse(pagesJson);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox'],
  });
  const out = {};
  try {
    for (const { path, cookie } of pages) {
      const context = await browser.newContext();
      if (cookie) {
        await context.addCookies(
          cookie.split('; ').map((pair) => {
            const at = pair.indexOf('=');
            return { name: pair.slice(0, at), value: pair.slice(at + 1), url: base };
          }),
        );
      }
      const page = await context.newPage();
      const seen = [];
      page.on('request', (r) => {
        const url = new URL(r.url());
        if (url.origin === new URL(base).origin && /\.(wasm|js|css)$/.test(url.pathname)) seen.push(url.pathname);
      });
      const response = await page.goto(base + path);
      if ((await page.locator('leptos-island').count()) > 0) {
        await page.locator('body[data-hydrated="true"]').waitFor({ state: 'attached', timeout: 30_000 });
      }
      await page.waitForLoadState('networkidle');
      out[path] = { status: response ? response.status() : 0, final: new URL(page.url()).pathname, assets: [...new Set(seen)] };
      await context.close();
    }
  } finally {
    await browser.close();
  }
  process.stdout.write(JSON.stringify(out));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
