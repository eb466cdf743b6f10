// The manager's path through the gateway's Swagger UI, in a real headless browser (Debian chromium driven by
// playwright-core; no browser is downloaded): the four service documents are listed, "Authorize" logs in as
// ace.manager through the Keycloak login page (authorization code + PKCE, client raa-swagger-ui), and one GET of
// each service answers 200 through "Try it out". Exits non-zero on any failure, with a screenshot in
// RAA_E2E_SCREENSHOTS (.local/logs by default).
//
//   RAA_E2E_GATEWAY_URL=http://localhost:9080 RAA_E2E_KEYCLOAK_URL=http://localhost:8190 node swagger-login.mjs
import { chromium } from 'playwright-core';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const gateway = (process.env.RAA_E2E_GATEWAY_URL ?? 'http://localhost:9080').replace(/\/+$/, '');
const keycloak = (process.env.RAA_E2E_KEYCLOAK_URL ?? 'http://localhost:8190').replace(/\/+$/, '');
const screenshots = process.env.RAA_E2E_SCREENSHOTS ?? resolve(here, '../../../.local/logs');
const username = process.env.RAA_E2E_USER ?? 'ace.manager';
const password = process.env.RAA_E2E_PASSWORD ?? 'demo';
const chromiumPath = process.env.RAA_E2E_CHROMIUM ?? '/usr/bin/chromium';
// One GET per service that every manager may call and that needs no parameters: who the service thinks you are.
const services = ['children', 'adopters', 'matching', 'finance'];
const probePath = (service) => `/api/${service}/scope`;
const timeout = 30_000;

const step = (message) => console.log(`[swagger-login] ${message}`);

const userDataDir = mkdtempSync(join(tmpdir(), 'raa-swagger-login-'));
let browser;
let page;
let failed = false;
try {
  // A fresh profile directory every run (playwright passes it to chromium as --user-data-dir).
  browser = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  browser.setDefaultTimeout(timeout);
  page = browser.pages()[0] ?? await browser.newPage();
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));

  step(`opening ${gateway}/q/swagger-ui`);
  const opened = await page.goto(`${gateway}/q/swagger-ui/`, { waitUntil: 'domcontentloaded' });
  if (!opened || opened.status() !== 200) throw new Error(`Swagger UI answered ${opened?.status()}`);

  // The top bar's definition picker lists every service's document, by name and URL.
  const picker = page.locator('.topbar select');
  await picker.waitFor();
  const listed = await picker.locator('option').evaluateAll(
    (options) => options.map((option) => ({ name: option.textContent.trim(), url: option.value })));
  step(`documents listed: ${listed.map((d) => `${d.name} (${d.url})`).join(', ')}`);
  for (const service of services) {
    if (!listed.some((d) => d.name === service && d.url.endsWith(`/openapi/${service}`))) {
      throw new Error(`the Swagger UI does not list /openapi/${service}; it lists ${JSON.stringify(listed)}`);
    }
  }

  // Authorize: the openIdConnect scheme's discovery document comes from the realm; the flow is authorization code
  // with PKCE in a popup, the redirect page hands the code back, and the UI exchanges it at Keycloak's token endpoint.
  // The first time the Keycloak login page asks for the password. Swagger UI forgets the authorization whenever a
  // document is (re)selected; authorizing again then goes through without a form (Keycloak's session).
  const authorize = async (withLogin) => {
    await page.locator('.information-container .title').waitFor();
    await page.locator('.auth-wrapper button.authorize').first().click();
    const modal = page.locator('.modal-ux');
    await modal.waitFor();
    const authorizationCode = modal.locator('.auth-container')
      .filter({ hasText: 'authorization_code with PKCE' }).first();
    await authorizationCode.waitFor();
    const clientId = authorizationCode.locator('input#client_id');
    if (await clientId.count()) {
      const value = await clientId.inputValue();
      if (value !== 'raa-swagger-ui') throw new Error(`client_id is "${value}", expected raa-swagger-ui`);
    }
    // The scopes stay as the gateway preselects them (quarkus.swagger-ui.oauth-scopes=openid): Keycloak refuses
    // scopes the client is not given, and the realm's default client scopes put raa-api and tenancy in the token.
    const [popup] = await Promise.all([
      page.waitForEvent('popup'),
      authorizationCode.locator('button.authorize').click(),
    ]);
    const closed = popup.isClosed() ? Promise.resolve() : popup.waitForEvent('close', { timeout });
    if (withLogin) {
      await popup.waitForLoadState('domcontentloaded');
      const loginUrl = new URL(popup.url());
      step(`login page: ${loginUrl.origin}${loginUrl.pathname}`);
      if (loginUrl.origin !== new URL(keycloak).origin) {
        throw new Error(`the login went to ${loginUrl.origin}, not the realm's Keycloak ${keycloak}`);
      }
      const params = loginUrl.searchParams;
      if (params.get('code_challenge_method') !== 'S256' || !params.get('code_challenge')) {
        throw new Error(`the authorization request has no S256 PKCE challenge: ${loginUrl.search}`);
      }
      if (params.get('response_type') !== 'code' || params.get('client_id') !== 'raa-swagger-ui'
        || !(params.get('scope') ?? '').split(' ').includes('openid')) {
        throw new Error(`unexpected authorization request: ${loginUrl.search}`);
      }
      await popup.locator('#username').fill(username);
      await popup.locator('#password').fill(password);
      await popup.locator('#kc-login').click();
    }
    await closed;
    // Authorized: the flow now says so and offers Logout instead of Authorize.
    await authorizationCode.locator('h6', { hasText: 'Authorized' }).waitFor();
    await authorizationCode.getByRole('button', { name: 'Remove authorization' }).waitFor();
    await authorizationCode.locator('button.btn-done').click();
    await modal.waitFor({ state: 'detached' });
  };

  for (const service of services) {
    step(`${service}: selecting /openapi/${service}`);
    const url = listed.find((d) => d.name === service).url;
    await picker.selectOption(url);
    await page.locator('.information-container .title').filter({ hasText: `${service}-service` }).waitFor();
    await authorize(service === services[0]);
    step(`${service}: authorized as ${username}`);
    const path = probePath(service);
    const operation = page.locator(`.opblock.opblock-get:has(.opblock-summary-path[data-path="${path}"])`).first();
    await operation.waitFor();
    await operation.locator('.opblock-summary-control').click();
    await operation.locator('button.try-out__btn').click();
    await operation.locator('button.execute').click();
    const status = operation.locator('.live-responses-table tbody .response-col_status').first();
    await status.waitFor();
    const code = (await status.innerText()).trim();
    const body = (await operation.locator('.live-responses-table .response-col_description pre').first()
      .innerText()).trim();
    if (!code.startsWith('200')) {
      throw new Error(`${service}: GET ${path} through "Try it out" showed ${code}: ${body.slice(0, 300)}`);
    }
    const scope = JSON.parse(body);
    if (scope.agency !== 'ace' || !Array.isArray(scope.roles) || !scope.roles.includes('manager')) {
      throw new Error(`${service}: GET ${path} answered as someone else: ${body.slice(0, 300)}`);
    }
    step(`${service}: GET ${path} -> ${code} as agency ${scope.agency}, roles ${scope.roles.join(',')}`);
  }
  if (pageErrors.length) step(`page errors (not fatal): ${pageErrors.join(' | ')}`);
  step('passed');
} catch (error) {
  failed = true;
  console.error(`[swagger-login] FAILED: ${error?.stack ?? error}`);
  if (page) {
    try {
      mkdirSync(screenshots, { recursive: true });
      const file = join(screenshots, `swagger-login-failure-${Date.now()}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.error(`[swagger-login] screenshot: ${file}`);
    } catch (screenshotError) {
      console.error(`[swagger-login] no screenshot: ${screenshotError}`);
    }
  }
} finally {
  if (browser) await browser.close().catch(() => {});
  rmSync(userDataDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
