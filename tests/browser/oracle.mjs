// oracle.mjs DIR [PAGE...]: opens every HTML and SVG file of DIR (or only PAGE...) in headless
// Chromium, served over http://127.0.0.1, and reports every script that runs in a page.
//
// The detector is the browser's own debugger: every script Chromium compiles in a page's main
// world (an inline <script>, an event handler as it fires, a javascript: URL as it is
// followed) raises `Debugger.scriptParsed`. Playwright's helpers run in an isolated world and
// are not counted. After loading, the oracle presses Tab through the page (focus handlers),
// moves the mouse over headings, images, SVGs and links (hover handlers) and clicks every link
// whose address is not plainly http(s), mailto or tel (javascript: links); navigations away
// are stopped. The page's Content-Security-Policy is bypassed, so what is tested is the markup
// itself, not the CSP that would also stop it.
//
// The search page's own script and Pagefind's are not counted: the search page may be given
// with a query (`search/index.html?q=alert`) so that the results, made from the content, are
// on the page while it is watched.
//
// Prints one JSON object: {"checked": N, "executed": [{"page": ..., "what": ...}]}.
// Needs playwright-core (in VERIFY_DIR/node_modules) and Chromium (CHROMIUM, default /usr/bin/chromium).
import path from 'node:path';
import { launch, listPages, serve } from './site.mjs';

const [dir, ...wanted] = process.argv.slice(2);

async function check(context, origin, rel, executed) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const mainWorlds = new Set();
  const record = (what) => executed.push({ page: rel, what });
  cdp.on('Runtime.executionContextCreated', (e) => {
    if (e.context.auxData && e.context.auxData.isDefault) mainWorlds.add(e.context.id);
  });
  // The theme's search page runs its own script and Pagefind's (with its WebAssembly); any
  // other script is the content's doing.
  const ours = (e) => e.url === `${origin}/search.js` || e.url.startsWith(`${origin}/pagefind/`)
    || (e.scriptLanguage === 'WebAssembly' && e.url.startsWith('wasm://'));
  cdp.on('Debugger.scriptParsed', (e) => {
    if (mainWorlds.has(e.executionContextId) && !ours(e)) {
      record(`script compiled in the page (${e.url || 'inline'}, line ${e.startLine})`);
    }
  });
  page.on('dialog', async (d) => { record(`dialog: ${d.message()}`); await d.dismiss().catch(() => {}); });
  await cdp.send('Runtime.enable');
  await cdp.send('Debugger.enable');
  let loaded = false;
  await page.route('**/*', (route) => {
    const r = route.request();
    if (loaded && r.isNavigationRequest()) return route.abort();
    return route.continue();
  });
  await page.goto(`${origin}/${rel}`, { waitUntil: 'load', timeout: 30000 });
  loaded = true;
  await page.waitForTimeout(200);
  if (rel.includes('?')) {
    // A search given in the address: its results are on the page once the status says so.
    await page.locator('#search-status:not(:empty)').filter({ hasNotText: /^Searching/ })
      .waitFor({ timeout: 15000 }).catch(() => record('the search gave no answer'));
  }
  if (rel.split('?')[0].endsWith('.html')) {
    // Bounded, so that a page with thousands of elements cannot stall the run: 30 Tabs, 60
    // hovers and 40 clicks at most, each with a short time-out, and 30 s for the whole page.
    const interact = async () => {
      for (let i = 0; i < 30; i++) await page.keyboard.press('Tab').catch(() => {});
      const hover = page.locator('h1, h2, h3, h4, h5, h6, img, svg, a[href], [tabindex], summary');
      const n = Math.min(await hover.count(), 60);
      for (let i = 0; i < n; i++) await hover.nth(i).hover({ timeout: 300, force: true }).catch(() => {});
      // getAttribute runs in Playwright's isolated world (evaluate would run in the page's
      // and count as a script); the first 300 links are looked at.
      const links = page.locator('a[href]');
      const count = Math.min(await links.count(), 300);
      let clicked = 0;
      for (let i = 0; i < count && clicked < 40; i++) {
        const href = ((await links.nth(i).getAttribute('href', { timeout: 300 }).catch(() => '')) || '').trim().toLowerCase();
        if (/^(https?:|mailto:|tel:|#|\/|\.|[a-z0-9_-]+(\/|\.html|$))/.test(href)) continue;
        clicked++;
        await links.nth(i).click({ timeout: 500, force: true, noWaitAfter: true }).catch(() => {});
      }
      await page.waitForTimeout(100);
    };
    await Promise.race([interact(), new Promise((resolve) => setTimeout(resolve, 30000))]);
  }
  await page.close();
}

async function main() {
  const root = path.resolve(dir);
  const pages = wanted.length ? wanted : listPages(root);
  const server = await serve(root);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await launch();
  const context = await browser.newContext({ bypassCSP: true, javaScriptEnabled: true });
  const executed = [];
  for (const rel of pages) await check(context, origin, rel, executed);
  await browser.close();
  server.close();
  console.log(JSON.stringify({ checked: pages.length, executed }));
}

main().catch((e) => { console.error(`oracle: ${e.stack || e}`); process.exit(2); });
