import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUsers } from '../../infra/local/seed/demoUsers.ts';
import { axeScan } from './support/axeScan.ts';
import { launchChromium } from './support/launchChromium.ts';
import { makeWav } from './support/makeWav.ts';
import { openFromNav, playlistOrder, screenshot, signIn } from './support/pageHelpers.ts';
import { type E2eStack, startE2eStack } from './support/startE2eStack.ts';

let e2e: E2eStack;
let browser: { context: BrowserContext; close: () => Promise<void> };
let page: Page;
const email = `e2e-${Date.now()}@example.com`;
const password = 'E2e-Passw0rd!';
const title = `Test Tone ${Date.now().toString(36)}`;
/** Polls wait for whole-page loads (the dev server serves modules one by one), so allow more than 1 s. */
const wait = { timeout: 15_000 };

beforeAll(async () => {
  e2e = await startE2eStack();
  browser = await launchChromium();
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  page.setDefaultTimeout(20_000);
});

afterAll(async () => {
  await browser?.close();
  await e2e?.stop();
});

describe('Tunehub in a real browser', () => {
  it('signs up, confirms with the emailed code and signs in', async () => {
    await page.goto(`${e2e.webUrl}/`);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await screenshot(page, '01-sign-in');
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByLabel('Repeat password').fill(`${password}x`);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByText('The passwords do not match.').waitFor();
    await page.getByLabel('Repeat password').fill(password);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { name: 'Confirm your email' }).waitFor();
    const code = await e2e.codeFor(email);
    // A wrong code: Cognito's CodeMismatchException shows on the code field.
    await page.getByLabel('Confirmation code').fill(code === '000000' ? '111111' : '000000');
    await page.getByRole('button', { name: 'Confirm', exact: true }).click();
    await page.getByText('That code is not right').waitFor();
    await screenshot(page, '02-confirm-error');
    await page.getByLabel('Confirmation code').fill(code);
    await page.getByRole('button', { name: 'Confirm', exact: true }).click();
    await page.getByText('Your account is confirmed').waitFor();
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Incorrect email or password.').waitFor();
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Browse' }).waitFor();
  });

  it('uploads a generated audio file with a progress bar that reaches 100%', async () => {
    await openFromNav(page, 'Upload', 'Upload a track');
    const file = path.join(os.tmpdir(), `${title.replace(/\W+/g, '-')}.wav`);
    await writeFile(file, makeWav(8));
    await page.getByLabel(/Drop an audio file/).setInputFiles(file);
    await page.getByText(/Audio: .*\(0:08\)/).waitFor();
    await page.getByLabel('Title').fill(title);
    await page.getByLabel('Artist').fill('E2E Orchestra');
    await page.getByLabel('Genre').fill('Electronic');
    // Record every value the percentage shows: React may render the last ones only briefly.
    await page.evaluate(() => {
      const seen: string[] = [];
      Object.assign(window, { uploadPercents: seen });
      new MutationObserver(() => {
        const text = document.querySelector('[data-testid="audio-progress-percent"]')?.textContent;
        if (text && seen[seen.length - 1] !== text) seen.push(text);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.getByRole('button', { name: 'Upload and publish' }).click();
    await page.waitForURL(/\/tracks\//);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const percents = await page.evaluate(
      () => (window as unknown as { uploadPercents: string[] }).uploadPercents,
    );
    expect(percents.at(-1)).toBe('100%');
    expect(percents.length).toBeGreaterThan(1);
    await screenshot(page, '03-track');
  });

  it('lists the new track first in browse and finds it by search', async () => {
    await openFromNav(page, 'Browse', 'Browse');
    await expect.poll(() => page.locator('.track-row__title').first().textContent(), wait).toBe(title);
    await screenshot(page, '04-browse');
    await page.getByLabel('Search tracks').fill(title.split(' ').slice(1).join(' ').toLowerCase());
    await expect
      .poll(
        () =>
          page
            .getByRole('list', { name: /Results for/ })
            .locator('.track-row__title')
            .allInnerTexts(),
        wait,
      )
      .toEqual([title]);
    await screenshot(page, '05-search');
    await page.getByLabel('Search tracks').fill('zzqxv nothing');
    await page.getByText('No tracks match “zzqxv nothing”').waitFor();
    await page.getByLabel('Search tracks').fill('');
  });

  it('plays the track (the audio element advances) and records the play', async () => {
    const recorded = page.waitForResponse(
      (r) => r.request().postData()?.includes('mutation RecordPlay') ?? false,
      { timeout: 30_000 },
    );
    await page.getByRole('button', { name: `Play ${title}` }).click();
    await expect
      .poll(() => page.getByTestId('audio').evaluate((a: HTMLAudioElement) => a.currentTime), wait)
      .toBeGreaterThan(1);
    expect(await page.getByTestId('now-playing').textContent()).toBe(title);
    const body = (await (await recorded).json()) as {
      data?: { recordPlay?: { track: { playCount: number } } };
    };
    expect(body.data?.recordPlay?.track.playCount).toBe(1);
    await screenshot(page, '06-playing');
  });

  it('pauses with the keyboard shortcut and refreshes an expired stream URL, resuming where it was', async () => {
    const audio = page.getByTestId('audio');
    await page.locator('body').press('k');
    await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => a.paused), wait).toBe(true);
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => a.paused), wait).toBe(false);
    // Let the bucket refuse the next audio request, as S3 does once a presigned URL has expired.
    let refused = 0;
    await page.route(/\.wav\?X-Amz-/, (route) =>
      refused++ === 0 ? route.fulfill({ status: 403, body: 'Request has expired' }) : route.continue(),
    );
    await audio.evaluate((a: HTMLAudioElement) => {
      a.currentTime = 3;
    });
    const refetched = page.waitForResponse(
      (r) => r.request().postData()?.includes('query TrackStream') ?? false,
    );
    const position = await audio.evaluate((a: HTMLAudioElement) => a.currentTime);
    // Reloading the source makes the browser fetch it again, as it would for a range it does not have.
    await audio.evaluate((a: HTMLAudioElement) => a.load());
    await refetched;
    await expect
      .poll(
        () =>
          audio.evaluate(
            (a: HTMLAudioElement, from: number) => !a.paused && a.currentTime >= from - 0.5,
            position,
          ),
        wait,
      )
      .toBe(true);
    expect(refused).toBeGreaterThan(1);
    await page.unroute(/\.wav\?X-Amz-/);
  });

  it('favourites the track with the heart', async () => {
    const heart = page.getByRole('button', { name: `Favourite ${title}` }).first();
    await heart.click();
    await expect.poll(() => heart.getAttribute('aria-pressed'), wait).toBe('true');
    await openFromNav(page, 'Favourites', 'Favourites');
    await expect.poll(() => page.locator('.track-row__title').allInnerTexts(), wait).toEqual([title]);
    await screenshot(page, '07-favourites');
  });

  it('creates a playlist, adds two tracks, reorders them, and keeps the order after a reload', async () => {
    await openFromNav(page, 'Playlists', 'Your playlists');
    await page.getByLabel('New playlist name').fill('E2E mix');
    await page.getByRole('button', { name: 'Create playlist' }).click();
    await page.getByRole('heading', { level: 1, name: 'E2E mix' }).waitFor();
    await openFromNav(page, 'Browse', 'Browse');
    const titles = await page.locator('.track-row__title').allInnerTexts();
    const other = titles[1] ?? '';
    for (const name of [title, other]) {
      await page.getByRole('button', { name: `Add ${name} to a playlist` }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: /^E2E mix/ }).click();
      await dialog.getByText('Added to E2E mix.').waitFor();
      await dialog.getByRole('button', { name: 'Close' }).click();
    }
    await openFromNav(page, 'Playlists', 'Your playlists');
    await page.getByRole('link', { name: 'E2E mix' }).click();
    await expect.poll(() => playlistOrder(page), wait).toEqual([title, other]);
    await expect.poll(() => page.getByTestId('playlist-count').textContent(), wait).toBe('2 tracks');
    const moved = page.waitForResponse(
      (r) => r.request().postData()?.includes('mutation MovePlaylistItems') ?? false,
    );
    await page
      .getByTestId('playlist-item')
      .nth(1)
      .dragTo(page.getByTestId('playlist-item').nth(0), { targetPosition: { x: 40, y: 4 } });
    await moved;
    await expect.poll(() => playlistOrder(page), wait).toEqual([other, title]);
    await page.reload();
    await expect.poll(() => playlistOrder(page), wait).toEqual([other, title]);
    // The keyboard alternative to dragging.
    await page.getByRole('button', { name: `Move ${title} up` }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => playlistOrder(page), wait).toEqual([title, other]);
    await page.reload();
    await expect.poll(() => playlistOrder(page), wait).toEqual([title, other]);
    await screenshot(page, '08-playlist');
  });

  it('shows the play in the history, under today', async () => {
    await openFromNav(page, 'History', 'History');
    await page.getByRole('heading', { level: 2, name: 'Today' }).waitFor();
    await expect
      .poll(() => page.getByTestId('history-list').locator('.track-row__title').allInnerTexts(), wait)
      .toContain(title);
    await screenshot(page, '09-history');
  });

  it('signs out and guards the library', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.goto(`${e2e.webUrl}/favourites`);
    await page.waitForURL(/\/signin\?from=%2Ffavourites/);
  });

  it('has no serious or critical accessibility violations on the main pages', async () => {
    const listener = demoUsers.find((u) => u.key === 'listener');
    if (!listener) throw new Error('no demo listener');
    const found: Record<string, unknown> = {};
    await page.goto(`${e2e.webUrl}/signin`);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    found.signIn = await axeScan(page);
    await page.goto(`${e2e.webUrl}/signup`);
    await page.getByRole('heading', { name: 'Create your account' }).waitFor();
    found.signUp = await axeScan(page);
    await signIn(page, e2e.webUrl, listener.email, listener.password);
    await page.locator('.track-row').first().waitFor();
    found.browse = await axeScan(page);
    const pages: Array<[string, string, string | RegExp]> = [
      ['upload', 'Upload', 'Upload a track'],
      ['playlists', 'Playlists', 'Your playlists'],
      ['favourites', 'Favourites', 'Favourites'],
      ['history', 'History', 'History'],
    ];
    for (const [key, link, heading] of pages) {
      await openFromNav(page, link, heading);
      await page.locator('.spinner').waitFor({ state: 'detached' });
      found[key] = await axeScan(page);
    }
    await page.getByRole('link', { name: 'Demo Listener' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your profile' }).waitFor();
    found.profile = await axeScan(page);
    await screenshot(page, '10-profile');
    await openFromNav(page, 'Playlists', 'Your playlists');
    await page.locator('.playlist-card__name').first().click();
    await page.getByTestId('playlist-count').waitFor();
    found.playlist = await axeScan(page);
    await openFromNav(page, 'Browse', 'Browse');
    await page.locator('.track-row__title').first().click();
    await page.getByTestId('play-count').waitFor();
    found.track = await axeScan(page);
    for (const [key, violations] of Object.entries(found))
      expect({ [key]: violations }).toEqual({ [key]: [] });
  });

  it('fits a phone screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openFromNav(page, 'Browse', 'Browse');
    await page.locator('.track-row').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, '11-browse-phone');
  });
});
