import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_AGENDA, ROOT, ourAgenda } from '../helpers/paths.js';
import { runSamrad, type CliRun } from '../helpers/run-samrad.js';

let folder: string;
let env: Record<string, string>;
const samrad = (...args: string[]) => runSamrad(args, env);
const json = (run: CliRun) => {
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout);
};
/** A refusal: one clear line (or a list of lines for a document), exit code 2, no stack trace. */
const refused = (run: CliRun) => {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).not.toMatch(/\bat .+:\d+:\d+|Error:|node:internal/);
  return run.stderr.trim();
};

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'samrad-cli-'));
  env = { SAMRAD_DB: join(folder, 'samrad.json'), SAMRAD_NOW: '2026-11-23T09:00:00+01:00' };
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('samrad on a fresh machine', () => {
  it('says the store does not exist and changes nothing, until `samrad demo` makes it; then it is sound', async () => {
    const check = await samrad('db', 'check');
    expect(check.stdout).toContain('finns inte än');
    // A command never makes a store where there is none (a typo in SAMRAD_DB would get one).
    expect(
      refused(
        await samrad(
          'meeting',
          'add',
          '--body',
          'chefsnatverket',
          '--date',
          '2027-01-01',
          '--start',
          '09:00',
        ),
      ),
    ).toContain('finns inte');
    expect(existsSync(env['SAMRAD_DB'] ?? '')).toBe(false);
    json(await samrad('demo', '--json'));
    const next = json(await samrad('agenda', 'show', '--next', '--body', 'chefsnatverket', '--json'));
    expect(next).toMatchObject({
      body: 'chefsnatverket',
      date: '2026-12-04',
      startTime: '09:30',
      status: 'planned',
    });
    expect(next.items.length).toBeGreaterThan(5);
    const sound = await samrad('db', 'check');
    expect(sound.code).toBe(0);
    expect(sound.stdout).toMatch(/Datafilen .* är hel: \d+ möten/);
  });

  it('shows the agenda in Swedish, and in English on request', async () => {
    const sv = await samrad('agenda', 'show', '--meeting', 'chefsnatverket-2020-04-03');
    expect(sv.stdout).toContain('Chefsnätverket – fredag 3 april 2020, kl. 9.30–12, SKYPE (genomfört)');
    expect(sv.stdout).toContain(' 5. Beslut om godkännande av utvärdering');
    expect(sv.stdout).toContain('Bilaga 3–8. OBS! Bilaga 3 nytt underlag');
    const en = await samrad('agenda', 'show', '--meeting', 'chefsnatverket-2020-04-03', '--lang', 'en');
    expect(en.stdout).toContain('Friday 3 April 2020, 9:30–12:00, SKYPE (held)');
    expect(en.stdout).toContain('Presenter: Hans Liljeberg, Region Dalarna');
  });
});

describe('samrad agenda import', () => {
  it('prints the parsed agenda as the JSON contract on a dry run, storing nothing', async () => {
    const before = readFileSync(env['SAMRAD_DB'] ?? '', 'utf8');
    const out = json(
      await samrad('agenda', 'import', FIXTURE_AGENDA, '--body', 'chefsnatverket', '--dry-run', '--json'),
    );
    expect(out).toMatchObject({
      body: 'chefsnatverket',
      date: '2020-04-03',
      startTime: '09:30',
      endTime: '12:00',
      place: 'SKYPE',
      documentsUrl: 'https://www.regiondalarna.se/lansnatverk',
    });
    expect(out.items).toHaveLength(13);
    expect(out.items[4]).toMatchObject({
      number: 5,
      title:
        'Beslut om godkännande av utvärdering samt förlängning av avtal avseende tillnyktringsplatser (TN-platser)',
      kind: 'decision',
      presenter: 'Jeanette Hjortsberg',
      attachments: [3, 4, 5, 6, 7, 8],
    });
    expect(out.items[4].proposal).toHaveLength(3);
    expect(typeof out.items[4].background).toBe('string');
    expect(out.items[0]).toMatchObject({ presenter: null, attachments: [], proposal: [] });
    expect(readFileSync(env['SAMRAD_DB'] ?? '', 'utf8')).toBe(before);
  });

  it('imports another body’s agenda and shows it', async () => {
    const run = await samrad(
      'agenda',
      'import',
      ourAgenda('valfardsradet-2020-04-17-crlf.md'),
      '--body',
      'valfardsradet',
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('7 punkter i mötet valfardsradet-2020-04-17');
    const shown = json(await samrad('agenda', 'show', '--meeting', 'valfardsradet-2020-04-17', '--json'));
    expect(shown.items[3].decision[1]).toBe('att överenskommelsen gäller från och med 1 september 2020.');
    const again = refused(
      await samrad(
        'agenda',
        'import',
        ourAgenda('valfardsradet-2020-04-17-crlf.md'),
        '--body',
        'valfardsradet',
      ),
    );
    expect(again).toContain('--replace');
  });

  it('lists the lines it cannot place, exits 2 and stores nothing', async () => {
    const before = readFileSync(env['SAMRAD_DB'] ?? '', 'utf8');
    const message = refused(
      await samrad('agenda', 'import', ourAgenda('broken-agenda.txt'), '--body', 'chefsnatverket'),
    );
    expect(message.split('\n')).toEqual([
      'Dagordningen broken-agenda.txt kunde inte läsas in (4 problem); inget har sparats.',
      '  rad 1: hittade inget mötesdatum i huvudet (t.ex. "3 april 2020" eller 200403)',
      '  rad 1: hittade ingen mötestid i huvudet (t.ex. "Tid: kl. 9.30-12")',
      '  rad 5: att-satsen "att godkänna något innan första punkten." står före första punkten',
      '  rad 15: texten "Se bilaga 2 för detaljer." står under förslag/beslut men är ingen att-sats',
    ]);
    expect(readFileSync(env['SAMRAD_DB'] ?? '', 'utf8')).toBe(before);
  });

  it('says so when the file is missing or the body unknown', async () => {
    expect(
      refused(await samrad('agenda', 'import', join(folder, 'nope.txt'), '--body', 'chefsnatverket')),
    ).toMatch(/finns inte/);
    expect(refused(await samrad('agenda', 'import', FIXTURE_AGENDA, '--body', 'kommunstyrelsen'))).toContain(
      'Det finns inget organ som heter "kommunstyrelsen"',
    );
  });
});

describe('samrad meeting and member', () => {
  it('adds, lists and cancels meetings', async () => {
    const added = await samrad(
      'meeting',
      'add',
      '--body',
      'styrgrupp-chnv',
      '--date',
      '2027-06-14',
      '--start',
      '8:30',
      '--end',
      '10:00',
      '--place',
      'Teams',
    );
    expect(added.stdout.trim()).toBe('Mötet styrgrupp-chnv-2027-06-14 är tillagt.');
    const cancelled = await samrad(
      'meeting',
      'cancel',
      'styrgrupp-chnv-2027-06-14',
      '--reason',
      'Mötet utgår',
    );
    expect(cancelled.code).toBe(0);
    const list = json(await samrad('meeting', 'list', '--body', 'styrgrupp-chnv', '--json'));
    expect(list.find((m: { id: string }) => m.id === 'styrgrupp-chnv-2027-06-14')).toMatchObject({
      status: 'cancelled',
      cancelledReason: 'Mötet utgår',
      startTime: '08:30',
    });
    const text = await samrad('meeting', 'list', '--body', 'styrgrupp-chnv');
    expect(text.stdout).toContain(
      'måndag 14 juni 2027, kl. 8.30–10, Teams  Styrgrupp CHNV  [INSTÄLLT: Mötet utgår]',
    );
  });

  it('adds a member with chat identities and lists the body as JSON', async () => {
    const added = await samrad(
      'member',
      'add',
      '--body',
      'chefsnatverket',
      '--name',
      'Birgitta Nord',
      '--principal',
      'Orsa',
      '--role',
      'member',
      '--teams-id',
      '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
      '--slack-id',
      'U024BE7LH',
      '--email',
      'birgitta.nord@orsa.se',
    );
    expect(added.stdout.trim()).toBe('Birgitta Nord är tillagd i Chefsnätverket.');
    const members = json(await samrad('member', 'list', '--body', 'chefsnatverket', '--json'));
    expect(members.find((m: { name: string }) => m.name === 'Birgitta Nord')).toMatchObject({
      body: 'chefsnatverket',
      principal: 'Orsa',
      role: 'member',
      teamsId: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
      slackId: 'U024BE7LH',
      email: 'birgitta.nord@orsa.se',
    });
    const removed = await samrad('member', 'remove', '--body', 'chefsnatverket', '--name', 'Birgitta Nord');
    expect(removed.code).toBe(0);
  });

  it('refuses bad arguments with one clear line and exit code 2', async () => {
    const cases: [string[], RegExp][] = [
      [
        [
          'member',
          'add',
          '--body',
          'chefsnatverket',
          '--name',
          'X',
          '--principal',
          'Stockholm',
          '--role',
          'member',
        ],
        /"Stockholm" är inte en huvudman/,
      ],
      [
        [
          'member',
          'add',
          '--body',
          'chefsnatverket',
          '--name',
          'X',
          '--principal',
          'Falun',
          '--role',
          'kung',
        ],
        /"kung" är inte tillåtet; välj ett av: chair, secretary/,
      ],
      [
        ['member', 'add', '--body', 'chefsnatverket', '--name', 'X', '--principal', 'Falun'],
        /Valet --role måste anges/,
      ],
      [
        [
          'member',
          'add',
          '--body',
          'chefsnatverket',
          '--name',
          'X',
          '--principal',
          'Falun',
          '--role',
          'member',
          '--email',
          'nej',
        ],
        /Ogiltig uppgift: email/,
      ],
      [
        ['meeting', 'add', '--body', 'chefsnatverket', '--date', '2027-02-30', '--start', '09:00'],
        /"2027-02-30" är inget giltigt datum/,
      ],
      [['meeting', 'cancel', 'finns-inte'], /Det finns inget möte med id "finns-inte"/],
      [['cost-split', '--amount', 'två miljoner'], /"två miljoner" är inget giltigt belopp/],
      [['cost-split', '--amount'], /Valet --amount behöver ett värde/],
      [['agenda', 'show', '--meeting', 'x', '--next'], /antingen --meeting eller --next/],
      [['agenda', 'import'], /Argument saknas: file/],
      [['meeting', 'flytta'], /Okänt kommando: flytta/],
      [['meeting', 'list', '--bogus'], /Okänt val: --bogus/],
    ];
    for (const [args, message] of cases) {
      const text = refused(await samrad(...args));
      expect(text).toMatch(message);
      expect(text.split('\n')).toHaveLength(1);
    }
  });

  it('answers bad arguments in English with --lang en', async () => {
    const text = refused(
      await samrad(
        '--lang',
        'en',
        'member',
        'add',
        '--body',
        'x',
        '--name',
        'X',
        '--principal',
        'Falun',
        '--role',
        'member',
      ),
    );
    expect(text).toBe('There is no body called "x". See `samrad body list`.');
  });
});

describe('samrad decision, group, round and nomination', () => {
  it('lists the demo’s decisions and shows one with its journey as JSON', async () => {
    const decisions = json(
      await samrad('decision', 'list', '--meeting', 'chefsnatverket-2020-04-03', '--json'),
    );
    expect(decisions.map((d: { itemNumber: number }) => d.itemNumber)).toEqual([4, 5, 6]);
    const shown = json(await samrad('decision', 'show', 'chefsnatverket-2020-04-03-p5-beslut', '--json'));
    expect(shown).toMatchObject({
      id: 'chefsnatverket-2020-04-03-p5-beslut',
      meetingId: 'chefsnatverket-2020-04-03',
      itemNumber: 5,
      status: 'closed',
      outcome: 'adopted',
      tally: { for: 0, against: 0, abstain: 0 },
      votes: [],
      history: [],
    });
    expect(shown.journey.steps.map((s: { kind: string }) => s.kind)).toEqual([
      'decision',
      'decision',
      'adoptions',
    ]);
  });

  it('records adoptions and conditions, and refuses what does not apply', async () => {
    const adopt = await samrad(
      'decision',
      'adopt',
      'valfardsradet-2020-04-22-p1-beslut',
      '--principal',
      'älvdalen',
      '--date',
      '2020-09-30',
      '--by',
      'Kommunfullmäktige',
    );
    expect(adopt.stdout.trim()).toBe('Älvdalen antog rekommendationen 30 september 2020.');
    expect(
      refused(
        await samrad(
          'decision',
          'adopt',
          'chefsnatverket-2020-04-03-p4-beslut',
          '--principal',
          'Falun',
          '--date',
          '2020-09-30',
        ),
      ),
    ).toContain('är ingen antagen rekommendation');
    expect(
      refused(await samrad('decision', 'condition', 'chefsnatverket-2020-04-03-p5-beslut', '--met')),
    ).toContain('har inget villkor som väntar');
    expect(refused(await samrad('decision', 'condition', 'chefsnatverket-2020-04-03-p4-beslut'))).toContain(
      '--met eller --failed',
    );
    expect(refused(await samrad('decision', 'show', 'finns-inte'))).toBe(
      'Det finns inget beslut med id "finns-inte".',
    );
  });

  it('adds a group, runs a round and lists the nominations as the JSON contract', async () => {
    expect(
      refused(
        await samrad('group', 'add', '--name', 'LPO Äldre', '--body', 'chefsnatverket', '--seats', '3+3'),
      ),
    ).toContain('municipalities=3,region=3');
    expect(
      (
        await samrad(
          'group',
          'add',
          '--id',
          'lpo-aldre',
          '--name',
          'LPO Äldre',
          '--body',
          'chefsnatverket',
          '--seats',
          'municipalities=2,region=1',
          '--kind',
          'programme-area',
        )
      ).code,
    ).toBe(0);
    expect((await samrad('round', 'open', '--group', 'lpo-aldre', '--deadline', '2027-01-31')).code).toBe(0);
    expect(
      refused(await samrad('round', 'open', '--group', 'lpo-aldre', '--deadline', '2027-01-31')),
    ).toContain('Det finns redan en nomineringsomgång');
    for (const [name, principal] of [
      ['Anna Berg', 'Falun'],
      ['Bo Ek', 'Mora'],
      ['Cia Dahl', 'Säter'],
      ['Dan Fors', 'Region Dalarna'],
    ]) {
      expect(
        (
          await samrad(
            'nomination',
            'add',
            '--group',
            'lpo-aldre',
            '--name',
            name ?? '',
            '--principal',
            principal ?? '',
          )
        ).code,
      ).toBe(0);
    }
    const list = json(await samrad('nomination', 'list', '--group', 'lpo-aldre', '--json'));
    expect(list).toMatchObject({
      group: 'lpo-aldre',
      status: 'open',
      seats: { municipalities: { total: 2, filled: 2 }, region: { total: 1, filled: 1 } },
    });
    expect(
      list.nominations.map(
        (n: { name: string; principal: string; side: string; status: string; nominatedBy: string }) => [
          n.name,
          n.principal,
          n.side,
          n.status,
          n.nominatedBy,
        ],
      ),
    ).toEqual([
      ['Anna Berg', 'Falun', 'municipalities', 'nominated', 'cli'],
      ['Bo Ek', 'Mora', 'municipalities', 'nominated', 'cli'],
      ['Cia Dahl', 'Säter', 'municipalities', 'reserve', 'cli'],
      ['Dan Fors', 'Region Dalarna', 'region', 'nominated', 'cli'],
    ]);
    expect(list.nominations[0]).toEqual(
      expect.objectContaining({ id: expect.any(String), at: expect.any(String) }),
    );
    expect(refused(await samrad('nomination', 'list', '--group', 'finns-inte'))).toBe(
      'Det finns ingen arbetsgrupp som heter "finns-inte".',
    );
    // Nominees' names and motivations go into a file the secretary opens in a spreadsheet.
    expect(
      (
        await samrad(
          ...['nomination', 'add', '--group', 'lpo-aldre', '--principal', 'Rättvik', '--substitute'],
          ...['--name', '=HYPERLINK("http://x.example";"Klicka")', '--motivation', '@SUM(1+1)'],
        )
      ).code,
    ).toBe(0);
    const csv = (await samrad('nomination', 'export', '--group', 'lpo-aldre')).stdout;
    expect(csv).toContain(`"'=HYPERLINK(""http://x.example"";""Klicka"")"`);
    expect(csv).toContain(`"'@SUM(1+1)"`);
    for (const line of csv.split('\r\n'))
      for (const field of line.split(',')) expect(field).not.toMatch(/^"?[=+@-]/);
  });
});

describe('samrad cost-split', () => {
  it('prints the municipalities’ shares as JSON, adding up to the amount', async () => {
    const out = json(await samrad('cost-split', '--amount', '1300000', '--municipalities-only', '--json'));
    expect(out.amount).toBe(1_300_000);
    expect(out.shares).toHaveLength(15);
    expect(out.shares.reduce((s: number, x: { amount: number }) => s + x.amount, 0)).toBe(1_300_000);
    expect(out.shares.find((s: { name: string }) => s.name === 'Falun')).toEqual({
      name: 'Falun',
      population: 59752,
      amount: 269357,
    });
  });

  it('adds the region as one more share without --municipalities-only, and compares amounts', async () => {
    const out = json(await samrad('cost-split', '--amount', '4 000 000', '--compare', '2600000', '--json'));
    expect(out.shares).toHaveLength(16);
    expect(out.shares.find((s: { name: string }) => s.name === 'Region Dalarna')).toMatchObject({
      population: null,
      amount: 2_000_000,
      compareAmount: 1_300_000,
      difference: 700_000,
    });
    const text = await samrad('cost-split', '--amount', '4000000');
    expect(text.stdout).toContain('Region Dalarna');
    expect(text.stdout).toMatch(/Summa\s+4 000 000 kr/);
  });
});

describe('a broken store', () => {
  it('stops every command with a line naming the file and the field, and is never overwritten', async () => {
    const broken = join(folder, 'broken.json');
    const data = JSON.parse(readFileSync(env['SAMRAD_DB'] ?? '', 'utf8'));
    data.meetings[2].startTime = '9 på morgonen';
    const text = JSON.stringify(data);
    writeFileSync(broken, text);
    const brokenEnv = { ...env, SAMRAD_DB: broken };
    const show = await runSamrad(['meeting', 'list'], brokenEnv);
    expect(refused(show)).toBe(
      `Datafilen ${broken} är trasig: meetings[2].startTime: expected HH:MM. Filen har inte ändrats.`,
    );
    const add = await runSamrad(
      ['meeting', 'add', '--body', 'chefsnatverket', '--date', '2027-01-01', '--start', '09:00'],
      brokenEnv,
    );
    expect(add.code).toBe(2);
    const check = await runSamrad(['db', 'check', '--json'], brokenEnv);
    expect(check.code).toBe(2);
    expect(JSON.parse(check.stdout)).toMatchObject({
      ok: false,
      issues: [{ path: 'meetings[2].startTime' }],
    });
    expect(readFileSync(broken, 'utf8')).toBe(text);
  });

  it('is replaced by `samrad demo`, keeping the broken file as a backup', async () => {
    const broken = join(folder, 'broken2.json');
    writeFileSync(broken, 'not json');
    const run = await runSamrad(['demo', '--json'], { ...env, SAMRAD_DB: broken });
    const out = json(run);
    expect(readFileSync(out.backup, 'utf8')).toBe('not json');
    expect((await runSamrad(['db', 'check'], { ...env, SAMRAD_DB: broken })).code).toBe(0);
  });

  it('is not replaced by `samrad demo` while another process holds it: nothing is moved, and it says so', async () => {
    const busy = join(folder, 'busy', 'samrad.json');
    json(await runSamrad(['demo', '--json'], { ...env, SAMRAD_DB: busy }));
    const before = readFileSync(busy, 'utf8');
    const holder = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { StoreLock } from ${JSON.stringify(join(ROOT, 'dist', 'store', 'store-lock.js'))};
         if (new StoreLock(${JSON.stringify(`${busy}.lock`)}, 1000).tryAcquire()) console.log('locked');
         setInterval(() => {}, 1000);`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    try {
      await new Promise<void>((resolve) => holder.stdout!.once('data', () => resolve()));
      const run = await runSamrad(['demo'], { ...env, SAMRAD_DB: busy });
      expect(refused(run)).toMatch(/upptagen|används/i);
    } finally {
      holder.kill('SIGKILL');
    }
    expect(readFileSync(busy, 'utf8')).toBe(before);
    expect(readdirSync(join(folder, 'busy')).filter((name) => name.includes('.bak'))).toEqual([]);
  }, 30_000);

  it('stops with a clear line on a bad environment variable', async () => {
    expect(refused(await runSamrad(['meeting', 'list'], { ...env, SAMRAD_NOW: 'igår' }))).toMatch(
      /^Felaktig inställning SAMRAD_NOW/,
    );
  });
});
