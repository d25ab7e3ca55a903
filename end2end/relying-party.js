// @ts-check
// Starts the example relying party (cargo example `relying_party`) for the browser tests,
// as an operator would: registers it with `phone-auth clients add` on the database of
// the phone-auth server it signs in with (started before it: Playwright starts the web
// servers in order), reads the client id and secret the command prints, and runs the
// app with them. Stops the app when Playwright stops this process.
//
// Environment (set by playwright.config.js):
//   PHONE_AUTH_BIN, RP_BIN   the two binaries
//   DATABASE_URL, APP_SECRET the phone-auth server's database and secret
//   ISSUER_URL               that server's PUBLIC_URL
//   RP_ADDR, RP_PUBLIC_URL   where the app listens and the address browsers use

const { execFileSync, spawn } = require('node:child_process');

const need = (/** @type {string} */ k) => {
  const v = process.env[k];
  if (!v) throw new Error(`relying-party.js: ${k} is not set`);
  return v;
};

const publicUrl = need('RP_PUBLIC_URL');
const out = execFileSync(
  need('PHONE_AUTH_BIN'),
  [
    'clients', 'add',
    '--name', 'Example App',
    '--redirect-uri', `${publicUrl}/callback`,
    '--post-logout-redirect-uri', `${publicUrl}/signed-out`,
  ],
  { encoding: 'utf8', env: { ...process.env, PUBLIC_URL: need('ISSUER_URL') } },
);
const field = (/** @type {string} */ name) => {
  const m = new RegExp(`^${name}\\s+(\\S+)$`, 'm').exec(out);
  if (!m) throw new Error(`relying-party.js: no ${name} in the output of clients add:\n${out}`);
  return m[1];
};

const child = spawn(need('RP_BIN'), [need('RP_ADDR')], {
  stdio: 'inherit',
  env: {
    ...process.env,
    CLIENT_ID: field('client_id'),
    CLIENT_SECRET: field('client_secret'),
  },
});
for (const signal of /** @type {const} */ (['SIGTERM', 'SIGINT'])) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
