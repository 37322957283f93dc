// print.mjs DIR PAGE...: prints each PAGE of the built site in DIR with headless Chromium, on
// A4 and on US Letter, as a reader's "Print" or "Save as PDF" would, and reports how many
// sheets each takes.
//
// Prints one JSON object: {"PAGE": {"a4": N, "letter": N}, ...}.
// Needs playwright-core (in VERIFY_DIR/node_modules) and Chromium (CHROMIUM, default /usr/bin/chromium).
import { launch, serve } from './site.mjs';

const [dir, ...pages] = process.argv.slice(2);

/// Sheets in a PDF as Chromium writes it: one `/Type /Page` object per sheet.
function sheets(pdf) {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) || []).length;
}

async function main() {
  const server = await serve(dir);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await launch();
  const page = await browser.newPage();
  const counts = {};
  for (const rel of pages) {
    await page.goto(`${origin}/${rel}`, { waitUntil: 'load' });
    counts[rel] = {};
    for (const format of ['A4', 'Letter']) {
      counts[rel][format.toLowerCase()] = sheets(await page.pdf({ format, preferCSSPageSize: true }));
    }
  }
  await browser.close();
  server.close();
  console.log(JSON.stringify(counts));
}

main().catch((e) => { console.error(`print: ${e.stack || e}`); process.exit(2); });
