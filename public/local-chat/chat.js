// The local chat page: plays the Teams client against samrad over the Bot Framework protocol.
// Messages and card actions are activities posted to /api/messages; the bot's replies arrive at
// /chat/connector (the serviceUrl we give it) and are streamed back here as server-sent events.
(function () {
  'use strict';

  const conversationId = 'local-' + Math.random().toString(36).slice(2, 10);
  const serviceUrl = window.location.origin + '/chat/connector';
  const messages = document.getElementById('messages');
  const who = document.getElementById('who');
  const toast = document.getElementById('toast');
  const byActivityId = new Map();

  const markdown = window.markdownit ? window.markdownit({ linkify: true }) : null;
  AdaptiveCards.AdaptiveCard.onProcessMarkdown = function (text, result) {
    if (!markdown) return;
    result.outputHtml = markdown.render(text);
    result.didProcess = true;
  };

  function sender() {
    const option = who.selectedOptions[0];
    const aadObjectId = who.value || null;
    return {
      id: 'local-user-' + (aadObjectId || 'unknown'),
      name: option ? option.textContent : 'Okänd',
      aadObjectId: aadObjectId || undefined,
    };
  }

  function activity(fields) {
    return Object.assign(
      {
        id: 'local-' + Date.now() + '-' + Math.random().toString(36).slice(2, 6),
        timestamp: new Date().toISOString(),
        channelId: 'msteams',
        serviceUrl: serviceUrl,
        from: sender(),
        recipient: { id: 'samrad-bot', name: 'samrad' },
        conversation: { id: conversationId, conversationType: 'personal' },
        locale: 'sv-SE',
      },
      fields,
    );
  }

  function showToast(text) {
    toast.textContent = text;
    toast.hidden = false;
    clearTimeout(showToast.timer);
    showToast.timer = setTimeout(function () {
      toast.hidden = true;
    }, 3000);
  }

  function post(body) {
    return fetch('/api/messages', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  }

  // As Teams does for Universal Actions: a card whose refresh lists this user is swapped at once
  // for the user's own view of it (their vote marked, the chair's controls).
  function refreshFor(content, container) {
    const refresh = content && content.refresh;
    const me = who.value;
    if (!refresh || !refresh.action || !me || !(refresh.userIds || []).includes(me)) return;
    execute(refresh.action, container, true);
  }

  function renderCard(content, container) {
    const card = new AdaptiveCards.AdaptiveCard();
    card.parse(content);
    card.onExecuteAction = function (action) {
      if (action instanceof AdaptiveCards.ExecuteAction) {
        execute(action, container);
      } else if (action instanceof AdaptiveCards.OpenUrlAction) {
        window.open(action.url, '_blank', 'noopener');
      }
    };
    container.replaceChildren(card.render());
  }

  async function execute(action, container, automatic) {
    const response = await post(
      activity({
        type: 'invoke',
        name: 'adaptiveCard/action',
        value: {
          action: { type: 'Action.Execute', id: action.id, verb: action.verb, data: action.data },
          trigger: automatic ? 'automatic' : 'manual',
        },
      }),
    );
    const answer = await response.json().catch(function () {
      return null;
    });
    if (!answer) return showToast('Inget svar från boten (' + response.status + ').');
    if (answer.type === 'application/vnd.microsoft.card.adaptive') renderCard(answer.value, container);
    else if (answer.type === 'application/vnd.microsoft.error')
      showToast(answer.value && answer.value.message);
    else if (typeof answer.value === 'string') showToast(answer.value);
  }

  function addMessage(kind) {
    const element = document.createElement('div');
    element.className = 'message ' + kind;
    messages.appendChild(element);
    messages.scrollTop = messages.scrollHeight;
    return element;
  }

  function showBotActivity(botActivity, element) {
    const cards = (botActivity.attachments || []).filter(function (a) {
      return a.contentType === 'application/vnd.microsoft.card.adaptive';
    });
    if (cards.length > 0) {
      renderCard(cards[0].content, element);
      refreshFor(cards[0].content, element);
    } else element.textContent = botActivity.text || '';
  }

  const events = new EventSource('/chat/events/' + conversationId);
  events.onmessage = function (message) {
    const event = JSON.parse(message.data);
    if (event.activity.type && event.activity.type !== 'message') return;
    const existing = event.kind === 'update' ? byActivityId.get(event.activity.id) : null;
    const element = existing || addMessage('bot');
    byActivityId.set(event.activity.id, element);
    showBotActivity(event.activity, element);
    messages.scrollTop = messages.scrollHeight;
  };

  document.getElementById('composer').addEventListener('submit', function (submit) {
    submit.preventDefault();
    const input = document.getElementById('text');
    const text = input.value.trim();
    if (!text) return;
    addMessage('user').textContent = text;
    input.value = '';
    post(activity({ type: 'message', text: text }));
  });

  fetch('/chat/roster')
    .then(function (response) {
      return response.json();
    })
    .then(function (people) {
      people.forEach(function (person) {
        const option = document.createElement('option');
        option.value = person.aadObjectId;
        option.textContent = person.name;
        who.appendChild(option);
      });
    });
})();
