#!/usr/bin/env node
// End-to-end test of the web page: starts `recoupe serve` on a free loopback
// port with an empty store, opens the page in headless Chromium (Debian's,
// driven by playwright-core), uploads the five seed articles, and reads the
// page as a person would: the two events, the facts table of the Palmyra
// March 2016 event, a value followed to its words in the article.
// Screenshots go to build/e2e-screenshots/ (RECOUPE_E2E_SCREENSHOTS).
//
// Environment: RECOUPE_BINARY (default build/recoupe), RECOUPE_SHARED_DIR
// (default ../shared beside the repository), RECOUPE_E2E_SERVER=mock to run
// against scripts/mock-server.mjs instead of the service.
// Exit 0 passed, 1 failed, 77 skipped (no seed corpus, no Chromium).

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const web = fileURLToPath(new URL('..', import.meta.url));
const repo = resolve(web, '..');
const binary = resolve(process.env.RECOUPE_BINARY ?? join(repo, 'build/recoupe'));
const seeds = join(resolve(process.env.RECOUPE_SHARED_DIR ?? join(repo, '../shared')), 'corpus/seeds');
const shots = resolve(process.env.RECOUPE_E2E_SCREENSHOTS ?? join(repo, 'build/e2e-screenshots'));
const chromiumPath = process.env.RECOUPE_CHROMIUM ?? '/usr/bin/chromium';
const useMock = process.env.RECOUPE_E2E_SERVER === 'mock';
const dist = join(web, 'dist');

function skip(message) {
  console.log(`e2e: SKIPPED: ${message}`);
  process.exit(77);
}

if (!existsSync(seeds)) skip(`no shared seed corpus at ${seeds}`);
if (!existsSync(chromiumPath)) skip(`no Chromium at ${chromiumPath} (bash scripts/setup.sh installs Debian's chromium)`);
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`e2e: FAIL: the page is not built (${dist}); run bash scripts/web-build.sh`);
  process.exit(1);
}
if (!existsSync(binary)) {
  console.error(`e2e: FAIL: no recoupe executable at ${binary}`);
  process.exit(1);
}

const { chromium } = await import('playwright-core');

let passed = 0;
let failed = 0;
function check(condition, what, detail = '') {
  if (condition) {
    passed += 1;
    console.log(`e2e: ok: ${what}`);
  } else {
    failed += 1;
    console.log(`e2e: FAIL: ${what}${detail ? ` (${detail})` : ''}`);
  }
}

function freePort() {
  return new Promise((ok, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => ok(port));
    });
  });
}

async function waitForHealth(base, server, seconds) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}`);
    try {
      const response = await fetch(`${base}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no answer from ${base}/healthz in ${seconds} s`);
}

const scratch = mkdtempSync(join(tmpdir(), 'recoupe-e2e-'));
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const serverArgs = useMock
  ? [join(web, 'scripts/mock-server.mjs'), '--port', String(port), '--recoupe', binary, '--dist', dist]
  : ['serve', '--db', join(scratch, 'store.db'), '--host', '127.0.0.1', '--port', String(port), '--web', dist];
const server = spawn(useMock ? process.execPath : binary, serverArgs, { stdio: ['ignore', 'pipe', 'pipe'] });
let serverLog = '';
server.stdout.on('data', (d) => (serverLog += d));
server.stderr.on('data', (d) => (serverLog += d));

let context = null;
try {
  await waitForHealth(base, server, 60);
  mkdirSync(shots, { recursive: true });
  context = await chromium.launchPersistentContext(join(scratch, 'profile'), {
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
    viewport: { width: 1366, height: 768 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(60_000);
  const offsite = [];
  const pageErrors = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(base) && !r.url().startsWith('data:')) offsite.push(r.url());
  });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text());
  });

  // Home, empty store; the skip link comes first in the keyboard order.
  await page.goto(`${base}/`);
  await page.getByRole('heading', { level: 1, name: 'Events and articles' }).waitFor();
  await page.keyboard.press('Tab');
  check(
    (await page.evaluate(() => document.activeElement?.textContent)) === 'Skip to content',
    'the first Tab lands on the skip link',
  );

  // Upload the five seeds with the file picker.
  const files = readdirSync(seeds).filter((f) => /\.(txt|html?|jsonl)$/.test(f)).sort().map((f) => join(seeds, f));
  check(files.length === 5, 'five seed files', `${files.length}`);
  await page.evaluate(() => document.activeElement?.blur());
  await page.setInputFiles('#upload-files', files);
  const summary = page.locator('.add-summary');
  await summary.waitFor({ timeout: 180_000 });
  const summaryText = await summary.textContent();
  check(/^5 articles added/.test(summaryText ?? ''), 'the upload adds five articles', summaryText);

  // The events list: two events, the March one with its outlets and counts.
  const rows = page.locator('table.events-table tbody tr');
  await rows.first().waitFor();
  check((await rows.count()) === 2, 'the events list shows two events', `${await rows.count()}`);
  const march = rows.filter({ hasText: '2016-03' }).first();
  const marchText = (await march.textContent()) ?? '';
  check(/March 2016/.test(marchText), 'an event labelled March 2016', marchText);
  check(/France-Soir/.test(marchText), 'its outlets include France-Soir', marchText);
  check((await rows.filter({ hasText: '2016-12' }).count()) === 1, 'an event in December 2016');
  await page.screenshot({ path: join(shots, 'home.png'), fullPage: true });

  // The March 2016 event page.
  await march.getByRole('link').first().click();
  const facts = page.locator('table.facts-table');
  await facts.waitFor();
  await page.locator('.map .countries path').first().waitFor({ state: 'attached' });
  const headers = await facts.locator('thead th').allTextContents();
  check(headers.some((h) => h.startsWith('France-Soir')), 'a facts column headed France-Soir', headers.join(' | '));

  const row400 = facts.locator('tbody tr.fact', { has: page.locator('a.value', { hasText: /^\S?400/ }) }).first();
  const row400Text = (await row400.textContent()) ?? '';
  check((await row400.getAttribute('class'))?.includes('status-agree'), 'the row with 400 is marked agree', row400Text);
  check(/killed/i.test(row400Text) && /Islamic State/.test(row400Text), 'the 400 are Islamic State fighters killed', row400Text);
  check(/agree/.test(await row400.locator('.status').textContent()), 'its status reads "agree" (not colour alone)');

  const row190 = facts.locator('tbody tr.fact', { has: page.locator('a.value', { hasText: '190' }) }).first();
  const values190 = await row190.locator('a.value').allTextContents();
  check(
    (await row190.getAttribute('class'))?.includes('status-compatible'),
    'the row with about 190 is marked compatible',
    values190.join(' | '),
  );
  check(values190.some((v) => v.includes('≈190')) && values190.some((v) => v.includes('188')), 'it holds ≈190 and 188', values190.join(' | '));

  const spanLink = /^#\/documents\/[^?]+\?span=\d+-\d+$/;
  const hrefs = async (selector) => page.locator(selector).evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  const factLinks = await hrefs('table.facts-table a.value');
  check(factLinks.length >= 10 && factLinks.every((h) => spanLink.test(h)), 'every fact value links to its span', `${factLinks.length} values`);
  const otherLinks = [
    ...(await hrefs('.flags .raised-by a:first-child')),
    ...(await hrefs('.side-by-side tbody a')),
    ...(await hrefs('.word-choice-table tbody a')),
  ];
  check(otherLinks.length > 0 && otherLinks.every((h) => spanLink.test(h)), 'flags, copied passages and word choice link to spans');
  check((await hrefs('.timeline .when a')).some((h) => spanLink.test(h)), 'timeline dates link to spans');
  check((await page.locator('.timeline li').count()) > 0, 'the timeline has entries');
  check((await page.locator('.map .countries path').count()) > 100, 'the map draws country outlines');
  check((await page.locator('.map .place').count()) > 0, 'the map marks the places');
  check((await page.locator('.flags .flag').count()) > 0, 'flags are listed');
  check((await page.locator('.side-by-side tbody tr').count()) > 0, 'copied passages are shown side by side');
  check((await page.locator('.word-choice-table tbody tr').count()) > 0, 'word choice per outlet is shown');
  const fighters = (await page.locator('.word-choice-table tbody tr', { hasText: 'fighters of armed' }).first().textContent()) ?? '';
  check(/terroristes/.test(fighters) && /djihadistes/.test(fighters), 'word choice sets “terroristes” against “djihadistes”', fighters);
  await page.screenshot({ path: join(shots, 'event.png'), fullPage: true });

  // Follow the 400 of France-Soir to its words.
  const column = headers.findIndex((h) => h.startsWith('France-Soir'));
  const cell = row400.locator('td').nth(column - 1);  // the first column is the row's <th>
  const link = cell.locator('a.value').first();
  await link.click();
  const mark = page.locator('mark#target');
  await mark.waitFor();
  const marked = (await mark.textContent()) ?? '';
  check(marked === '400 djihadistes', 'the article highlights “400 djihadistes”', marked);
  check(/#\/documents\/001_4cb14d4706432b3e\?span=\d+-\d+$/.test(page.url()), 'the link names the document and span', page.url());
  const box = await mark.boundingBox();
  check(box !== null && box.y >= 0 && box.y + box.height <= 768, 'the highlighted words are scrolled into view', JSON.stringify(box));
  check(await mark.evaluate((m) => m === document.activeElement), 'the highlighted words have the focus');
  check((await page.locator('.article-text .ann-entity').count()) > 5, 'the article marks its entities');
  await page.screenshot({ path: join(shots, 'document.png') });

  check(offsite.length === 0, 'the page requests nothing outside the server', offsite.join(' '));
  check(pageErrors.length === 0, 'no script error', pageErrors.join(' | '));
} catch (e) {
  failed += 1;
  console.log(`e2e: FAIL: ${e.message}`);
  if (serverLog) console.log(`e2e: server output:\n${serverLog.slice(-4000)}`);
} finally {
  await context?.close().catch(() => {});
  server.kill('SIGTERM');
  rmSync(scratch, { recursive: true, force: true });
}

console.log(`e2e: screenshots in ${shots}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
