import type restify from 'restify';
import { z } from 'zod';
import { ACTIONS } from '../../../conversation/actions.js';
import { identifyAsker, type ChannelIdentity } from '../../../conversation/asker.js';
import type { SharedDecisionCards } from '../../../conversation/delivery/shared-decision-cards.js';
import { handleAction, type ConversationDeps, type Incoming } from '../../../conversation/handle-message.js';
import { panelDecision, panelMeeting } from '../../../conversation/views/panel-views.js';
import { ChoiceSchema, OutcomeSchema } from '../../../domain/decision.js';
import type { Logger } from '../../../logger.js';
import { currentOrNextMeeting } from '../../../services/body-roles.js';
import { chatLinkOf, linkChat } from '../../../services/chat-links.js';
import { chairsOrSecretaries } from '../../../services/body-roles.js';
import { REPLY_TEXTS } from '../../../i18n/reply-texts.js';
import { PANEL_TEXTS } from '../../../i18n/panel-texts.js';
import { refusalText } from '../../../conversation/error-notice.js';
import { isSamradError } from '../../../errors/samrad-error.js';
import { readJsonBody } from '../../read-json-body.js';
import type { SsoCheck } from './sso-token.js';
import type { PrivateMessages } from '../../../conversation/delivery/private-messages.js';
import type { Lang } from '../../../domain/lang.js';
import type { SamradData } from '../../../domain/samrad-data.js';
import { findNextMeeting } from '../../../domain/meeting.js';
import { recordByKey } from '../../../domain/data-index.js';
import { swedishTimeOfDay, swedishToday } from '../../../domain/calendar-date.js';
import type { Clock } from '../../../services/ports.js';

/**
 * The meeting panel's JSON API, on the same services as the chat (one code path, one tally):
 * - `GET /api/panel/meeting?chatId=ID` or `?meetingId=ID`: the meeting, its agenda, its decisions;
 * - `POST /api/panel/decisions/ID/vote` with `{ "choice" }`: the vote, as a button in the chat
 *   casts it; the answer is the decision as the panel shows it;
 * - the chair's controls: `POST /api/panel/decisions` with `{ "meetingId", "itemNumber" }` opens
 *   the decision on an item, `POST /api/panel/decisions/ID/close` with `{ "outcome", "amendment"? }`
 *   closes it; the chair or secretary only, as in the chat.
 * Who asks is proven by the Teams SSO token (`Authorization: Bearer …`). In local mode only, with
 * no bot registration, `X-Samrad-Dev-User: <person id>` stands in for it. No identity: 401; someone
 * not on the roster, or not allowed to do what they ask: 403.
 */
export interface PanelOptions {
  /** The SSO check, or null in local mode. */
  sso: ((token: string) => Promise<SsoCheck>) | null;
  sharedCards: SharedDecisionCards;
  /** A nominee's request goes out on whichever channel reaches them, as from the chat. */
  privateMessages: PrivateMessages;
  logger: Logger;
}

const VoteSchema = z.object({ choice: ChoiceSchema });
const CloseSchema = z.object({ outcome: OutcomeSchema, amendment: z.string().max(4000).optional() });
const OpenSchema = z.object({
  meetingId: z.string().trim().min(1).max(200),
  itemNumber: z.number().int().positive().max(999),
});
/** Open event streams at most: each holds a connection. */
const MAX_STREAMS = 500;
/** Open event streams per person (a few panels, a few devices): no one can take them all. */
const MAX_STREAMS_PER_PERSON = 5;
/** What a stream may leave unread before it is dropped (its page connects again when it is alive). */
const MAX_UNREAD_BYTES = 256 * 1024;
/** How long changes are gathered before a stream is sent them: a burst of votes becomes one event. */
const COALESCE_MS = 100;
/** A comment now and then keeps proxies from closing a quiet stream, and tells the page it is alive. */
const HEARTBEAT_MS = 20_000;
const Id = z.string().trim().min(1).max(200);
/** The nomination form's fields, as the chat's form sends them. */
const NominationSchema = z.object({
  groupId: Id,
  name: z.string().max(500),
  principal: z.string().max(100),
  email: z.string().max(200).optional(),
  seat: z.enum(['ordinary', 'substitute']).optional(),
  motivation: z.string().max(2000).optional(),
});

/** A Teams group or meeting chat's id, as the panel's context gives it ("19:meeting_…@thread.v2"). */
const TEAMS_CHAT_ID = /^19:[\w.:-]{1,250}@thread\.(v2|tacv2|skype)$/;
const LinkSchema = z.object({ chatId: z.string().trim().max(300), bodyId: Id });

/**
 * The panel's language: the one its page asks in (the Teams client's), by `Accept-Language` and
 * its weights; Swedish by default and when Swedish is liked as well as English.
 */
export function langOf(req: { headers: Record<string, string | string[] | undefined> }): Lang {
  let best: { lang: Lang; q: number } = { lang: 'sv', q: 0 };
  for (const part of String(req.headers['accept-language'] ?? '')
    .split(',')
    .slice(0, 20)) {
    const [tag = '', ...params] = part.trim().toLowerCase().split(';');
    const lang =
      tag === 'en' || tag.startsWith('en-') ? 'en' : tag === 'sv' || tag.startsWith('sv-') ? 'sv' : null;
    if (!lang) continue;
    const weight = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((q) => q !== undefined);
    const q = weight === undefined ? 1 : Number(weight);
    if (Number.isFinite(q) && (q > best.q || (q === best.q && lang === 'sv'))) best = { lang, q };
  }
  return best.q > 0 ? best.lang : 'sv';
}

/** The English `error` the API has always given, and the words for it in the asker's language. */
function messageFor(lang: Lang, status: number, error: string): string {
  const t = PANEL_TEXTS[lang];
  if (error === 'unauthorized') return t.api.unauthorized;
  if (error === 'sign-in unavailable') return t.api.signInUnavailable;
  if (error === 'not on the roster') return t.notOnRoster;
  if (error === 'no such meeting') return t.api.noSuchMeeting;
  if (error === 'no such decision') return t.api.noSuchDecision;
  if (error === 'too many open streams') return t.api.tooManyStreams;
  if (error === 'may not nominate') return t.api.mayNotNominate;
  if (error === 'not found') return t.api.notFound;
  if (status === 413) return t.api.tooLarge;
  if (status >= 400 && status < 500) return t.api.badRequest;
  return REPLY_TEXTS[lang].genericError;
}

/**
 * Every refusal: the status, `error` as the API has always said it, and `message` in the asker's
 * language (the service's own words where it gave some). Nothing has been changed by then.
 */
function refuse(
  req: restify.Request,
  res: restify.Response,
  status: number,
  error: string,
  message?: string,
  extra: Record<string, unknown> = {},
): void {
  res.send(status, { error, message: message ?? messageFor(langOf(req), status, error), ...extra });
}

/** A person's coming meeting: the next one, of any body they sit in, that has not yet ended. */
function nextMeetingOf(data: SamradData, clock: Clock, personId: string): string | null {
  const bodies = new Set(data.memberships.filter((m) => m.personId === personId).map((m) => m.bodyId));
  const now = clock.now();
  const theirs = data.meetings.filter((m) => bodies.has(m.bodyId));
  return findNextMeeting(theirs, swedishToday(now), swedishTimeOfDay(now))?.id ?? null;
}

type Who =
  { ok: true; incoming: Incoming; personId: string } | { ok: false; status: 401 | 403 | 503; error: string };

export function registerPanelRoutes(
  server: restify.Server,
  deps: ConversationDeps,
  options: PanelOptions,
): void {
  async function whoIs(req: restify.Request): Promise<Who> {
    let identity: ChannelIdentity;
    if (options.sso) {
      // Registered: only a token Entra ID signed for this app; a stand-in header counts for nothing.
      const header = req.headers['authorization'] ?? '';
      const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
      if (!token) return { ok: false, status: 401, error: 'unauthorized' };
      const check = await options.sso(token);
      if (!check.ok) {
        options.logger.warn('panel.token-refused', { reason: check.reason });
        // Entra ID's keys out of reach is no bad token: the user is told to try again.
        if (check.unavailable) return { ok: false, status: 503, error: 'sign-in unavailable' };
        return { ok: false, status: 401, error: 'unauthorized' };
      }
      identity = { channel: 'teams', userId: check.user.objectId };
    } else {
      const dev = req.headers['x-samrad-dev-user'];
      if (typeof dev !== 'string' || !Id.safeParse(dev).success)
        return { ok: false, status: 401, error: 'unauthorized' };
      identity = { channel: 'local', userId: dev.trim() };
    }
    const asker = identifyAsker(deps.store.read(), identity);
    if (!asker.person) return { ok: false, status: 403, error: 'not on the roster' };
    return {
      ok: true,
      incoming: { identity, conversationId: 'panel', lang: langOf(req) },
      personId: asker.person.id,
    };
  }

  /**
   * `GET /api/panel/setup`: what the page needs before it knows who is looking. Whether the
   * server is in local mode, and then the people on the roster for the page's person picker (in
   * local mode only: registered, the roster is never shown to a stranger).
   */
  server.get('/api/panel/setup', async (_req: restify.Request, res: restify.Response) => {
    if (options.sso) return void res.send(200, { localMode: false });
    const data = deps.store.read();
    res.send(200, {
      localMode: true,
      people: data.people
        .filter((p) => data.memberships.some((m) => m.personId === p.id))
        .map((p) => ({ id: p.id, name: p.name }))
        .sort((a, b) => a.name.localeCompare(b.name, 'sv')),
    });
  });

  server.get('/api/panel/meeting', async (req: restify.Request, res: restify.Response) => {
    const who = await whoIs(req);
    if (!who.ok) return void refuse(req, res, who.status, who.error);
    const query = new URL(req.url ?? '', 'http://panel').searchParams;
    const data = deps.store.read();
    let meetingId = query.get('meetingId');
    const chatId = query.get('chatId');
    if (!meetingId && chatId) {
      // The meeting chat's link, as the chat uses it: its meeting, or its body's current or next one.
      const link = chatLinkOf(data, `teams:${chatId}`);
      meetingId =
        link?.meetingId ?? (link ? (currentOrNextMeeting(data, deps.clock, link.bodyId)?.id ?? null) : null);
    }
    // Neither given (the panel opened outside a meeting): the asker's own coming meeting.
    if (!meetingId && !chatId) meetingId = nextMeetingOf(data, deps.clock, who.personId);
    const meeting = meetingId ? data.meetings.find((m) => m.id === meetingId) : undefined;
    if (!meeting) {
      // A meeting chat not linked yet: the bodies the asker may link it to (as chair or secretary).
      const linkable =
        chatId && !chatLinkOf(data, `teams:${chatId}`)
          ? data.bodies
              .filter((b) => chairsOrSecretaries(data, who.personId, b.id))
              .map((b) => ({ id: b.id, name: b.name }))
          : [];
      return void refuse(req, res, 404, 'no such meeting', undefined, { linkable });
    }
    res.send(200, panelMeeting(data, meeting, who.personId));
  });

  /**
   * `POST /api/panel/link` with `{ "chatId", "bodyId" }`: the chair links the meeting chat the
   * panel is in to their body's current or next meeting, as "koppla chatten till …" does in the
   * chat. The answer is the meeting, as `GET /api/panel/meeting` gives it.
   */
  server.post('/api/panel/link', async (req: restify.Request, res: restify.Response) => {
    const post = await postOf(req, res);
    if (!post) return;
    const { body, who } = post;
    const link = LinkSchema.safeParse(body);
    if (!link.success) return void refuse(req, res, 400, 'expected { "chatId", "bodyId" }');
    const lang = who.incoming.lang ?? 'sv';
    if (!TEAMS_CHAT_ID.test(link.data.chatId))
      return void refuse(req, res, 400, 'not a meeting chat', PANEL_TEXTS[lang].api.notAMeetingChat);
    // Which chat the page is in is the page's word, not Teams' signed one: a chat already linked is
    // linked anew only by its body's chair or secretary (and in the chat, where Teams vouches for
    // who is in it, by any chair), so no one can take another body's meeting chat from here.
    const current = deps.store.read();
    const existing = chatLinkOf(current, `teams:${link.data.chatId}`);
    if (existing && !chairsOrSecretaries(current, who.personId, existing.bodyId)) {
      const name = current.bodies.find((b) => b.id === existing.bodyId)?.name ?? existing.bodyId;
      return void refuse(
        req,
        res,
        403,
        'linked by another body',
        PANEL_TEXTS[lang].api.linkedElsewhere(name),
      );
    }
    try {
      const data = deps.store.read();
      const meeting = currentOrNextMeeting(data, deps.clock, link.data.bodyId);
      await linkChat(deps.store, deps.clock, {
        chatKey: `teams:${link.data.chatId}`,
        personId: who.personId,
        bodyId: link.data.bodyId,
        meetingId: meeting?.id,
      });
      const fresh = deps.store.read();
      const linked = meeting ? fresh.meetings.find((m) => m.id === meeting.id) : undefined;
      if (!linked) return void refuse(req, res, 404, 'no such meeting', undefined, { linkable: [] });
      res.send(200, panelMeeting(fresh, linked, who.personId));
    } catch (error) {
      if (!isSamradError(error)) {
        // Not linked (the store could not write): said plainly, the details to the log only.
        options.logger.error('panel.link-failed', error);
        return void refuse(req, res, 500, 'internal', REPLY_TEXTS[lang].genericError);
      }
      const message = refusalText(lang, error);
      refuse(req, res, error.code === 'decision.not-chair' ? 403 : 400, message, message);
    }
  });

  let streams = 0;
  const streamsOf = new Map<string, number>();
  /**
   * `GET /api/panel/events?meetingId=ID`: server-sent events, one `decision` event with the
   * decision as the panel shows it (the asker's own vote included) whenever one of the meeting's
   * decisions changes, whichever channel it changed in.
   */
  server.get('/api/panel/events', async (req: restify.Request, res: restify.Response) => {
    const who = await whoIs(req);
    if (!who.ok) return void refuse(req, res, who.status, who.error);
    const meetingId = new URL(req.url ?? '', 'http://panel').searchParams.get('meetingId') ?? '';
    if (!deps.store.read().meetings.some((m) => m.id === meetingId))
      return void refuse(req, res, 404, 'no such meeting');
    const mine = streamsOf.get(who.personId) ?? 0;
    if (streams >= MAX_STREAMS || mine >= MAX_STREAMS_PER_PERSON)
      return void refuse(req, res, 503, 'too many open streams');
    streams += 1;
    streamsOf.set(who.personId, mine + 1);
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
    });
    res.write(': samrad\n\n');
    // A burst of votes is sent as the decision stands after it: changes within a short window are
    // gathered, and each changed decision sent once, as it then is.
    const pending = new Set<string>();
    let flush: ReturnType<typeof setTimeout> | null = null;
    const send = () => {
      flush = null;
      if (res.writableLength > MAX_UNREAD_BYTES) return void res.destroy();
      const data = deps.store.read();
      for (const decisionId of pending) {
        const decision = panelDecision(data, decisionId, who.personId);
        if (decision) res.write(`event: decision\ndata: ${JSON.stringify(decision)}\n\n`);
      }
      pending.clear();
    };
    const stop = options.sharedCards.watch((decisionId) => {
      if (recordByKey(deps.store.read(), 'decisions', 'id', decisionId)?.meetingId !== meetingId) return;
      pending.add(decisionId);
      flush ??= setTimeout(send, COALESCE_MS);
    });
    const heartbeat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS);
    heartbeat.unref();
    await new Promise<void>((resolve) => {
      res.once('close', resolve);
      req.once('close', resolve);
    });
    clearInterval(heartbeat);
    if (flush) clearTimeout(flush);
    stop();
    streams -= 1;
    const left = (streamsOf.get(who.personId) ?? 1) - 1;
    if (left > 0) streamsOf.set(who.personId, left);
    else streamsOf.delete(who.personId);
  });

  /** The body of a POST, read with limits; null when it was refused (the answer is sent). */
  async function jsonOf(
    req: restify.Request,
    res: restify.Response,
    limit = 8192,
  ): Promise<Record<string, unknown> | null> {
    const read = await readJsonBody(req, limit);
    if (read.ok) return read.body;
    if (read.closeConnection) res.setHeader('Connection', 'close');
    refuse(req, res, read.status, read.reason);
    return null;
  }
  /** A POST's body and who sent it; null when either was refused (the answer is sent). */
  async function postOf(
    req: restify.Request,
    res: restify.Response,
    limit?: number,
  ): Promise<{ body: Record<string, unknown>; who: Extract<Who, { ok: true }> } | null> {
    const body = await jsonOf(req, res, limit);
    if (!body) return null;
    const who = await whoIs(req);
    if (!who.ok) {
      refuse(req, res, who.status, who.error);
      return null;
    }
    return { body, who };
  }

  server.post('/api/panel/decisions', async (req: restify.Request, res: restify.Response) => {
    const post = await postOf(req, res);
    if (!post) return;
    const { body, who } = post;
    const open = OpenSchema.safeParse(body);
    if (!open.success) return void refuse(req, res, 400, 'expected { "meetingId", "itemNumber" }');
    const meeting = deps.store.read().meetings.find((m) => m.id === open.data.meetingId);
    if (!meeting) return void refuse(req, res, 404, 'no such meeting');
    const result = await handleAction(
      ACTIONS.openDecision,
      { bodyId: meeting.bodyId, number: open.data.itemNumber, meetingId: meeting.id },
      who.incoming,
      deps,
    );
    if (result.kind === 'refused') return void refuse(req, res, 403, result.message, result.message);
    if (result.reply.kind !== 'decision') {
      // Told in words why not (not the chair, no such item): nothing was opened.
      {
        const text = result.reply.kind === 'notice' ? result.reply.text : undefined;
        return void refuse(req, res, 403, text ?? 'not opened', text);
      }
    }
    options.sharedCards.request(result.reply.view.decisionId);
    res.send(201, panelDecision(deps.store.read(), result.reply.view.decisionId, who.personId));
  });

  server.post('/api/panel/decisions/:id/close', async (req: restify.Request, res: restify.Response) => {
    const post = await postOf(req, res);
    if (!post) return;
    const { body, who } = post;
    const close = CloseSchema.safeParse(body);
    if (!close.success) return void refuse(req, res, 400, 'expected { "outcome", "amendment"? }');
    const decisionId = String((req.params as { id?: unknown }).id ?? '');
    if (!deps.store.read().decisions.some((d) => d.id === decisionId))
      return void refuse(req, res, 404, 'no such decision');
    const result = await handleAction(
      ACTIONS.closeDecision,
      { decisionId, ...close.data },
      who.incoming,
      deps,
    );
    if (result.kind === 'refused') return void refuse(req, res, 403, result.message, result.message);
    options.sharedCards.request(decisionId);
    res.send(200, panelDecision(deps.store.read(), decisionId, who.personId));
  });

  /**
   * `POST /api/panel/nominations` with the nomination form's fields: the chat's nomination action.
   * 201 with the confirmation (`status` nominated, reserve or merged); 400 with the form's message
   * when a field is wrong, nothing stored.
   */
  server.post('/api/panel/nominations', async (req: restify.Request, res: restify.Response) => {
    const post = await postOf(req, res);
    if (!post) return;
    const { body, who } = post;
    const form = NominationSchema.safeParse(body);
    if (!form.success)
      return void refuse(
        req,
        res,
        400,
        'expected { "groupId", "name", "principal", "email"?, "seat"?, "motivation"? }',
      );
    // Only for a group run by a body the asker sits in; whether its round is open, and for which
    // principals they may nominate, the service says in its own words.
    const data = deps.store.read();
    const group = data.workingGroups.find((g) => g.id === form.data.groupId);
    if (!group || !data.memberships.some((m) => m.personId === who.personId && m.bodyId === group.bodyId))
      return void refuse(req, res, 403, 'may not nominate');
    const result = await handleAction(ACTIONS.submitNomination, form.data, who.incoming, deps);
    if (result.kind === 'refused') return void refuse(req, res, 403, result.message, result.message);
    const reply = result.reply;
    if (reply.kind === 'nomination-form') {
      // The form came back with what was wrong: nothing was stored.
      return void refuse(req, res, 400, reply.view.error ?? 'invalid', reply.view.error ?? undefined);
    }
    if (reply.kind !== 'notice' || !reply.nomination) {
      const text = reply.kind === 'notice' ? reply.text : undefined;
      return void refuse(req, res, 400, text ?? 'invalid', text);
    }
    if (reply.privateMessages) await options.privateMessages.send(reply.privateMessages);
    const { id, status } = reply.nomination;
    res.send(status === 'merged' ? 200 : 201, { id, status, message: reply.text });
  });

  server.post('/api/panel/decisions/:id/vote', async (req: restify.Request, res: restify.Response) => {
    const post = await postOf(req, res, 4096);
    if (!post) return;
    const { body, who } = post;
    const decisionId = String((req.params as { id?: unknown }).id ?? '');
    const vote = VoteSchema.safeParse(body);
    if (!vote.success)
      return void refuse(req, res, 400, 'expected { "choice": "for" | "against" | "abstain" }');
    if (!deps.store.read().decisions.some((d) => d.id === decisionId))
      return void refuse(req, res, 404, 'no such decision');
    const result = await handleAction(
      ACTIONS.vote,
      { decisionId, choice: vote.data.choice },
      who.incoming,
      deps,
    );
    if (result.kind === 'refused') return void refuse(req, res, 403, result.message, result.message);
    if (result.changedDecisionId) options.sharedCards.request(result.changedDecisionId);
    res.send(200, panelDecision(deps.store.read(), decisionId, who.personId));
  });

  // Anything else under the panel's API: a 404 in the API's own shape, in the asker's language.
  const unknown = async (req: restify.Request, res: restify.Response) => refuse(req, res, 404, 'not found');
  server.get('/api/panel/*', unknown);
  server.post('/api/panel/*', unknown);
}
