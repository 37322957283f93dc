// The search page: finds entries in the index Candor builds with Pagefind (under pagefind/),
// narrowed by the filters the page offers. Without this script the page lists the indexes
// instead. Every text shown comes from the index and is set as text, never as markup: the
// only element made from an excerpt is <mark>, around the words found.
const form = document.getElementById("search-form");
const fallback = document.getElementById("search-fallback");
const query = document.getElementById("search-q");
const status = document.getElementById("search-status");
const list = document.getElementById("search-results");
const more = document.getElementById("search-more");
const selects = Array.from(form.querySelectorAll("select[data-filter]"));
const PAGE = 10;
// Every sentence the script says comes from the page (`#search-words`), so that a theme or a
// language says it its own way; plurals follow the page's language (CLDR, through Intl).
const words = document.getElementById("search-words").dataset;
const language = document.documentElement.lang || "en";
const plural = new Intl.PluralRules(language);
const number = new Intl.NumberFormat(language);

function fill(template, values) {
  return (template || "").replace(/\{(\w+)\}/g, (_, key) => values[key] ?? "");
}

function counted(key, n, values) {
  const category = plural.select(n);
  const name = key + category[0].toUpperCase() + category.slice(1);
  return fill(words[name] ?? words[key + "Other"], { ...values, count: number.format(n) });
}

let engine = null;
// Filters of a shared address that this site no longer offers: said once, with the results.
let dropped = [];
let asked = 0;
let shown = [];
let found = [];

form.hidden = false;
fallback.hidden = true;

function load() {
  if (!engine) {
    engine = import(form.dataset.index).then(async (pagefind) => {
      await pagefind.options({ excerptLength: 28 });
      await pagefind.init();
      return pagefind;
    });
  }
  return engine;
}

function chosenFilters() {
  const filters = {};
  for (const select of selects) {
    if (select.value) filters[select.dataset.filter] = select.value;
  }
  return filters;
}

function remember(term, filters) {
  const params = new URLSearchParams();
  if (term) params.set("q", term);
  for (const select of selects) {
    if (select.value) params.set(select.name, select.value);
  }
  const search = params.toString();
  const url = location.pathname + (search ? "?" + search : "");
  history.replaceState(null, "", url);
}

function say(text, final = true) {
  if (dropped.length && text && final) {
    text = fill(words.dropped, { filters: dropped.join("; ") }) + " " + text;
    dropped = [];
  }
  status.textContent = text;
}

// Pagefind's excerpt is HTML: the page's text, escaped, with <mark> around the words found.
// It is parsed in a document of its own (where nothing loads or runs) and copied as text,
// keeping only the <mark>s.
function excerpt(html) {
  const p = document.createElement("p");
  p.className = "search-excerpt";
  const parsed = new DOMParser().parseFromString("<!doctype html><body>" + html, "text/html");
  for (const node of parsed.body.childNodes) {
    if (node.nodeName === "MARK") {
      const mark = document.createElement("mark");
      mark.textContent = node.textContent;
      p.append(mark);
    } else {
      p.append(document.createTextNode(node.textContent));
    }
  }
  return p;
}

function item(data) {
  const li = document.createElement("li");
  const h = document.createElement("h2");
  const a = document.createElement("a");
  a.href = data.url;
  a.textContent = (data.meta && data.meta.title) || data.url;
  h.append(a);
  li.append(h);
  if (data.meta && data.meta.kind) {
    const kind = document.createElement("p");
    kind.className = "search-kind";
    kind.textContent = data.meta.kind;
    li.append(kind);
  }
  if (data.excerpt) li.append(excerpt(data.excerpt));
  return li;
}

let loading = false;

async function showMore(ticket) {
  if (loading) return;
  loading = true;
  more.disabled = true;
  try {
    const next = found.slice(shown.length, shown.length + PAGE);
    const datas = await Promise.all(next.map((r) => r.data()));
    if (ticket !== asked) return;
    for (const data of datas) {
      list.append(item(data));
      shown.push(data);
    }
    more.hidden = shown.length >= found.length;
  } finally {
    loading = false;
    more.disabled = false;
  }
}

function failed() {
  say(words.failed);
}

async function run() {
  const ticket = ++asked;
  const term = query.value.trim();
  const filters = chosenFilters();
  remember(term, filters);
  if (!term && Object.keys(filters).length === 0) {
    list.replaceChildren();
    list.hidden = true;
    more.hidden = true;
    say("");
    return;
  }
  say(words.searching, false);
  more.hidden = true;
  let search;
  try {
    const pagefind = await load();
    search = await pagefind.search(term || null, { filters });
  } catch (e) {
    if (ticket === asked) failed();
    return;
  }
  if (ticket !== asked || !search) return;
  found = search.results;
  shown = [];
  list.replaceChildren();
  list.hidden = found.length === 0;
  try {
    loading = false;
    await showMore(ticket);
  } catch (e) {
    if (ticket === asked) failed();
    return;
  }
  if (ticket !== asked) return;
  const narrowed = Object.values(filters).join(" · ");
  const values = {
    what: term ? fill(words.what, { term }) : "",
    within: narrowed ? fill(words.within, { filters: narrowed }) : "",
  };
  say(found.length === 0 ? fill(words.none, values) : counted("found", found.length, values));
}

let timer = 0;
function soon() {
  clearTimeout(timer);
  timer = setTimeout(run, 200);
}

form.addEventListener("submit", (e) => {
  e.preventDefault();
  clearTimeout(timer);
  run();
});
query.addEventListener("input", soon);
for (const select of selects) select.addEventListener("change", () => run());
more.addEventListener("click", () => showMore(asked).catch(failed));

const params = new URLSearchParams(location.search);
query.value = params.get("q") || "";
for (const select of selects) {
  const wanted = params.get(select.name);
  if (!wanted) continue;
  if (Array.from(select.options).some((o) => o.value === wanted)) {
    select.value = wanted;
  } else {
    dropped.push(fill(words.quoted, { filter: select.dataset.label || select.dataset.filter, value: wanted }));
  }
}
if (query.value || selects.some((s) => s.value)) run();
query.addEventListener("focus", () => load().catch(() => {}), { once: true });
