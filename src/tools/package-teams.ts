import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { PROJECT_ROOT } from '../config.js';

/**
 * `npm run package:teams`: takes manifest/manifest.json (a complete, valid manifest with stand-in
 * ids), puts in the bot id and app id from the environment, validates it against the official Teams
 * schema and writes the app package (manifest + icons) to build/samrad-teams.zip, ready to upload in
 * Teams or the Developer Portal.
 */
const MANIFEST_FOLDER = join(PROJECT_ROOT, 'manifest');

const Env = z.object({
  /** The bot's id: the Azure Bot registration's app id. BOT_ID is accepted as another name for it. */
  MicrosoftAppId: z.uuid('MicrosoftAppId (or BOT_ID): the bot id from the Azure Bot registration, a GUID'),
  TEAMS_APP_ID: z.uuid('TEAMS_APP_ID: the Teams app id, a GUID').optional(),
  TEAMS_WEBSITE_URL: z.url().optional(),
  TEAMS_PRIVACY_URL: z.url().optional(),
  TEAMS_TERMS_URL: z.url().optional(),
  /** Where Teams reaches samrad's pages: the public https address of the bot's server. */
  TEAMS_APP_URL: z
    .url({ protocol: /^https$/, error: 'TEAMS_APP_URL: the bot server’s public https address' })
    .optional(),
  /** The SSO resource (Application ID URI); by default api://<host>/<app id>. */
  TEAMS_SSO_RESOURCE: z.string().min(1).optional(),
});

export interface PackageResult {
  file: string;
  manifest: Record<string, unknown>;
  /** What the package leaves out, and why (said to whoever packages it). */
  notes: string[];
}

type Manifest = Record<string, unknown> & {
  developer: Record<string, unknown>;
  bots: Record<string, unknown>[];
};

/** The manifest with the ids and links from the environment. */
export async function buildManifest(env: NodeJS.ProcessEnv): Promise<Record<string, unknown>> {
  const parsed = Env.safeParse({ ...env, MicrosoftAppId: env['MicrosoftAppId'] || env['BOT_ID'] });
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join('; '));
  const manifest = JSON.parse(await readFile(join(MANIFEST_FOLDER, 'manifest.json'), 'utf8')) as Manifest;
  // The Teams app may share the bot's id; a separate one can be given.
  manifest['id'] = parsed.data.TEAMS_APP_ID ?? parsed.data.MicrosoftAppId;
  for (const bot of manifest.bots) bot['botId'] = parsed.data.MicrosoftAppId;
  if (parsed.data.TEAMS_WEBSITE_URL) manifest.developer['websiteUrl'] = parsed.data.TEAMS_WEBSITE_URL;
  if (parsed.data.TEAMS_PRIVACY_URL) manifest.developer['privacyUrl'] = parsed.data.TEAMS_PRIVACY_URL;
  if (parsed.data.TEAMS_TERMS_URL) manifest.developer['termsOfUseUrl'] = parsed.data.TEAMS_TERMS_URL;
  const appUrl = parsed.data.TEAMS_APP_URL ? new URL(parsed.data.TEAMS_APP_URL) : null;
  if (!appUrl) {
    // The meeting panel needs the address Teams loads it from: without one, no tab that cannot load.
    delete manifest['configurableTabs'];
    delete manifest['webApplicationInfo'];
    manifest['validDomains'] = [];
    return manifest;
  }
  const base = appUrl.href.replace(/\/+$/, '');
  for (const tab of (manifest['configurableTabs'] ?? []) as Record<string, unknown>[])
    tab['configurationUrl'] = `${base}/tab/config`;
  manifest['validDomains'] = [appUrl.host];
  manifest['webApplicationInfo'] = {
    id: parsed.data.MicrosoftAppId,
    resource: parsed.data.TEAMS_SSO_RESOURCE ?? `api://${appUrl.host}/${parsed.data.MicrosoftAppId}`,
  };
  return manifest;
}

/** What a manifest built from this environment leaves out. */
export function packageNotes(env: NodeJS.ProcessEnv): string[] {
  return env['TEAMS_APP_URL']
    ? []
    : [
        `TEAMS_APP_URL is not set: the package has no meeting panel (tab) and no SSO (webApplicationInfo). Set it to the bot server's public https address to include them.`,
      ];
}

/** Validates a manifest against the Teams schema bundled with @microsoft/app-manifest. */
export async function manifestErrors(manifest: Record<string, unknown>): Promise<string[]> {
  const { AppManifestUtils } = await import('@microsoft/app-manifest');
  const errors = await AppManifestUtils.validateAgainstSchema(manifest as never);
  return errors.map((e: unknown) => (typeof e === 'string' ? e : JSON.stringify(e)));
}

export async function packageTeamsApp(
  env: NodeJS.ProcessEnv,
  outputFolder = join(PROJECT_ROOT, 'build'),
): Promise<PackageResult> {
  const manifest = await buildManifest(env);
  const errors = await manifestErrors(manifest);
  if (errors.length > 0) throw new Error(`the manifest does not fit the Teams schema: ${errors.join('; ')}`);
  const { default: JSZip } = await import('jszip');
  const zip = new JSZip();
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  for (const icon of ['color.png', 'outline.png'])
    zip.file(icon, await readFile(join(MANIFEST_FOLDER, icon)));
  await mkdir(outputFolder, { recursive: true });
  const file = join(outputFolder, 'samrad-teams.zip');
  await writeFile(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return { file, manifest, notes: packageNotes(env) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const { file, notes } = await packageTeamsApp(process.env);
    for (const note of notes) process.stderr.write(`package:teams: ${note}\n`);
    process.stdout.write(`${file}\n`);
  } catch (error) {
    process.stderr.write(`package:teams: ${(error as Error).message}\n`);
    process.exitCode = 2;
  }
}
