/**
 * A stand-in for the Teams client around a tab: a page that frames the panel and answers
 * @microsoft/teams-js over postMessage as Teams does (initialize, getContext,
 * authentication.getAuthToken), and can send a theme change. Served on the panel's own origin
 * (teams-js trusts its own origin besides Teams' hosts), through the browser's request routing.
 */
export interface TeamsHostContext {
  frameContext: 'sidePanel' | 'meetingStage' | 'content' | 'settings';
  locale: string;
  theme: 'default' | 'dark' | 'contrast';
  userObjectId: string;
  tenantId: string;
  chatId: string;
  meetingId: string;
  /** The SSO token getAuthToken hands the page. */
  token: string;
  /** The frame's width, as the meeting's side panel gives it. */
  width: number;
}

export function teamsHostPage(tabUrl: string, context: TeamsHostContext): string {
  const legacyContext = {
    frameContext: context.frameContext,
    locale: context.locale,
    theme: context.theme,
    userObjectId: context.userObjectId,
    tid: context.tenantId,
    chatId: context.chatId,
    meetingId: context.meetingId,
    hostClientType: 'web',
    entityId: 'samrad-meeting-panel',
  };
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>Teams (test host)</title></head>
<body style="margin:0">
<iframe id="tab" src="${tabUrl}" style="width:${context.width}px;height:900px;border:0"></iframe>
<script>
  const context = ${JSON.stringify(legacyContext)};
  const token = ${JSON.stringify(context.token)};
  const frame = document.getElementById('tab');
  window.calls = [];
  window.messages = [];
  window.addEventListener('message', (event) => {
    if (event.source !== frame.contentWindow) return;
    const message = event.data;
    if (!message || typeof message.func !== 'string') return;
    window.calls.push(message.func);
    window.messages.push({ func: message.func, args: message.args });
    const reply = (args) => frame.contentWindow.postMessage({ id: message.id, args }, '*');
    switch (message.func) {
      case 'initialize':
        return reply([context.frameContext, 'web', '2.0.0', '2.0.0']);
      case 'getContext':
        return reply([context]);
      case 'authentication.getAuthToken':
        return reply([true, token]);
      case 'settings.setSettings':
        return reply([true]);
      default:
        return reply([]);
    }
  });
  window.pressSave = () => frame.contentWindow.postMessage({ func: 'settings.save', args: [{}] }, '*');
  window.setTeamsTheme = (theme) => frame.contentWindow.postMessage({ func: 'themeChange', args: [theme] }, '*');
</script>
</body></html>`;
}
