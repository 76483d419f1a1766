import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import {
  buildManifest,
  manifestErrors,
  packageNotes,
  packageTeamsApp,
} from '../../src/tools/package-teams.js';
import { ROOT } from '../helpers/paths.js';

const ENV = {
  MicrosoftAppId: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
  TEAMS_APP_ID: 'a1b2c3d4-0000-4000-8000-123456789abc',
};

function pngSize(file: string): [number, number] {
  const png = readFileSync(join(ROOT, 'manifest', file));
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe('the Teams app package', () => {
  it('fills in the app id and bot id from the environment and fits the official Teams schema', async () => {
    const manifest = await buildManifest(ENV);
    expect(manifest['id']).toBe(ENV.TEAMS_APP_ID);
    const [bot] = manifest['bots'] as {
      botId: string;
      scopes: string[];
      commandLists: { commands: { title: string }[] }[];
    }[];
    expect(bot?.botId).toBe(ENV.MicrosoftAppId);
    expect(bot?.scopes).toEqual(['personal', 'team', 'groupChat']);
    expect(bot?.commandLists[0]?.commands.length).toBeGreaterThanOrEqual(6);
    expect(await manifestErrors(manifest)).toEqual([]);
    expect(JSON.stringify(manifest)).not.toContain('00000000-0000-0000-0000-000000000000');
  });

  it('is itself a valid manifest, with stand-in ids, as it stands in manifest/', async () => {
    expect(
      await manifestErrors(JSON.parse(readFileSync(join(ROOT, 'manifest', 'manifest.json'), 'utf8'))),
    ).toEqual([]);
  });

  it('has the meeting panel as a configurable tab in the meeting contexts, with SSO, at TEAMS_APP_URL', async () => {
    const manifest = await buildManifest({ ...ENV, TEAMS_APP_URL: 'https://samrad.dalarna.example/' });
    const [tab] = manifest['configurableTabs'] as Record<string, unknown>[];
    expect(tab).toMatchObject({
      configurationUrl: 'https://samrad.dalarna.example/tab/config',
      scopes: expect.arrayContaining(['groupChat']),
      context: expect.arrayContaining([
        'meetingSidePanel',
        'meetingStage',
        'meetingChatTab',
        'meetingDetailsTab',
      ]),
    });
    expect(manifest['webApplicationInfo']).toEqual({
      id: ENV.MicrosoftAppId,
      resource: `api://samrad.dalarna.example/${ENV.MicrosoftAppId}`,
    });
    expect(manifest['validDomains']).toEqual(['samrad.dalarna.example']);
    expect(await manifestErrors(manifest)).toEqual([]);
    expect(JSON.stringify(manifest)).not.toContain('example.org');
    const custom = await buildManifest({
      ...ENV,
      TEAMS_APP_URL: 'https://samrad.dalarna.example',
      TEAMS_SSO_RESOURCE: 'api://samrad.dalarna.example/sso',
    });
    expect((custom['webApplicationInfo'] as { resource: string }).resource).toBe(
      'api://samrad.dalarna.example/sso',
    );
  });

  it('leaves the tab and SSO out without TEAMS_APP_URL, says so, and refuses an address that is not https', async () => {
    const manifest = await buildManifest(ENV);
    expect(manifest['configurableTabs']).toBeUndefined();
    expect(manifest['webApplicationInfo']).toBeUndefined();
    expect(JSON.stringify(manifest)).not.toContain('example.org');
    expect(packageNotes(ENV).join(' ')).toContain('TEAMS_APP_URL');
    expect(packageNotes({ ...ENV, TEAMS_APP_URL: 'https://samrad.dalarna.example' })).toEqual([]);
    await expect(buildManifest({ ...ENV, TEAMS_APP_URL: 'http://samrad.dalarna.example' })).rejects.toThrow(
      /TEAMS_APP_URL/,
    );
  });

  it('takes the bot id from BOT_ID as well', async () => {
    const manifest = await buildManifest({ BOT_ID: ENV.MicrosoftAppId });
    expect((manifest['bots'] as { botId: string }[])[0]?.botId).toBe(ENV.MicrosoftAppId);
  });

  it('finds errors a bad manifest has', async () => {
    const manifest = await buildManifest(ENV);
    expect(await manifestErrors({ ...manifest, accentColor: 'purple', id: 'not-a-guid' })).not.toEqual([]);
  });

  it('uses the bot id as the app id when no separate one is given', async () => {
    expect((await buildManifest({ MicrosoftAppId: ENV.MicrosoftAppId }))['id']).toBe(ENV.MicrosoftAppId);
  });

  it('refuses to build without a bot id', async () => {
    await expect(buildManifest({})).rejects.toThrow(/MicrosoftAppId/);
    await expect(buildManifest({ MicrosoftAppId: 'abc' })).rejects.toThrow(/GUID/);
  });

  it('has icons of the sizes Teams wants', () => {
    expect(pngSize('color.png')).toEqual([192, 192]);
    expect(pngSize('outline.png')).toEqual([32, 32]);
  });

  it('writes a zip with the manifest and both icons', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'samrad-package-'));
    try {
      const { file } = await packageTeamsApp(ENV, folder);
      const zip = await JSZip.loadAsync(readFileSync(file));
      expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
      const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
      expect(manifest.bots[0].botId).toBe(ENV.MicrosoftAppId);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
