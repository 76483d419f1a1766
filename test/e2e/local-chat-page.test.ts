import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot } from '../helpers/bot-server.js';
import { launchChromium } from '../helpers/chromium.js';
import { ROOT } from '../helpers/paths.js';

/**
 * The local chat page as a newcomer uses it: in a real browser, asking a question, seeing the card
 * rendered by the official Adaptive Cards renderer, and pressing its buttons.
 */
let bot: Awaited<ReturnType<typeof startBot>>;
let browser: Browser;
let page: Page;
const screenshots = join(ROOT, 'test-results');

beforeAll(async () => {
  bot = await startBot();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 900, height: 1000 } });
  mkdirSync(screenshots, { recursive: true });
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await bot?.cleanup();
});

async function ask(text: string): Promise<void> {
  const before = await page.locator('.message.bot').count();
  await page.fill('#text', text);
  await page.press('#text', 'Enter');
  await page.locator('.message.bot').nth(before).waitFor({ timeout: 10_000 });
}

describe('the local chat page', () => {
  it('answers a question with a rendered Adaptive Card', async () => {
    await page.goto(`${bot.url}/chat`);
    await page.locator('#who option', { hasText: 'Karin Lindqvist' }).waitFor({ state: 'attached' });
    await page.selectOption('#who', { label: 'Karin Lindqvist' });
    await ask('När är nästa möte?');
    const card = page.locator('.message.bot .ac-adaptiveCard').last();
    await expect(card.textContent()).resolves.toContain('fredag 4 december 2026, kl. 9.30–12');
    await expect(card.textContent()).resolves.toContain('Chefsnätverket');
    await page.screenshot({ path: join(screenshots, 'local-chat-next-meeting.png') });
  });

  it('sends a button press as an adaptiveCard/action invoke and shows the answer', async () => {
    const before = await page.locator('.message.bot').count();
    await page.locator('.message.bot').last().getByRole('button', { name: 'Visa dagordningen' }).click();
    await page.locator('.message.bot').nth(before).waitFor({ timeout: 10_000 });
    const agenda = page.locator('.message.bot').nth(before);
    await expect(agenda.textContent()).resolves.toContain(
      'Finansiering av utvecklingsledare inom RSS Dalarna 2027',
    );
    await expect(page.locator('#toast').textContent()).resolves.toBe('Svaret visas nedan.');
    await agenda.getByText('Finansiering av utvecklingsledare inom RSS Dalarna 2027').click();
    await page
      .locator('.message.bot')
      .nth(before + 1)
      .waitFor({ timeout: 10_000 });
    await expect(
      page
        .locator('.message.bot')
        .nth(before + 1)
        .textContent(),
    ).resolves.toContain('Punkt 5. Finansiering av utvecklingsledare');
    await page.screenshot({ path: join(screenshots, 'local-chat-item.png'), fullPage: true });
  });

  it('shows the chair their own view of a decision card, as Teams does through refresh, and takes a vote', async () => {
    await ask('öppna beslut punkt 5 för Chefsnätverket');
    const card = page.locator('.message.bot').last();
    await card.getByRole('button', { name: 'Avsluta beslutet' }).waitFor({ timeout: 10_000 });
    await card.getByRole('button', { name: 'Bifall', exact: true }).click();
    await card.getByRole('button', { name: '✓ Bifall' }).waitFor({ timeout: 10_000 });
    await expect(card.textContent()).resolves.toContain('Du röstade bifall');
    await expect(card.textContent()).resolves.toContain('1 av 9 röstberättigade har röstat.');
    await page.screenshot({ path: join(screenshots, 'local-chat-decision.png'), fullPage: true });
  });

  it('answers someone not on the roster, and says so where it matters', async () => {
    await page.selectOption('#who', { index: 0 });
    await ask('mina möten');
    await expect(page.locator('.message.bot').last().textContent()).resolves.toContain(
      'Du finns inte i ledamotsregistret',
    );
  });
});
