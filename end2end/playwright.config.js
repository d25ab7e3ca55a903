// @ts-check
//
// Playwright configuration for the phone-auth browser tests.
//
// One server process is started per database (SQLite always, PostgreSQL when
// E2E_POSTGRES_URL is set), plus one SQLite server with a short code lifetime
// and resend cooldown that only the `countdown` project uses. Every database
// gets a `<db>-js` project and a `<db>-nojs` project (JavaScript disabled, so
// the plain HTML form posts are exercised).
//
// Environment:
//   E2E_SERVER_BIN    server binary; absolute, or relative to this directory
//                     (default ../target/release/phone-auth: the build ./x run serves,
//                     with the target/site that build wrote)
//   E2E_FAKE_TWILIO_BIN  the fake Twilio (cargo example `fake_twilio`; default
//                     ../target/debug/examples/fake_twilio: a fixture, not the product)
//   E2E_RP_BIN        the example app that signs in with phone-auth (cargo example
//                     `relying_party`; default ../target/debug/examples/relying_party)
//   E2E_POSTGRES_URL  postgres://... ; adds the postgres-js / postgres-nojs projects
//   E2E_PORT_BASE     first of the eight TCP ports used (default 3310)
//   E2E_CHROMIUM      browser binary (default /usr/bin/chromium)
//   E2E_WORKERS       parallel workers (default 2)
//   E2E_SERVER_LOGS=1 show the servers' stdout (their stderr is always shown)
//   E2E_KEEP_TMP=1    keep the temporary directory (SQLite files) after the run
//   E2E_TMP_DIR       set by this file: the temporary directory holding the
//                     SQLite files of this run (inherited by the worker processes)

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { defineConfig } = require('@playwright/test');

const repoRoot = path.resolve(__dirname, '..');

// Playwright evaluates this file in the runner and again in every worker
// process. The workers inherit the runner's environment, so the temporary
// directory is created once and passed on through process.env.
// The process that creates the directory removes it when it exits (after the
// servers have been stopped), unless E2E_KEEP_TMP=1.
if (!process.env.E2E_TMP_DIR) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'phone-auth-e2e-'));
  process.env.E2E_TMP_DIR = dir;
  if (process.env.E2E_KEEP_TMP !== '1') {
    process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  }
}
const tmpDir = process.env.E2E_TMP_DIR;

const serverBin = path.resolve(__dirname, process.env.E2E_SERVER_BIN || '../target/release/phone-auth');
const fakeTwilioBin = path.resolve(__dirname, process.env.E2E_FAKE_TWILIO_BIN || '../target/debug/examples/fake_twilio');
const rpBin = path.resolve(__dirname, process.env.E2E_RP_BIN || '../target/debug/examples/relying_party');
const portBase = Number(process.env.E2E_PORT_BASE || 3310);
const postgresUrl = process.env.E2E_POSTGRES_URL || '';

// A fixed 40-character secret; the servers only need 32+ characters.
const APP_SECRET = 'e2e-test-secret-0123456789abcdefghijklmn';

/**
 * @typedef {{ name: string, port: number, databaseUrl: string,
 *             codeTtl: string, resendCooldown: string, env?: Record<string, string>,
 *             publicUrl?: string }} ServerSpec
 */

/** @type {ServerSpec} */
const sqliteServer = {
  name: 'sqlite',
  port: portBase,
  databaseUrl: `sqlite://${path.join(tmpDir, 'e2e.db')}?mode=rwc`,
  codeTtl: '300s',
  resendCooldown: '30s',
};

/** @type {ServerSpec} */
const countdownServer = {
  name: 'countdown',
  port: portBase + 1,
  databaseUrl: `sqlite://${path.join(tmpDir, 'countdown.db')}?mode=rwc`,
  codeTtl: '6s',
  resendCooldown: '3s',
  // A code lifetime under a minute is refused unless a test asks for it.
  env: { ALLOW_SHORT_CODE_TTL: '1' },
};

/** The fake Twilio the `twilio` server talks to (it fails numbers by their last digits). */
const fakeTwilioPort = portBase + 4;

/** @type {ServerSpec} */
const twilioServer = {
  name: 'twilio',
  port: portBase + 3,
  databaseUrl: `sqlite://${path.join(tmpDir, 'twilio.db')}?mode=rwc`,
  codeTtl: '300s',
  resendCooldown: '30s',
  env: {
    SMS_PROVIDER: 'twilio',
    TWILIO_API_BASE: `http://127.0.0.1:${fakeTwilioPort}`,
    TWILIO_ACCOUNT_SID: 'AC0123456789abcdef0123456789abcdef',
    TWILIO_AUTH_TOKEN: '0123456789abcdef0123456789abcdef',
    TWILIO_FROM_NUMBER: '+15005550006',
    TWILIO_TIMEOUT: '2s',
  },
};

/** A SQLite server whose PUBLIC_URL is `localhost` (browsers refuse passkeys on an IP
 * address): the passkey tests, with Chromium's virtual authenticator. */
const passkeyPort = portBase + 6;
/** @type {ServerSpec} */
const passkeyServer = {
  name: 'passkeys',
  port: passkeyPort,
  databaseUrl: `sqlite://${path.join(tmpDir, 'passkeys.db')}?mode=rwc`,
  codeTtl: '300s',
  resendCooldown: '30s',
  publicUrl: `http://localhost:${passkeyPort}`,
};

/** A SQLite server whose conversion watch brakes early (3 sends, under 50 % used): the
 * proof-of-work challenge, solved in the browser or explained without JavaScript. */
/** @type {ServerSpec} */
const brakesServer = {
  name: 'brakes',
  port: portBase + 7,
  databaseUrl: `sqlite://${path.join(tmpDir, 'brakes.db')}?mode=rwc`,
  codeTtl: '300s',
  resendCooldown: '30s',
  env: { CONVERSION_MIN_SENDS: '3', CONVERSION_CHALLENGE_BELOW: '50', CONVERSION_PAUSE_BELOW: '0', POW_DIFFICULTY: '20000' },
};

/** @type {ServerSpec | null} */
const postgresServer = postgresUrl
  ? {
      name: 'postgres',
      port: portBase + 2,
      databaseUrl: postgresUrl,
      codeTtl: '300s',
      resendCooldown: '30s',
    }
  : null;

/** @param {ServerSpec} s */
const baseURL = (s) => `http://127.0.0.1:${s.port}`;

/** @param {ServerSpec} s */
function webServer(s) {
  return {
    name: `server:${s.name}`,
    command: JSON.stringify(serverBin),
    cwd: repoRoot,
    url: `${baseURL(s)}/healthz`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: /** @type {'pipe'|'ignore'} */ (process.env.E2E_SERVER_LOGS === '1' ? 'pipe' : 'ignore'),
    stderr: /** @type {'pipe'} */ ('pipe'),
    gracefulShutdown: { signal: /** @type {'SIGTERM'} */ ('SIGTERM'), timeout: 5_000 },
    env: {
      LEPTOS_SITE_ADDR: `127.0.0.1:${s.port}`,
      LEPTOS_SITE_ROOT: 'target/site',
      PUBLIC_URL: s.publicUrl || baseURL(s),
      DATABASE_URL: s.databaseUrl,
      SMS_PROVIDER: 'console',
      // The conversion watch counts but never brakes (the tests send codes they never
      // use); the `brakes` server sets its own thresholds.
      CONVERSION_CHALLENGE_BELOW: '0',
      CONVERSION_PAUSE_BELOW: '0',
      ...(s.env || {}),
      APP_SECRET,
      DEFAULT_COUNTRY: 'GB',
      CODE_TTL: s.codeTtl,
      RESEND_COOLDOWN: s.resendCooldown,
      // Every browser of the run comes from 127.0.0.1: the per-IP send limit (20 an
      // hour by default) would stop the suite, not an attacker.
      SENDS_PER_IP_PER_HOUR: '100000',
      RUST_LOG: process.env.RUST_LOG || 'info',
    },
  };
}

// The example relying party: registered as a client of the SQLite server and signing in
// with it. Browsers reach it as `localhost`, phone-auth as 127.0.0.1: two hosts, so
// neither sees the other's cookies, as with an app on its own domain.
const rpPort = portBase + 5;
const rpUrl = `http://localhost:${rpPort}`;
// For the tests (every worker evaluates this file too).
process.env.E2E_RP_URL = rpUrl;
const rpServer = {
  name: 'relying-party',
  command: `node ${JSON.stringify(path.join(__dirname, 'relying-party.js'))}`,
  cwd: repoRoot,
  url: `http://127.0.0.1:${rpPort}/healthz`,
  reuseExistingServer: false,
  timeout: 90_000,
  stdout: /** @type {'ignore'} */ ('ignore'),
  stderr: /** @type {'pipe'} */ ('pipe'),
  gracefulShutdown: { signal: /** @type {'SIGTERM'} */ ('SIGTERM'), timeout: 5_000 },
  env: {
    PHONE_AUTH_BIN: serverBin,
    RP_BIN: rpBin,
    DATABASE_URL: sqliteServer.databaseUrl,
    APP_SECRET,
    ISSUER_URL: baseURL(sqliteServer),
    RP_ADDR: `127.0.0.1:${rpPort}`,
    RP_PUBLIC_URL: rpUrl,
  },
};

const databaseServers = [sqliteServer, ...(postgresServer ? [postgresServer] : [])];

// The flow tests run against every database with and without JavaScript.
const projects = databaseServers.flatMap((s) => [
  {
    name: `${s.name}-js`,
    testMatch: /(flow|lifecycle|factors)\.spec\.js$/,
    use: { baseURL: baseURL(s), javaScriptEnabled: true },
  },
  {
    name: `${s.name}-nojs`,
    testMatch: /(flow|lifecycle|factors)\.spec\.js$/,
    use: { baseURL: baseURL(s), javaScriptEnabled: false },
  },
]);
// The Twilio server: how provider failures reach people, with JavaScript on and off.
projects.push(
  { name: 'twilio-js', testMatch: /provider\.spec\.js$/, use: { baseURL: baseURL(twilioServer), javaScriptEnabled: true } },
  { name: 'twilio-nojs', testMatch: /provider\.spec\.js$/, use: { baseURL: baseURL(twilioServer), javaScriptEnabled: false } },
);
// The islands alive in the build under test (./x test runs the release build).
projects.push({
  name: 'release',
  testMatch: /release\.spec\.js$/,
  use: { baseURL: baseURL(sqliteServer), javaScriptEnabled: true },
});
// Accessibility (axe-core, keyboard only) and the README's screenshots.
projects.push({
  name: 'a11y',
  testMatch: /a11y\.spec\.js$/,
  // The passkey parts need the server that offers them (`passkeys-a11y`).
  testIgnore: /passkeys\.a11y\.spec\.js$/,
  use: { baseURL: baseURL(sqliteServer), javaScriptEnabled: true, bypassCSP: true },
});
// Page finish (issue 16): files named `*.ui.spec.js`; a file or describe that needs
// JavaScript off says so with test.use({ javaScriptEnabled: false }).
projects.push({
  name: 'ui',
  testMatch: /\.ui\.spec\.js$/,
  use: { baseURL: baseURL(sqliteServer), javaScriptEnabled: true },
});
// Signing in to another app through phone-auth (OpenID Connect), JavaScript on and off.
projects.push(
  { name: 'oidc-js', testMatch: /oidc\.spec\.js$/, use: { baseURL: baseURL(sqliteServer), javaScriptEnabled: true } },
  { name: 'oidc-nojs', testMatch: /oidc\.spec\.js$/, use: { baseURL: baseURL(sqliteServer), javaScriptEnabled: false } },
);
// Passkeys (a `localhost` site), JavaScript on; off, they are not offered.
projects.push(
  { name: 'passkeys-js', testMatch: /passkeys\.spec\.js$/, use: { baseURL: passkeyServer.publicUrl, javaScriptEnabled: true } },
  { name: 'passkeys-nojs', testMatch: /passkeys-nojs\.spec\.js$/, use: { baseURL: passkeyServer.publicUrl, javaScriptEnabled: false } },
  {
    name: 'passkeys-a11y',
    testMatch: /passkeys\.a11y\.spec\.js$/,
    use: { baseURL: passkeyServer.publicUrl, javaScriptEnabled: true, bypassCSP: true },
  },
);
// The SMS-pumping brakes' proof of work, JavaScript on and off.
projects.push(
  { name: 'brakes-js', testMatch: /brakes\.spec\.js$/, use: { baseURL: baseURL(brakesServer), javaScriptEnabled: true } },
  { name: 'brakes-nojs', testMatch: /brakes-nojs\.spec\.js$/, use: { baseURL: baseURL(brakesServer), javaScriptEnabled: false } },
);
projects.push({
  name: 'countdown',
  testMatch: /countdown\.spec\.js$/,
  use: { baseURL: baseURL(countdownServer), javaScriptEnabled: true },
});

module.exports = defineConfig({
  testDir: './tests',
  outputDir: './test-results',
  // Two cores: the servers, Chromium and Playwright share them.
  workers: Number(process.env.E2E_WORKERS || 2),
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: 'list',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  use: {
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    headless: true,
    launchOptions: {
      executablePath: process.env.E2E_CHROMIUM || '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    locale: 'en-GB',
    timezoneId: 'UTC',
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects,
  webServer: [
    {
      name: 'fake-twilio',
      command: `${JSON.stringify(fakeTwilioBin)} 127.0.0.1:${fakeTwilioPort}`,
      cwd: repoRoot,
      url: `http://127.0.0.1:${fakeTwilioPort}/_fake/codes`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: /** @type {'ignore'} */ ('ignore'),
      stderr: /** @type {'pipe'} */ ('pipe'),
    },
    ...[...databaseServers, countdownServer, twilioServer, passkeyServer, brakesServer].map(webServer),
    // After the SQLite server: it registers itself on that server's database.
    rpServer,
  ],
});
