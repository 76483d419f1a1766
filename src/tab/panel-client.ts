import type { PanelDecision, PanelMeeting } from '../conversation/views/panel-views.js';

/**
 * The page's side of the panel API: every request carries who is asking (the Teams SSO token, or
 * in local mode the chosen person) and the page's language. The live tally comes as server-sent
 * events, read over fetch because EventSource cannot send those headers.
 */
export type Who = { kind: 'token'; token: () => Promise<string> } | { kind: 'dev'; personId: string };

export class PanelError extends Error {
  constructor(
    readonly status: number,
    readonly serverMessage: string | null,
    /** The answer's body, when it had one (a 404 for a chat not linked lists what it may be linked to). */
    readonly body: Record<string, unknown> | null = null,
  ) {
    super(`panel API ${status}`);
  }
}

export interface Setup {
  localMode: boolean;
  people?: { id: string; name: string }[];
}

export type NominationAnswer = { status: 'nominated' | 'reserve' | 'merged'; message: string };

export class PanelClient {
  constructor(
    private readonly who: Who,
    private readonly lang: 'sv' | 'en',
  ) {}

  private async headers(): Promise<Record<string, string>> {
    const headers: Record<string, string> = { 'Accept-Language': this.lang };
    if (this.who.kind === 'token') headers['Authorization'] = `Bearer ${await this.who.token()}`;
    else headers['X-Samrad-Dev-User'] = this.who.personId;
    return headers;
  }

  private async call<T>(path: string, body?: unknown): Promise<T> {
    const headers = await this.headers();
    const init: RequestInit =
      body === undefined
        ? { headers }
        : {
            method: 'POST',
            headers: { ...headers, 'Content-Type': 'application/json' },
            body: JSON.stringify(body),
          };
    let answer: Response;
    try {
      answer = await fetch(path, init);
    } catch {
      throw new PanelError(0, null);
    }
    const json = (await answer.json().catch(() => null)) as (T & { message?: string | null }) | null;
    if (!answer.ok || json === null)
      throw new PanelError(answer.status, json?.message ?? null, json as Record<string, unknown> | null);
    return json;
  }

  meeting(where: { chatId?: string | null; meetingId?: string | null }): Promise<PanelMeeting> {
    const query = new URLSearchParams();
    if (where.meetingId) query.set('meetingId', where.meetingId);
    else if (where.chatId) query.set('chatId', where.chatId);
    return this.call(`/api/panel/meeting${query.size ? `?${query}` : ''}`);
  }

  link(chatId: string, bodyId: string): Promise<PanelMeeting> {
    return this.call('/api/panel/link', { chatId, bodyId });
  }

  vote(decisionId: string, choice: 'for' | 'against' | 'abstain'): Promise<PanelDecision> {
    return this.call(`/api/panel/decisions/${encodeURIComponent(decisionId)}/vote`, { choice });
  }

  open(meetingId: string, itemNumber: number): Promise<PanelDecision> {
    return this.call('/api/panel/decisions', { meetingId, itemNumber });
  }

  close(decisionId: string, outcome: string, amendment: string): Promise<PanelDecision> {
    return this.call(`/api/panel/decisions/${encodeURIComponent(decisionId)}/close`, {
      outcome,
      ...(amendment.trim() ? { amendment: amendment.trim() } : {}),
    });
  }

  nominate(fields: Record<string, string>): Promise<NominationAnswer> {
    return this.call('/api/panel/nominations', fields);
  }

  /**
   * Follows the meeting's decisions until `signal` aborts: `onDecision` for each change,
   * `onState` when the stream is up or down. A dropped stream is opened again after a pause, and
   * `onState('live')` tells the page to fetch what it missed.
   */
  async follow(
    meetingId: string,
    onDecision: (decision: PanelDecision) => void,
    onState: (state: 'live' | 'reconnecting') => void,
    signal: AbortSignal,
  ): Promise<void> {
    let pause = 1000;
    while (!signal.aborted) {
      try {
        const answer = await fetch(`/api/panel/events?meetingId=${encodeURIComponent(meetingId)}`, {
          headers: await this.headers(),
          signal,
        });
        if (!answer.ok || !answer.body) throw new PanelError(answer.status, null);
        onState('live');
        pause = 1000;
        await readEvents(answer.body, (event, data) => {
          if (event === 'decision') onDecision(JSON.parse(data) as PanelDecision);
        });
      } catch {
        // Dropped, refused or the network gone: tried again below.
      }
      if (signal.aborted) return;
      onState('reconnecting');
      await new Promise((resolve) => setTimeout(resolve, pause));
      pause = Math.min(pause * 2, 30_000);
    }
  }
}

/** Twice the server's heartbeat and a little: longer without a byte means the stream is dead. */
const STREAM_SILENCE_MS = 45_000;

/** Reads a text/event-stream body, calling `onEvent` for each complete event. */
async function readEvents(
  body: ReadableStream<Uint8Array>,
  onEvent: (event: string, data: string) => void,
): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    // The server writes at least every 20 s; a stream silent for longer is dead, though no one
    // closed it (a proxy or a sleeping laptop): given up, so that it is opened again.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const silence = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('the stream went silent')), STREAM_SILENCE_MS);
    });
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await Promise.race([reader.read(), silence]);
    } catch (error) {
      void reader.cancel().catch(() => undefined);
      throw error;
    } finally {
      clearTimeout(timer);
    }
    const { value, done } = chunk;
    if (done) return;
    buffer += decoder.decode(value, { stream: true }).replace(/\r\n?/g, '\n');
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let event = 'message';
      const data: string[] = [];
      for (const line of block.split('\n')) {
        if (line.startsWith('event:')) event = line.slice(6).trim();
        else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
      }
      if (data.length > 0) onEvent(event, data.join('\n'));
    }
  }
}
