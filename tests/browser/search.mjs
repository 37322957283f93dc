// search.mjs DIR PREFIX QUERIES: opens DIR's search page in headless Chromium, served at PREFIX
// (`/` or a sub-path such as `/riverside/`) with the page's own Content-Security-Policy in
// force, and carries out each search of QUERIES (JSON: [{"q": "words", "filters": {"status":
// "Overdue"}, "more": true}, ...]) as a reader would: typing into the box and choosing from the filters'
// lists. Prints one JSON object: for each search what the status line said and the results
// shown (title, address, kind, excerpt text and markup, the words marked), and the page's
// errors. Whether anything in the results runs script is the oracle's to say (`oracle.mjs`
// with `search/?q=...`): Playwright's own helpers run in the page here.
//
// Needs playwright-core (in VERIFY_DIR/node_modules) and Chromium (CHROMIUM, default /usr/bin/chromium).
import path from 'node:path';
import { launch, serve } from './site.mjs';

const [dir, prefix, queriesJson] = process.argv.slice(2);
const queries = JSON.parse(queriesJson || '[]');

async function main() {
  const server = await serve(path.resolve(dir), prefix);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await launch();
  const context = await browser.newContext({ javaScriptEnabled: true });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('dialog', async (d) => { errors.push(`dialog: ${d.message()}`); await d.dismiss().catch(() => {}); });
  await page.goto(`${origin}${prefix}search/`, { waitUntil: 'load', timeout: 30000 });
  const out = { searches: [], errors, formShown: await page.locator('#search-form').isVisible() };
  for (const q of queries) {
    for (const select of await page.locator('select[data-filter]').all()) {
      await select.selectOption('');
    }
    await page.fill('#search-q', '');
    for (const [name, value] of Object.entries(q.filters || {})) {
      await page.selectOption(`#filter-${name}`, { label: value });
    }
    await page.fill('#search-q', q.q || '');
    await page.press('#search-q', 'Enter');
    // Waited for with locators, which run in Playwright's own world (an evaluate would run
    // in the page's and count as a foreign script).
    // Until the page no longer says it is searching, in its own language.
    const searching = (await page.locator('#search-words').getAttribute('data-searching')) || 'Searching';
    await page.locator('#search-status:not(:empty)').filter({ hasNotText: searching })
      .waitFor({ timeout: 15000 }).catch(() => {});
    // "more": press "Show more results" until it goes, as a reader reading on would.
    for (let i = 0; q.more && i < 20 && await page.locator('#search-more').isVisible(); i++) {
      const before = await page.locator('#search-results > li').count();
      await page.click('#search-more');
      await page.locator(`#search-results > li >> nth=${before}`).waitFor({ timeout: 15000 }).catch(() => {});
    }
    const status = (await page.locator('#search-status').textContent()) || '';
    const results = [];
    for (const li of await page.locator('#search-results > li').all()) {
      const a = li.locator('h2 a');
      results.push({
        title: await a.textContent(),
        href: await a.getAttribute('href'),
        kind: (await li.locator('.search-kind').textContent().catch(() => '')) || '',
        excerpt: (await li.locator('.search-excerpt').textContent().catch(() => '')) || '',
        marked: await li.locator('.search-excerpt mark').allTextContents(),
        excerptHtml: (await li.locator('.search-excerpt').innerHTML().catch(() => '')) || '',
      });
    }
    const address = new URL(page.url()).search;
    out.searches.push({ query: q, status, results, address, more: await page.locator('#search-more').isVisible() });
  }
  await browser.close();
  server.close();
  console.log(JSON.stringify(out));
}

main().catch((e) => { console.error(e); process.exit(1); });
