/**
 * The review console in a real browser: Debian's chromium (playwright-core, headless, no browser
 * download) against the real API, Redis and a worker process. Signs in, uploads a sample call,
 * waits for it, opens it, plays the audio, adds a missed redaction and sees the re-rendered version,
 * approves it, opens the share link in a fresh browser context, revokes it and sees it refused; a
 * manager sees statistics and cannot open a call; a dpo reveals a token with a purpose.
 * Every response the browser received is scanned for the sample's personal data (none may
 * appear), and screenshots of the main pages go to docs/screenshots/.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markCompleted, recordCall } from '../../src/calls/ledger.js';
import { createApiKey } from '../../src/keys/api-keys.js';
import { openVault } from '../../src/vault/vault.js';
import { REPO, startHarness, type Harness } from '../helpers/api-harness.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SAMPLE = 'airline-booking';
const SHOTS = path.join(REPO, 'docs/screenshots');

/** The sample's labelled values (samples/labels/): whole phrases, and their longer words said nowhere else. */
async function samplePii(): Promise<string[]> {
  const words = (
    JSON.parse(await fs.readFile(path.join(REPO, `samples/calls/${SAMPLE}.json`), 'utf8')) as {
      words: { text: string }[];
    }
  ).words.map((w) => w.text.toLowerCase().replace(/^[^\p{L}\p{N}(]+|[^\p{L}\p{N})]+$/gu, ''));
  const labels = JSON.parse(await fs.readFile(path.join(REPO, `samples/labels/${SAMPLE}.json`), 'utf8')) as {
    start_word: number;
    end_word: number;
  }[];
  const inside = new Set<number>();
  for (const l of labels) for (let i = l.start_word; i < l.end_word; i++) inside.add(i);
  const outside = new Set(words.filter((_, i) => !inside.has(i)));
  const values = new Set<string>();
  for (const l of labels) {
    const part = words.slice(l.start_word, l.end_word);
    values.add(part.join(' '));
    for (const w of part) if (w.length >= 5 && !outside.has(w)) values.add(w);
  }
  return [...values].filter((v) => v.length >= 4);
}

describe('review console in chromium', () => {
  let h: Harness;
  let browser: Browser;
  let managerKey: string;
  let dpoKey: string;
  const masterKey = randomBytes(32).toString('base64');
  const responses: { url: string; body: string }[] = [];

  const watch = (context: BrowserContext): void => {
    context.on('response', (res) => {
      void res
        .body()
        .then((b) => responses.push({ url: res.url(), body: b.toString('latin1').toLowerCase() }))
        .catch(() => undefined);
    });
  };
  const shot = (page: Page, name: string) =>
    page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });

  beforeAll(async () => {
    h = await startHarness({ MAX_UPLOAD_BYTES: String(20 * 1024 * 1024), VAULT_MASTER_KEY: masterKey });
    dpoKey = (await createApiKey(h.database.db, { role: 'dpo', tenant: 'acme', label: 'dpo' })).key;
    managerKey = (
      await createApiKey(h.database.db, { role: 'manager', tenant: 'acme', label: 'ops manager' })
    ).key;
    // a week of earlier calls, so the statistics have groups of at least k (5) to show
    for (let day = 0; day < 4; day++) {
      for (let i = 0; i < 5 + day; i++) {
        const id = randomBytes(16).toString('hex');
        await recordCall(h.database.db, {
          callId: id,
          tenant: 'acme',
          ownerKeyId: 'key_archive',
          lane: 'bulk',
          callbackUrl: null,
          audioKey: 'a',
          transcriptKey: 't',
          policyKey: 'p',
          outputKey: `outputs/${id}`,
        });
        await markCompleted(
          h.database.db,
          id,
          { PERSON: 2 + (i % 3), PHONE_NUMBER: 1, EMAIL: i % 2 },
          { detect: 900 + 40 * i },
        );
        await h.database.db
          .updateTable('calls')
          .set({ created_at: `2026-11-0${2 + day}T09:${10 + i}:00.000Z` })
          .where('id', '=', id)
          .execute();
      }
    }
    h.spawnWorker();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--autoplay-policy=no-user-gesture-required'],
    });
    await fs.mkdir(SHOTS, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  it('signs in, uploads, reviews, approves, shares and revokes; a manager sees statistics only', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    watch(context);
    const page = await context.newPage();
    await page.goto(h.base);
    await page.getByLabel('API key').fill(h.keys.admin);
    await shot(page, 'sign-in');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Calls' }).waitFor();
    // the key is gone from the page; the session cookie is HttpOnly
    const cookies = await context.cookies();
    expect(cookies.find((c) => c.name === 'cr_session')).toMatchObject({
      httpOnly: true,
      sameSite: 'Strict',
    });
    expect(await page.evaluate<string>('document.cookie')).toBe('');

    await page.getByRole('link', { name: 'Upload' }).click();
    await page.getByLabel('Tags for these calls').fill('QA-week49, billing');
    await page.setInputFiles('#files', [
      path.join(REPO, `samples/calls/${SAMPLE}.wav`),
      path.join(REPO, `samples/calls/${SAMPLE}.json`),
    ]);
    const open = page.getByRole('link', { name: 'queued: open' });
    await open.waitFor({ timeout: 30_000 });
    expect(
      await page
        .getByLabel(`upload progress of ${SAMPLE}`)
        .evaluate((el) => (el as unknown as { value: number }).value),
    ).toBe(1);
    await shot(page, 'upload');

    await page.getByRole('link', { name: 'Calls', exact: true }).click();
    await page.getByRole('table', { name: 'calls' }).getByRole('link').first().waitFor();
    // the list listens to server-sent events (not polling) and updates itself until the call completes
    await expect
      .poll(() => page.evaluate<string | undefined>('document.body.dataset.live'), { timeout: 15_000 })
      .toBe('events');
    // (the seeded archive calls below it are completed already; the upload is the newest row)
    await page
      .getByRole('table', { name: 'calls' })
      .locator('tbody tr')
      .first()
      .locator('.state-completed')
      .waitFor({ timeout: 300_000 })
      .catch((err: unknown) => {
        throw new Error(`${String(err)}; worker said: ${h.workerLogs.join('').slice(-2000)}`);
      });
    await shot(page, 'calls');
    // filtered by date: from today on, only the upload is left of the week of seeded calls
    expect(await page.getByRole('table', { name: 'calls' }).locator('tbody tr').count()).toBeGreaterThan(20);
    await page.getByLabel('Received from').fill(new Date().toISOString().slice(0, 10));
    await expect
      .poll(() => page.getByRole('table', { name: 'calls' }).locator('tbody tr').count(), { timeout: 30_000 })
      .toBe(1);
    // filtered by tag (a click on the row's tag): only the upload carries it
    await page.getByLabel('Received from').fill('');
    await page.getByRole('link', { name: 'calls tagged qa-week49' }).click();
    await expect
      .poll(() => page.getByRole('table', { name: 'calls' }).locator('tbody tr').count(), { timeout: 30_000 })
      .toBe(1);
    expect(page.url()).toContain('tag=qa-week49');
    expect(await page.getByLabel('Tag', { exact: true }).inputValue()).toBe('qa-week49');
    await page.getByRole('table', { name: 'calls' }).getByRole('link').first().click();

    const transcript = page.getByRole('group', { name: /redacted transcript/ });
    await transcript.waitFor({ timeout: 30_000 });
    const redactions = page.locator('.word.redaction');
    expect(await redactions.count()).toBeGreaterThanOrEqual(5);
    expect(await page.locator('.timeline .span').count()).toBeGreaterThan(0);
    expect(await page.locator('.word.type-PERSON').count()).toBeGreaterThan(0);
    expect(await page.locator('.word.type-EMAIL').count()).toBe(1);

    // click a word: the audio seeks there and plays
    const word = page.locator('.word').nth(40);
    await word.click();
    // polled with page.evaluate (CDP): waitForFunction's in-page polling evaluates its predicate
    // with eval, which the console's Content-Security-Policy (script-src 'self') rightly refuses
    await expect
      .poll(
        () =>
          page.evaluate<boolean>(
            "(() => { const a = document.querySelector('audio'); return Boolean(a && !a.paused && a.currentTime > 0.2); })()",
          ),
        { timeout: 30_000 },
      )
      .toBe(true);
    const t = await page.evaluate<number>("document.querySelector('audio').currentTime");
    expect(t).toBeGreaterThan(5);
    // keyboard: arrow keys move the focus word by word, Enter seeks
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate<string>('document.activeElement.dataset.index')).toBe('41');
    await page.evaluate("document.querySelector('audio').pause()");
    await shot(page, 'call');

    // a missed redaction: select "Denver" and redact it as an address; a worker re-renders the
    // call (transcript and audio) as version 2 while the page says so, then the page shows it
    const missed = page.locator('.word[data-word="15"]');
    expect(await missed.textContent()).toBe('Denver');
    const before = await redactions.count();
    const spansBefore = await page.locator('.timeline .span').count();
    await missed.click();
    await page.evaluate("document.querySelector('audio').pause()");
    await page.getByLabel('Redaction type').selectOption('ADDRESS');
    await page.getByRole('button', { name: 'Redact selection' }).click();
    // the page looks the version up for at least half a second before it can be ready
    await page.getByText('Version 2: rendering…').waitFor({ timeout: 30_000 });
    await page.getByRole('heading', { name: 'Version 2 (latest)' }).waitFor({ timeout: 90_000 });
    await transcript.waitFor();
    expect(await redactions.count()).toBe(before + 1);
    expect(await page.locator('.word[data-word="15"]').getAttribute('class')).toContain('type-ADDRESS');
    expect(await page.locator('.timeline .span').count()).toBeGreaterThanOrEqual(spansBefore);
    expect(await page.locator('audio').getAttribute('src')).toMatch(/\/versions\/2\/audio$/);
    expect(
      await page
        .getByRole('navigation', { name: 'versions' })
        .getByRole('link', { name: 'Version 1' })
        .count(),
    ).toBe(1);
    await shot(page, 'call-corrected');

    await page.getByRole('button', { name: 'Approve this version' }).click();
    await page.getByText(/Version 2 approved/).waitFor();
    await page.getByRole('button', { name: 'Create share link' }).click();
    const link = await page.locator('#share-link').getAttribute('href');
    expect(link).toMatch(/\/s\/[A-Za-z0-9_-]{43}$/);

    // a fresh context: no cookie, no key
    const guest = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    watch(guest);
    const shared = await guest.newPage();
    await shared.goto(link!);
    await shared.getByRole('group', { name: /redacted transcript/ }).waitFor();
    expect(await shared.locator('.word.redaction').count()).toBe(await redactions.count());
    await shared.locator('.word').nth(3).click();
    await expect
      .poll(() => shared.evaluate<boolean>("(document.querySelector('audio')?.currentTime ?? 0) > 0.2"), {
        timeout: 30_000,
      })
      .toBe(true);
    await shared.evaluate("document.querySelector('audio').pause()");
    await shot(shared, 'share');

    await page.getByRole('button', { name: /^revoke share link/ }).click();
    await page.getByText('revoked', { exact: true }).waitFor();
    await shared.reload();
    await shared.getByRole('alert').waitFor();
    expect(await shared.getByRole('alert').textContent()).toMatch(/expired or was revoked/);
    await guest.close();

    // phone width
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, 'call-phone');
    await context.close();

    // the manager: statistics, and no way into a call
    const mctx = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    watch(mctx);
    const mpage = await mctx.newPage();
    await mpage.goto(h.base);
    await mpage.getByLabel('API key').fill(managerKey);
    await mpage.getByRole('button', { name: 'Sign in' }).click();
    await mpage.getByRole('table', { name: 'statistics' }).waitFor();
    const rows = mpage.getByRole('table', { name: 'statistics' }).locator('tbody tr');
    expect(await rows.count()).toBe(4); // today's single call is a group below k: suppressed
    await shot(mpage, 'stats');
    const callId = /\/v1\/calls\/([a-f0-9]{32,64})\/view/.exec(responses.map((r) => r.url).join('\n'))?.[1];
    expect(callId).toBeDefined();
    await mpage.goto(`${h.base}/#/call/${callId}`);
    await mpage.getByRole('table', { name: 'statistics' }).waitFor();
    const direct = await mpage.evaluate(async (id) => (await fetch(`/v1/calls/${id}/view`)).status, callId!);
    expect(direct).toBe(403);
    await mctx.close();

    // the dpo: reveals a token with a stated purpose, through the audited API
    const vault = await openVault({ db: h.database.db, masterKey: Buffer.from(masterKey, 'base64') });
    const [token] = await vault.issueTokens({
      tenant: 'acme',
      callId: 'f'.repeat(32),
      items: [{ type: 'PERSON', value: 'Ines Varga' }],
    });
    const dctx = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    watch(dctx);
    const dpage = await dctx.newPage();
    await dpage.goto(h.base);
    await dpage.getByLabel('API key').fill(dpoKey);
    await dpage.getByRole('button', { name: 'Sign in' }).click();
    await dpage.getByRole('heading', { name: 'Reveal tokens' }).waitFor();
    await dpage.getByLabel(/^Tokens/).fill(`[${token!}]`);
    await dpage.getByRole('button', { name: 'Reveal' }).click();
    // no purpose: the form is not sent
    expect(await dpage.getByRole('table', { name: 'revealed values' }).count()).toBe(0);
    await dpage.getByLabel(/^Purpose/).fill('subject access request 4711');
    await dpage.getByRole('button', { name: 'Reveal' }).click();
    await dpage.getByRole('table', { name: 'revealed values' }).waitFor();
    expect(await dpage.getByRole('table', { name: 'revealed values' }).textContent()).toContain('ines varga');
    const audit = await h.database.db.selectFrom('vault_audit').selectAll().execute();
    expect(JSON.stringify(audit)).toContain('subject access request 4711');
    await dctx.close();

    // no personal data of the sample in anything the browsers received
    await new Promise((r) => setTimeout(r, 200));
    const pii = await samplePii();
    expect(pii.length).toBeGreaterThan(5);
    expect(responses.length).toBeGreaterThan(20);
    for (const r of responses) {
      for (const value of pii) {
        if (r.body.includes(value)) throw new Error(`${r.url} holds a personal value of the sample`);
      }
    }
  }, 700_000);
});
