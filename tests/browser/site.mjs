// site.mjs: what the browser checks share: Playwright's Chromium, and a static server for a
// built site (a folder answers with its index.html), as a static host would serve it.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { createRequire } from 'node:module';

// playwright-core is installed by ../shared/verify/setup.sh (VERIFY_DIR overrides where).
const VERIFY_DIR = process.env.VERIFY_DIR || path.join(path.dirname(new URL(import.meta.url).pathname), '../../../shared/verify');
export const { chromium } = createRequire(path.join(path.resolve(VERIFY_DIR), 'package.json'))('playwright-core');

export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const TYPES = { '.html': 'text/html; charset=utf-8', '.svg': 'image/svg+xml', '.css': 'text/css', '.js': 'text/javascript', '.xml': 'application/xml', '.png': 'image/png', '.json': 'application/json', '.pagefind': 'application/octet-stream' };

export function listPages(root) {
  const out = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(html?|svg)$/i.test(e.name)) out.push(path.relative(root, p).split(path.sep).join('/'));
    }
  };
  walk(root);
  return out;
}

/// Serves the folder `root` at `prefix` (`/`, or a sub-path such as `/riverside/`), as a static
/// host would; anything outside the prefix is 404.
export function serve(root, prefix = '/') {
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (!pathname.startsWith(prefix)) { res.writeHead(404); res.end('not found'); return; }
    let rel = pathname.slice(prefix.length).replace(/^\/+/, '');
    let file = path.join(root, rel);
    if (!file.startsWith(path.resolve(root))) { res.writeHead(403); res.end(); return; }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) { res.writeHead(404); res.end('not found'); return; }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream' });
    res.end(fs.readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}


/// Chromium as every check launches it: headless, no sandbox (containers), nothing fetched.
export function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}
