const mod = await import('./dist/tools/bench/load.js');
const { JsonStore } = await import('./dist/store/json-store.js');
const { loadConfig } = await import('./dist/config.js');
const { startServer } = await import('./dist/server.js');
const { silentLogger } = await import('./dist/logger.js');
const file = process.argv[2];
const voters = Array.from({ length: 20 }, (_, i) => `22222222-3333-4444-8555-${String(i + 1).padStart(12, '0')}`);
const conn = await mod.startFakeConnector();
const server = await startServer(loadConfig({ SAMRAD_DB: file, SAMRAD_NOW: '2026-11-23T10:30:00+01:00', PORT: '0' }), silentLogger);
const m = (w) => { global.gc(); const u = process.memoryUsage(); console.log(w, 'heapUsed', (u.heapUsed / 1e6).toFixed(0), 'external', (u.external / 1e6).toFixed(0), 'rss', (u.rss / 1e6).toFixed(0)); };
m('start');
const act = (from, f) => ({ id: String(Math.random()), channelId: 'msteams', serviceUrl: conn.url, from: { id: '29:' + from, aadObjectId: from }, recipient: { id: '28:samrad' }, conversation: { id: 'bench-chat-2', conversationType: 'groupChat', isGroup: true }, ...f });
const decisionId = (await JsonStore.open(file).then(async s => { const d = s.read().decisions.find(d => d.status === 'open' && d.bodyId === 'chefsnatverket').id; await s.close({ compact: false }); return d; }));
const clicks = new Map();
for (let round = 0; round < 3; round++) {
  const r = await mod.runLoad({ url: `${server.url}/api/messages`, connections: 10, seconds: 3, body: (c, n) => { const k = clicks.get(c) ?? 0; clicks.set(c, k + 1); return act(voters[c], { type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb: 'decision.vote', data: { decisionId, choice: k % 2 ? 'against' : 'for' } }, trigger: 'manual' } }); }, ok: (s) => s === 200 });
  const u = process.memoryUsage(); console.log('before gc rss', (u.rss / 1e6).toFixed(0), 'heap', (u.heapUsed / 1e6).toFixed(0));
  m('votes ' + r.requests + ' errors ' + r.errors);
}
await server.close(); await conn.close();
