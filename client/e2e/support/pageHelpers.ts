import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';

/** Where screenshots go (git-ignored). */
export const screenshotDir = path.resolve(import.meta.dirname, '../screenshots');

/** Saves a full-page screenshot as `<name>.png`. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}

/** Signs in through the sign-in page and waits for the library to show. */
export async function signIn(page: Page, webUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${webUrl}/signin`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Browse' }).waitFor();
}

/** Navigates with the app's own navigation (no reload) and waits for the page heading. */
export async function openFromNav(page: Page, link: string, heading: string | RegExp): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: link }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/** The order of the playlist page's items, by track title. */
export async function playlistOrder(page: Page): Promise<string[]> {
  return page.getByTestId('playlist-item').locator('.track-row__title').allInnerTexts();
}
