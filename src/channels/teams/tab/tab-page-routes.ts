import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type restify from 'restify';
import { PROJECT_ROOT } from '../../../config.js';
import type { Logger } from '../../../logger.js';

/**
 * The meeting panel's page, built by vite from src/tab/ into dist/tab/ (`npm run build`):
 * `/tab` (the panel), `/tab/config` (the configurable tab's set-up page) and their hashed assets.
 * The page may be framed by Teams only (and by itself, for local mode); assets are cached for good,
 * since their names change with their content.
 */
const TAB_FOLDER = join(PROJECT_ROOT, 'dist', 'tab');

/** The hosts that frame a Teams tab: Teams on the web and on the desktop, Outlook and Microsoft 365. */
const TEAMS_FRAME_ANCESTORS = [
  "'self'",
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://teams.cloud.microsoft',
  'https://*.cloud.microsoft',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://*.office365.com',
  'https://*.skype.com',
];

/** What vite names its output: letters, digits, '-' and '_', and a known extension. */
const ASSET_NAME = /^[\w-]{1,100}\.(js|css)$/;

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
};

function typeOf(file: string): string {
  return TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream';
}

const PAGE_HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Cache-Control': 'no-cache',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  // Scripts and styles of our own only; the page talks to its own server only.
  'Content-Security-Policy': [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    // teams-js fetches the list of Teams' hosts it may talk to from Microsoft's CDN.
    "connect-src 'self' https://res.cdn.office.net",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${TEAMS_FRAME_ANCESTORS.join(' ')}`,
  ].join('; '),
};

export function registerTabPage(server: restify.Server, logger: Logger): void {
  /** The built assets, listed once: a request names one of them or gets 404. */
  let assets: Promise<Set<string>> | null = null;
  const listAssets = () =>
    (assets ??= readdir(join(TAB_FOLDER, 'assets'))
      .then((files) => new Set(files))
      .catch(() => {
        assets = null;
        return new Set<string>();
      }));

  const page = (file: string) => async (_req: restify.Request, res: restify.Response) => {
    let body: Buffer;
    try {
      body = await readFile(join(TAB_FOLDER, file));
    } catch {
      logger.warn('tab.not-built', { folder: TAB_FOLDER });
      res.send(503, { error: 'the meeting panel is not built: run npm run build' });
      return;
    }
    res.writeHead(200, PAGE_HEADERS);
    res.end(body);
  };
  server.get('/tab', page('index.html'));
  server.get('/tab/', page('index.html'));
  server.get('/tab/config', page('config.html'));

  let listedAt = 0;
  server.get('/tab/assets/:file', async (req: restify.Request, res: restify.Response) => {
    const file = String((req.params as { file?: unknown }).file ?? '');
    if (!ASSET_NAME.test(file)) return void res.send(404, { error: 'not found' });
    // A build while the server runs brings new names: the folder is listed again, once a second at most.
    if (!(await listAssets()).has(file) && Date.now() - listedAt > 1000) {
      listedAt = Date.now();
      assets = null;
    }
    if (!(await listAssets()).has(file)) return void res.send(404, { error: 'not found' });
    let body: Buffer;
    try {
      body = await readFile(join(TAB_FOLDER, 'assets', file));
    } catch {
      // Gone since it was listed (a rebuild): not found, and the folder listed afresh next time.
      assets = null;
      return void res.send(404, { error: 'not found' });
    }
    res.writeHead(200, {
      'Content-Type': typeOf(file),
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
    });
    res.end(body);
  });
}
