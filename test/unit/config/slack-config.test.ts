import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { SamradError } from '../../../src/errors/samrad-error.js';

const TOKEN = 'xoxb-1234-5678-abcdef';
const SECRET = '8f742231b10e8888abcd99yyyzzz85a5';

describe('the Slack section of the configuration', () => {
  it('is off when nothing of Slack is set', () => {
    expect(loadConfig({})).toMatchObject({ slack: null, slackNotMounted: null });
  });

  it('serves /slack/events with a bot token and a signing secret, on Slack’s own Web API by default', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: TOKEN, SLACK_SIGNING_SECRET: SECRET }).slack).toEqual({
      botToken: TOKEN,
      signingSecret: SECRET,
      appToken: null,
      apiUrl: 'https://slack.com/api/',
    });
  });

  it('takes another Web API address, ending it with a slash', () => {
    const config = loadConfig({
      SLACK_BOT_TOKEN: TOKEN,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: 'http://127.0.0.1:9/api',
    });
    expect(config.slack?.apiUrl).toBe('http://127.0.0.1:9/api/');
  });

  it('uses Socket Mode with an app-level token, with or without a signing secret', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: TOKEN, SLACK_APP_TOKEN: 'xapp-1-A1-2-abc' }).slack).toMatchObject({
      appToken: 'xapp-1-A1-2-abc',
      signingSecret: null,
    });
  });

  it('is off, saying why, with a bot token and no signing secret', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: TOKEN })).toMatchObject({
      slack: null,
      slackNotMounted: 'no-signing-secret',
    });
  });

  it.each([
    [{ SLACK_SIGNING_SECRET: SECRET }, 'SLACK_BOT_TOKEN'],
    [{ SLACK_APP_TOKEN: 'xapp-1-A1-2-abc' }, 'SLACK_BOT_TOKEN'],
    [{ SLACK_BOT_TOKEN: 'not-a-token', SLACK_SIGNING_SECRET: SECRET }, 'SLACK_BOT_TOKEN'],
    [{ SLACK_BOT_TOKEN: TOKEN, SLACK_SIGNING_SECRET: 'short' }, 'SLACK_SIGNING_SECRET'],
    [{ SLACK_BOT_TOKEN: TOKEN, SLACK_APP_TOKEN: 'xoxb-wrong-kind' }, 'SLACK_APP_TOKEN'],
    [{ SLACK_BOT_TOKEN: TOKEN, SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: 'ftp://x' }, 'SLACK_API_URL'],
  ])('refuses %j, naming %s', (env, variable) => {
    let refused: unknown = null;
    try {
      loadConfig(env);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(SamradError);
    expect(refused).toMatchObject({ code: 'config.invalid', params: { variable } });
  });
});
