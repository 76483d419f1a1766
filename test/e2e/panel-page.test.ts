import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { linkChat } from '../../src/services/chat-links.js';
import { startBot } from '../helpers/bot-server.js';
import { SSO_TENANT, registeredEnv, startSsoKeys, type SsoKeys } from '../helpers/sso-keys.js';
import { launchChromium } from '../helpers/chromium.js';
import { ROOT } from '../helpers/paths.js';
import { runSamrad } from '../helpers/run-samrad.js';
import { useTeamsBot } from '../helpers/teams-harness.js';
import type { TeamsUser } from '../helpers/teams-client.js';
import { teamsHostPage } from '../fakes/fake-teams-host.js';

/**
 * The meeting panel in a real browser (Debian's Chromium, headless), at the side panel's 320 px:
 * in local mode with the person picker, and framed by a stand-in Teams client that answers
 * @microsoft/teams-js and hands out an SSO token signed by a local key. What the page does is
 * checked against the record (`samrad decision show`, `samrad nomination list`). A failing test
 * leaves a screenshot in test/artifacts/.
 */
const ARTIFACTS = join(ROOT, 'test', 'artifacts');
const MEETING = 'chefsnatverket-2026-12-04';
const CHAIR: TeamsUser = { name: 'Karin Lindqvist', aadObjectId: '00000000-0000-4000-8000-000000000001' };
const JOHAN: TeamsUser = { name: 'Johan Dahl', aadObjectId: '00000000-0000-4000-8000-000000000004' };
const CHAT = 'panel-page-chat';

const harness = useTeamsBot();
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 320, height: 900 } });
  mkdirSync(ARTIFACTS, { recursive: true });
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
}, 900_000);

afterAll(async () => {
  await browser?.close();
});

afterEach(async (context) => {
  if (context.task.result?.state !== 'fail') return;
  const name = context.task.name.replace(/[^\w-]+/g, '-').slice(0, 80);
  for (const [index, open] of (browser?.contexts().flatMap((c) => c.pages()) ?? []).entries())
    await open
      .screenshot({ path: join(ARTIFACTS, `panel-${name}-${index}.png`), fullPage: true })
      .catch(() => {});
});

const samrad = async (args: string[], storeFile = harness.bot.storeFile) =>
  JSON.parse(
    (await runSamrad([...args, '--json'], { SAMRAD_DB: storeFile, SAMRAD_NOW: '2026-11-23T10:30:00+01:00' }))
      .stdout,
  );

let decisionId = '';

describe('the meeting panel in local mode', () => {
  it('asks who you are with a labelled picker, then shows the meeting and its agenda at 320 px', async () => {
    await page.goto(`${harness.bot.url}/tab?meetingId=${MEETING}`);
    await page.getByText('Lokalt läge, inte i Teams').waitFor();
    await page.getByLabel('Visa panelen som').selectOption({ label: 'Maria Holm' });
    await page.getByRole('heading', { name: 'Chefsnätverket' }).waitFor();
    await expect(page.locator('.meeting .when').textContent()).resolves.toContain(
      'fredag 4 december 2026, kl. 9.30–12',
    );
    const item5 = page.locator('.item[data-number="5"]');
    await expect(item5.textContent()).resolves.toContain(
      'Finansiering av utvecklingsledare inom RSS Dalarna 2027',
    );
    await expect(item5.textContent()).resolves.toContain('Föredragande: Tanja Mårtensson');
    await expect(item5.locator('.kind').textContent()).resolves.toBe('beslut');
    await expect(page.locator('#decision').textContent()).resolves.toContain(
      'Inget beslut är öppet just nu.',
    );
    // Not a chair: no chair's controls. Nothing wider than the side panel.
    await expect(page.locator('#chair').count()).resolves.toBe(0);
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(320);
  });

  it('shows a decision the chair opens in the chat as it opens, with the item marked current', async () => {
    await harness.teams.ask(CHAIR, 'koppla chatten till Chefsnätverket', 'groupChat', CHAT);
    await harness.teams.ask(CHAIR, 'öppna beslut punkt 5', 'groupChat', CHAT);
    await page.locator('#decision[data-status="open"]').waitFor();
    decisionId = String(await page.locator('#decision').getAttribute('data-decision-id'));
    await expect(page.locator('#decision h2').textContent()).resolves.toBe(
      'Beslut om punkt 5: Finansiering av utvecklingsledare inom RSS Dalarna 2027',
    );
    await expect(page.locator('.item.current').getAttribute('data-number')).resolves.toBe('5');
    await expect(page.locator('.item.current').getAttribute('aria-current')).resolves.toBe('step');
    await expect(page.locator('#decision .my-vote').textContent()).resolves.toBe('Du har inte röstat än.');
  });

  it('casts the member’s vote, marks their button and says their choice; the record has it', async () => {
    await page.getByRole('group', { name: 'Din röst' }).getByRole('button', { name: 'Bifall' }).click();
    await page.locator('button.vote.for[aria-pressed="true"]').waitFor();
    await expect(page.locator('button.vote.for').textContent()).resolves.toBe('✓ Bifall');
    await expect(page.locator('#decision .my-vote').textContent()).resolves.toBe('Du röstade bifall');
    await expect(page.locator('dd[data-choice="for"] .count').textContent()).resolves.toBe('1');
    const shown = await samrad(['decision', 'show', decisionId]);
    expect(shown.tally).toEqual({ for: 1, against: 0, abstain: 0 });
  });

  it('follows a vote cast through the bot without being reloaded', async () => {
    await harness.teams.press(JOHAN, 'decision.vote', { decisionId, choice: 'against' }, CHAT, 'groupChat');
    await page.locator('dd[data-choice="against"] .count', { hasText: '1' }).waitFor({ timeout: 10_000 });
    await expect(page.locator('#decision .voted').textContent()).resolves.toBe(
      '2 av 9 röstberättigade har röstat.',
    );
    await page.screenshot({ path: join(ROOT, 'test-results', 'panel-side-panel.png'), fullPage: true });
    // The bars show the shares (set through the style object: the page's CSP allows no inline styles).
    const width = (choice: string) =>
      page.locator(`dd[data-choice="${choice}"] .bar`).evaluate((node) => node.getBoundingClientRect().width);
    expect(await width('for')).toBeGreaterThan(10);
    expect(await width('for')).toBeCloseTo(await width('against'), 0);
    expect(await width('abstain')).toBeLessThan(3);
    // Still the member's own vote marked, not Johan's.
    await expect(page.locator('button.vote.for').getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(page.locator('button.vote.against').getAttribute('aria-pressed')).resolves.toBe('false');
  });

  it('keeps a late answer from taking the panel back, keeps the focus on the button, and says the new tally', async () => {
    // Maria's change to Avstår is answered late; Anders votes through the bot meanwhile.
    await page.route('**/api/panel/decisions/*/vote', async (route) => {
      const response = await route.fetch();
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.fulfill({ response });
    });
    try {
      const answered = page.waitForResponse('**/api/panel/decisions/*/vote');
      await page.locator('#vote-5-abstain').focus();
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await samrad(['decision', 'show', decisionId])).tally.abstain).toBe(1);
      const anders: TeamsUser = {
        name: 'Anders Nyberg',
        aadObjectId: '00000000-0000-4000-8000-000000000006',
      };
      await harness.teams.press(anders, 'decision.vote', { decisionId, choice: 'for' }, CHAT, 'groupChat');
      await page.locator('#decision .voted', { hasText: '3 av 9' }).waitFor({ timeout: 10_000 });
      // The live redraw kept the focus where it was.
      expect(await page.evaluate<string>('document.activeElement && document.activeElement.id')).toBe(
        'vote-5-abstain',
      );
      await expect(page.locator('#announce').textContent()).resolves.toBe(
        'Punkt 5: Bifall 1, Avslag 1, Avstår 1.',
      );
      // Maria's answer, older than Anders's vote, arrives: the panel still shows 3 votes.
      await answered;
      await page.locator('button.vote.abstain[aria-pressed="true"]').waitFor({ timeout: 10_000 });
      await new Promise((resolve) => setTimeout(resolve, 300));
      await expect(page.locator('#decision .voted').textContent()).resolves.toBe(
        '3 av 9 röstberättigade har röstat.',
      );
    } finally {
      await page.unroute('**/api/panel/decisions/*/vote');
    }
  });

  it('takes a nomination from the form, and keeps what was typed when a field is wrong', async () => {
    const list = async () => (await samrad(['nomination', 'list', '--group', 'styrgrupp-gnv'])).nominations;
    const before = (await list()).length;
    await page.locator('details.round[data-group="styrgrupp-gnv"] summary').click();
    const form = page.locator('form.nomination[data-group="styrgrupp-gnv"]');
    await form.getByLabel('E-post').fill('inte-en-adress');
    await form.getByLabel('Namn').fill('Åsa Panelberg');
    await form.getByRole('button', { name: 'Nominera' }).click();
    await form.locator('.form-message[data-tone="warning"]').waitFor();
    await expect(form.locator('.form-message').textContent()).resolves.toContain(
      'är ingen giltig e-postadress',
    );
    await expect(form.getByLabel('Namn').inputValue()).resolves.toBe('Åsa Panelberg');
    expect(await list()).toHaveLength(before);
    await form.getByLabel('E-post').fill('asa.panelberg@example.se');
    await form.getByRole('button', { name: 'Nominera' }).click();
    await form.locator('.form-message[data-tone="info"]').waitFor();
    await expect(form.locator('.form-message').textContent()).resolves.toContain(
      'Åsa Panelberg är nominerad till Styrgrupp GNV',
    );
    const added = (await list()).find((n: { name: string }) => n.name === 'Åsa Panelberg');
    expect(added).toMatchObject({
      email: 'asa.panelberg@example.se',
      nominatedBy: 'Maria Holm',
      seat: 'ordinary',
    });
  });

  it('gives the chair the controls apart from the vote buttons, keeps their choice through live votes, and closes', async () => {
    await page.getByLabel('Visa panelen som').selectOption({ label: 'Karin Lindqvist' });
    const chair = page.locator('#chair');
    await chair.getByRole('button', { name: 'Avsluta beslutet' }).waitFor();
    // The vote buttons are in the decision, the chair's controls in their own section.
    await expect(chair.locator('button.vote').count()).resolves.toBe(0);
    await expect(page.locator('#decision button.vote').count()).resolves.toBe(3);
    // A refusal is said in the service's own words, and changes nothing.
    await chair.getByLabel('Beslut').selectOption({ label: 'Bifall med ändring' });
    await chair.getByRole('button', { name: 'Avsluta beslutet' }).click();
    await page.locator('#toast[data-tone="warning"]').waitFor();
    await expect(page.locator('#toast').textContent()).resolves.toMatch(/ändring/i);
    expect((await samrad(['decision', 'show', decisionId])).status).toBe('open');
    // While the chair writes the amendment, a member votes: the panel redraws, the chair's
    // choice and words stay.
    await chair.getByLabel('Ändring').fill('att inrätta tre tjänster i stället för fyra');
    const sara: TeamsUser = { name: 'Sara Eklund', aadObjectId: '00000000-0000-4000-8000-000000000005' };
    await harness.teams.press(sara, 'decision.vote', { decisionId, choice: 'abstain' }, CHAT, 'groupChat');
    await page.locator('dd[data-choice="abstain"] .count', { hasText: '1' }).waitFor({ timeout: 10_000 });
    await expect(chair.getByLabel('Beslut').inputValue()).resolves.toBe('adopted-with-amendment');
    await expect(chair.getByLabel('Ändring').inputValue()).resolves.toBe(
      'att inrätta tre tjänster i stället för fyra',
    );
    await chair.getByRole('button', { name: 'Avsluta beslutet' }).click();
    await page.locator('#decision[data-status="closed"]').waitFor();
    await expect(page.locator('#decision .status').textContent()).resolves.toBe('Bifall med ändring');
    await expect(page.locator('#decision button.vote').count()).resolves.toBe(0);
    const shown = await samrad(['decision', 'show', decisionId]);
    expect(shown.outcome).toBe('adopted-with-amendment');
    expect(JSON.stringify(shown)).toContain('att inrätta tre tjänster i stället för fyra');
    // Next, the chair may open another decision item from the panel.
    await chair.getByRole('button', { name: 'Öppna beslut' }).waitFor();
  });
});

describe('the meeting panel in Teams', () => {
  const TENANT = SSO_TENANT;
  const MEETING_CHAT = '19:meeting_panel-page@thread.v2';
  let keys: SsoKeys;
  let bot: Awaited<ReturnType<typeof startBot>>;
  let host: Page;

  beforeAll(async () => {
    keys = await startSsoKeys();
    bot = await startBot(registeredEnv(keys.url), async (store, clock) => {
      // The meeting chat linked to the body, as the chair does with "koppla chatten till …".
      await linkChat(store, clock, {
        chatKey: `teams:${MEETING_CHAT}`,
        personId: 'karin-lindqvist',
        bodyId: 'chefsnatverket',
      });
    });
  });
  afterAll(async () => {
    await host?.close();
    await bot?.cleanup();
    await keys?.close();
  });

  const tokenFor = (oid: string) => keys.token(oid);

  async function openInTeams(locale: string, oid: string, chatId = MEETING_CHAT): Promise<Frame> {
    host = await browser.newPage({ viewport: { width: 360, height: 960 } });
    const token = await tokenFor(oid);
    await host.route(`${bot.url}/teams-host`, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: teamsHostPage(`${bot.url}/tab`, {
          frameContext: 'sidePanel',
          locale,
          theme: 'default',
          userObjectId: oid,
          tenantId: TENANT,
          chatId,
          meetingId: 'MCMypanel-page',
          token,
          width: 320,
        }),
      }),
    );
    await host.goto(`${bot.url}/teams-host`);
    const frame = host.frameLocator('#tab');
    await frame.locator('#content header h1, #link').first().waitFor({ timeout: 15_000 });
    return host.frames().find((f) => f.url().includes('/tab')) as Frame;
  }

  it('sets the tab up when it is added to a meeting: the panel at /tab, saved at once', async () => {
    const setup = await browser.newPage({ viewport: { width: 600, height: 500 } });
    await setup.route(`${bot.url}/teams-host`, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: teamsHostPage(`${bot.url}/tab/config`, {
          frameContext: 'settings',
          locale: 'sv-SE',
          theme: 'default',
          userObjectId: CHAIR.aadObjectId as string,
          tenantId: TENANT,
          chatId: MEETING_CHAT,
          meetingId: 'MCMypanel-page',
          token: '',
          width: 560,
        }),
      }),
    );
    await setup.goto(`${bot.url}/teams-host`);
    await setup.frameLocator('#tab').getByText('samrad lägger till en panel').waitFor({ timeout: 15_000 });
    type Message = { func: string; args: unknown[] };
    const messages = () => setup.evaluate<Message[]>('window.messages');
    await expect
      .poll(async () => (await messages()).map((m) => m.func))
      .toContain('settings.setValidityState');
    expect((await messages()).find((m) => m.func === 'settings.setValidityState')?.args).toEqual([true]);
    await setup.evaluate('window.pressSave()');
    await expect.poll(async () => (await messages()).map((m) => m.func)).toContain('settings.save.success');
    const saved = (await messages()).find((m) => m.func === 'settings.setSettings')?.args[0] as {
      contentUrl: string;
      entityId: string;
    };
    expect(saved.contentUrl).toBe(`${bot.url}/tab`);
    expect(saved.entityId).toBe('samrad-meeting-panel');
    await setup.close();
  });

  it('lets the chair link a meeting chat not linked yet from the panel, which then shows the meeting', async () => {
    const frame = await openInTeams(
      'sv-SE',
      CHAIR.aadObjectId as string,
      '19:meeting_not-linked-yet@thread.v2',
    );
    await frame.getByText('Den här chatten är inte kopplad till något organ ännu.').waitFor();
    await frame.getByLabel('Organ').selectOption({ label: 'Chefsnätverket' });
    await frame.getByRole('button', { name: 'Koppla chatten' }).click();
    await frame.locator('#content header h1', { hasText: 'Chefsnätverket' }).waitFor();
    await host.close();
  });

  it('outside Teams, registered, says to open it in Teams and shows no picker', async () => {
    const plain = await browser.newPage({ viewport: { width: 320, height: 800 } });
    await plain.goto(`${bot.url}/tab`);
    await plain.getByText('Öppna samrads panel i ett Teams-möte').waitFor();
    await expect(plain.locator('#person').count()).resolves.toBe(0);
    await plain.close();
  });

  it('finds the meeting from the meeting chat, proves the user with the SSO token, in the Teams language', async () => {
    const frame = await openInTeams('en-GB', CHAIR.aadObjectId as string);
    await expect(frame.locator('#content header h1').textContent()).resolves.toBe('Chefsnätverket');
    await expect(frame.locator('.meeting .when').textContent()).resolves.toContain('Friday 4 December 2026');
    await expect(frame.locator('#agenda h2').textContent()).resolves.toBe('Agenda');
    // The chair, known from the token: the chair's controls, in English.
    await frame.locator('#chair').getByRole('button', { name: 'Open decision' }).waitFor();
    await expect(frame.locator('body').getAttribute('data-frame')).resolves.toBe('sidePanel');
    const calls = await host.evaluate<string[]>('window.calls');
    expect(calls).toEqual(
      expect.arrayContaining(['initialize', 'getContext', 'authentication.getAuthToken']),
    );
  });

  it('opens a decision from the chair’s controls and follows the Teams theme to dark', async () => {
    const frame = host.frames().find((f) => f.url().includes('/tab')) as Frame;
    await frame.locator('#chair').getByLabel('Item to decide on').selectOption({ index: 0 });
    await frame.locator('#chair').getByRole('button', { name: 'Open decision' }).click();
    await frame.locator('#decision[data-status="open"]').waitFor();
    const light = await frame.evaluate<string>('getComputedStyle(document.body).backgroundColor');
    await host.evaluate("window.setTeamsTheme('dark')");
    await frame.locator('html[data-theme="dark"]').waitFor();
    const dark = await frame.evaluate<string>('getComputedStyle(document.body).backgroundColor');
    await host.screenshot({ path: join(ROOT, 'test-results', 'panel-teams-dark.png'), fullPage: true });
    expect(light).toBe('rgb(255, 255, 255)');
    expect(dark).toBe('rgb(31, 31, 31)');
    await host.evaluate("window.setTeamsTheme('contrast')");
    await frame.locator('html[data-theme="contrast"]').waitFor();
    const decision = await samrad(['decision', 'list'], bot.storeFile);
    expect(JSON.stringify(decision)).toContain('"status":"open"');
  });

  it('shows two open decisions each with its own vote buttons and its own close controls', async () => {
    const frame = host.frames().find((f) => f.url().includes('/tab')) as Frame;
    // Item 5 opened too (in the chat, or by the API as here) while item 4 is open.
    const opened = await fetch(`${bot.url}/api/panel/decisions`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${await tokenFor(CHAIR.aadObjectId as string)}`,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({ meetingId: 'chefsnatverket-2026-12-04', itemNumber: 5 }),
    });
    expect(opened.status).toBe(201);
    await expect.poll(() => frame.locator('article.decision[data-status="open"]').count()).toBe(2);
    await expect(frame.locator('#chair .close-decision').count()).resolves.toBe(2);
    await expect(frame.locator('#vote-4-for').count()).resolves.toBe(1);
    await expect(frame.locator('#vote-5-for').count()).resolves.toBe(1);
    // Closing item 4 leaves item 5's controls as they were, not a form switched under the chair.
    await frame.locator('#outcome-5').selectOption('rejected');
    await frame.locator('#close-decision-4').click();
    await expect.poll(() => frame.locator('#chair .close-decision').count()).toBe(1);
    await expect(frame.locator('#outcome-5').inputValue()).resolves.toBe('rejected');
    await expect(frame.locator('#toast').textContent()).resolves.toBe('The decision on item 4 is closed.');
  });
});
