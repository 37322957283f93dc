// cms.mjs: the content manager `candor init --cms` writes, opened in Chromium as a writer would
// open it. Decap CMS comes from the npm package (requests for it on the CDN are answered from
// node_modules, so its integrity hash is checked against the real file; any other request that
// leaves the machine is refused and reported), on Decap's test-repo backend holding the site's
// own content files. For each collection it opens the form for a new entry and reads each
// field's label and the kind of control under it; then it opens an existing entry, changes its
// title, clears its summary, saves, and prints the file Decap wrote.
//
//   node cms.mjs <built site> <decap dist folder> <content JSON> <shots dir> <collection/slug> <new title>
//
// <content JSON>: {"content/milestones/launch.md": "+++\n...", ...}. Prints JSON on stdout.
import fs from 'node:fs';
import path from 'node:path';
import { launch, serve } from './site.mjs';

const [site, dist, contentFile, shots, edit, newTitle] = process.argv.slice(2);
const files = JSON.parse(fs.readFileSync(contentFile, 'utf8'));
fs.mkdirSync(shots, { recursive: true });

// Decap's test-repo backend lists a collection's folder by its whole path as one key, and
// reads and writes a file by its path's segments: give it both.
const tree = {};
for (const [file, content] of Object.entries(files)) {
  const dir = path.posix.dirname(file);
  tree[dir] = tree[dir] || {};
  tree[dir][path.posix.basename(file)] = { content, path: file };
  let node = tree;
  const parts = file.split('/');
  for (const part of parts.slice(0, -1)) node = node[part] = node[part] || {};
  node[parts[parts.length - 1]] = { content, path: file };
}

const server = await serve(site, '/');
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launch();
const result = { errors: [], outside: [], collections: {}, saved: null, loaded: false };
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (e) => result.errors.push(String(e)));
  await page.addInitScript((t) => { window.repoFiles = t; }, tree);
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin === origin) {
      if (url.pathname === '/admin/config.yml') {
        // The same configuration, on the backend that keeps files in the page.
        const response = await route.fetch();
        const text = (await response.text()).replace(/^backend:\n(  .*\n)+/m, 'backend:\n  name: "test-repo"\n');
        return route.fulfill({ response, body: text });
      }
      return route.continue();
    }
    const cdn = url.pathname.match(/^\/decap-cms@[^/]+\/dist\/(.+)$/);
    if (url.host === 'unpkg.com' && cdn) {
      const file = path.join(dist, cdn[1]);
      if (fs.existsSync(file)) {
        return route.fulfill({ body: fs.readFileSync(file), contentType: 'text/javascript', headers: { 'access-control-allow-origin': '*' } });
      }
    }
    result.outside.push(url.href);
    return route.abort();
  });
  // Opens the admin page at `hash`, from a fresh load (the test backend's files are the
  // page's own), logging in when asked.
  const open = async (hash) => {
    await page.goto('about:blank');
    await page.goto(`${origin}/admin/${hash}`);
    const login = page.getByRole('button', { name: /login/i });
    await Promise.race([
      login.waitFor({ timeout: 20000 }).then(() => login.click()),
      page.waitForSelector('a[href*="#/collections/"]', { timeout: 20000 }),
    ]);
    await page.waitForSelector('a[href*="#/collections/"]', { timeout: 20000 });
  };
  await open('');
  result.loaded = true;
  const names = await page.$$eval('a[href*="#/collections/"]', (as) => [...new Set(as.map((a) => a.getAttribute('href').split('/collections/')[1].split('/')[0]))]);
  await page.screenshot({ path: path.join(shots, 'collections.png') });
  for (const name of names) {
    const isFiles = name === 'settings';
    await open(`#/collections/${name}${isFiles ? '/entries/alliance' : '/new'}`);
    await page.waitForSelector('label[for]', { timeout: 20000 });
    await page.waitForTimeout(500);
    result.collections[name] = await page.evaluate(() => {
      // Each field: its label, and what the control under the label is.
      const kind = (box) => {
        if (box.querySelector('[data-slate-editor], [contenteditable=true]')) return 'markdown';
        if (box.querySelector('input[type=date], input[type=datetime-local]')) return 'date';
        if (box.querySelector('input[type=number]')) return 'number';
        if (box.querySelector('[role=switch], input[type=checkbox]')) return 'boolean';
        if (box.querySelector('[class*="-control"] input, input[role=combobox]')) return 'choice';
        const buttons = [...box.querySelectorAll('button')].map((b) => b.textContent.trim());
        if (buttons.some((t) => /^Add /.test(t))) return 'list';
        if (buttons.some((t) => /image/i.test(t))) return 'image';
        if (box.querySelector('input[type=text], input:not([type]), textarea')) return 'text';
        if (buttons.length) return 'group';
        return 'unknown';
      };
      const fields = [];
      for (const label of document.querySelectorAll('label[for]')) {
        // The control's container: the closest ancestor that holds one label.
        let box = label.parentElement;
        while (box && box.querySelectorAll('label[for]').length === 1 && box.parentElement && box.parentElement.querySelectorAll('label[for]').length === 1) box = box.parentElement;
        fields.push({ label: label.textContent.trim(), kind: kind(box) });
      }
      return fields;
    });
    await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
  }
  // A writer changes an entry's title and publishes it.
  const [collection, slug] = edit.split('/');
  await open(`#/collections/${collection}/entries/${slug}`);
  const title = page.getByLabel(/^Title/).first();
  await title.waitFor({ timeout: 20000 });
  await title.fill(newTitle);
  // And clears the summary: a cleared field is left out of the file.
  await page.getByLabel(/^Summary/).first().fill('');
  await page.getByRole('button', { name: /^publish$/i }).click();
  await page.getByText(/publish now/i).click();
  await page.waitForFunction(([c, s, t]) => {
    const file = window.repoFiles.content && window.repoFiles.content[c] && window.repoFiles.content[c][`${s}.md`];
    return file && String(file.content).includes(t);
  }, [collection, slug, newTitle], { timeout: 20000 });
  result.saved = await page.evaluate(([c, s]) => String(window.repoFiles.content[c][`${s}.md`].content), [collection, slug]);
  await page.screenshot({ path: path.join(shots, 'saved.png'), fullPage: true });
} catch (e) {
  result.errors.push(String(e && e.stack || e));
  for (const p of browser.contexts().flatMap((c) => c.pages())) await p.screenshot({ path: path.join(shots, 'failed.png'), fullPage: true }).catch(() => {});
} finally {
  await browser.close();
  server.close();
}
console.log(JSON.stringify(result, null, 1));
