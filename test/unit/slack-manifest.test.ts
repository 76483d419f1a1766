import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { webApi } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.js';

/**
 * The Slack app manifest (manifest/slack/manifest.json), against the manifest's type in Slack's
 * own Web API package, its documented limits, and what samrad's Slack code listens to and calls.
 */
type Manifest = webApi.AppsManifestValidateArguments['manifest'];
const manifest = JSON.parse(
  readFileSync(join(ROOT, 'manifest', 'slack', 'manifest.json'), 'utf8'),
) as Manifest;
const source = (file: string) => readFileSync(join(ROOT, 'src', 'channels', 'slack', file), 'utf8');

describe('the Slack app manifest', () => {
  it('stays within the limits Slack documents', () => {
    const info = manifest.display_information;
    expect(info.name.length).toBeLessThanOrEqual(35);
    expect((info.description ?? '').length).toBeLessThanOrEqual(140);
    expect((info.long_description ?? '').length).toBeGreaterThanOrEqual(175);
    expect((info.long_description ?? '').length).toBeLessThanOrEqual(4000);
    expect(info.background_color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(manifest.features?.bot_user?.display_name).toMatch(/^[a-z0-9._-]{1,80}$/);
    for (const command of manifest.features?.slash_commands ?? []) {
      expect(command.command).toMatch(/^\/[a-z0-9_-]{1,31}$/);
      expect(command.description.length).toBeLessThanOrEqual(2000);
      expect((command.usage_hint ?? '').length).toBeLessThanOrEqual(1000);
    }
  });

  it('sends the slash command, the events and the buttons to /slack/events over https', () => {
    const urls = [
      ...(manifest.features?.slash_commands ?? []).map((c) => c.url),
      manifest.settings?.event_subscriptions?.request_url,
      manifest.settings?.interactivity?.request_url,
    ];
    expect(urls).toHaveLength(3);
    for (const url of urls) expect(url).toMatch(/^https:\/\/[^/]+\/slack\/events$/);
    expect(manifest.features?.slash_commands?.map((c) => c.command)).toEqual(['/samrad']);
    expect(manifest.settings?.interactivity?.is_enabled).toBe(true);
  });

  it('subscribes to what samrad listens to, and asks for the scopes of what it calls', () => {
    const listens = source('slack-bot.ts');
    const events = manifest.settings?.event_subscriptions?.bot_events ?? [];
    expect(events).toContain('app_mention');
    expect(listens).toContain("app.event('app_mention'");
    expect(events).toContain('message.im');
    expect(listens).toContain("m.channel_type !== 'im'");
    expect(events).toContain('member_joined_channel');
    expect(listens).toContain("app.event('member_joined_channel'");

    const scopes = manifest.oauth_config?.scopes?.bot ?? [];
    const calls = source('slack-delivery.ts');
    // Each Web API method samrad calls, and the bot scope Slack requires for it.
    const needs: Record<string, string[]> = {
      'chat.postMessage': ['chat:write'],
      'chat.postEphemeral': ['chat:write'],
      'chat.update': ['chat:write'],
      'views.open': [],
    };
    for (const [method, required] of Object.entries(needs)) {
      expect(calls).toContain(`.${method}(`);
      for (const scope of required) expect(scopes).toContain(scope);
    }
    // Events need their read scopes; the command its own.
    for (const scope of ['app_mentions:read', 'im:history', 'channels:read', 'groups:read', 'commands'])
      expect(scopes).toContain(scope);
  });
});
