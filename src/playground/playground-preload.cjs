// Loaded into the Agents Playground's process (`node -r <this> cli.js`) by
// src/playground/start-playground.ts. Two things the Playground cannot be
// told by configuration:
//
// 1. Loopback only. Its server calls listen(port) without a host (all
//    interfaces); such calls are pinned to 127.0.0.1, so the unauthenticated
//    try-out is reachable from this machine only.
//
// 2. Every browser tab is its own person. The Playground (0.2.x) has one
//    current user: it sends everything typed as that user, shows the personal
//    chat of that user only, and tells the bot that user installed the app.
//    The persona proxy (persona-proxy.ts) makes each tab a different user and
//    gives each their own personal chat; here the Playground's server learns
//    to go along:
//    - a typed message reaches the bot, and the other tabs, from the user who
//      typed it (the client already names them in `from.id`, as it does for
//      card clicks, which the Playground honours);
//    - opening a personal chat installs the app as the chat's own user;
//    - a personal chat's messages go only to the tabs of that chat's user
//      (the proxy tags each tab's WebSocket with `x-raadsbot-user`); other
//      conversations go to every tab, as before.
//    Should a Playground release rename what is patched, it stops at start
//    with "Rådsbot preload:" in its output rather than half work.
'use strict';

const net = require('node:net');
const path = require('node:path');

const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  if (typeof args[0] === 'number' && (args.length === 1 || typeof args[1] === 'function'))
    args.splice(1, 0, '127.0.0.1');
  return listen.apply(this, args);
};

const fail = (what) => {
  throw new Error(
    `Rådsbot preload: the Agents Playground has no ${what}; update src/playground/playground-preload.cjs`,
  );
};

// The Playground is one webpack bundle whose services all come from one
// `Factory` class that it does not export. While the bundle is compiled, one
// statement is added after `exports.Factory=Factory` to hand it over. This is
// the very module cli.js loads next (`require("./dist")`), so the same Factory.
const Module = require('node:module');
const bundle = require.resolve(path.resolve(path.dirname(process.argv[1]), 'dist'));
const FACTORY = Symbol.for('raadsbot.playground.factory');
const compile = Module.prototype._compile;
Module.prototype._compile = function (content, filename) {
  if (filename === bundle) {
    const anchor = 'exports.Factory=Factory}';
    if (content.split(anchor).length !== 2) fail(`single "${anchor}" in ${filename}`);
    content = content.replace(
      anchor,
      'exports.Factory=Factory,globalThis[Symbol.for("raadsbot.playground.factory")]=Factory}',
    );
  }
  return compile.call(this, content, filename);
};
require(bundle);
Module.prototype._compile = compile;
const Factory = globalThis[FACTORY];
if (typeof Factory !== 'function') fail('Factory class');

/** Patches the instance one of Factory's static getters returns, once. */
function onInstance(getter, patch) {
  const original = Factory[getter];
  if (typeof original !== 'function') fail(`Factory.${getter}`);
  let patched;
  Factory[getter] = function (...args) {
    const instance = original.apply(this, args);
    if (instance && instance !== patched) {
      patch(instance);
      patched = instance;
    }
    return instance;
  };
}

function wrap(instance, name, wrapper) {
  const original = instance[name];
  if (typeof original !== 'function') fail(`${instance.constructor?.name ?? 'object'}.${name}`);
  instance[name] = wrapper(original.bind(instance));
}

/** The user `getMe()` answers with during a synchronous call, instead of the configured one. */
let acting;
function actingAs(userId, run) {
  const before = acting;
  acting = userId ?? before;
  try {
    return run();
  } finally {
    acting = before;
  }
}

let configuredMe;
onInstance('getTenantManager', (tenants) => {
  wrap(tenants, 'getMe', (getMe) => {
    configuredMe = getMe;
    return () => (acting ? tenants.getUser(acting) : getMe());
  });
});
/** The config file's current user: a tab the proxy has not tagged (e.g. the Playground's own port). */
const configuredUserId = () => {
  Factory.getTenantManager();
  return configuredMe().id;
};

const typedBy = (message) =>
  message && message.createdBy === 'client' ? message.content?.from?.id : undefined;

/** The user of a personal chat, or undefined for any other conversation. */
function personalChatUsers(conversationId) {
  try {
    const parent = Factory.getConversationManager().getConversationParent(conversationId);
    if (parent?.type !== 'personal') return undefined;
    return Factory.getChatManager()
      .getChatUsers(parent.id)
      .map((user) => user.id);
  } catch {
    return undefined;
  }
}

onInstance('getMessageActivityGenerator', (generator) => {
  wrap(
    generator,
    'generateMessageActivityFromMessage',
    (generate) => (message) => actingAs(typedBy(message), () => generate(message)),
  );
});

// Both read getMe() before their first await, so actingAs covers them.
onInstance('getInstallationUserBotAccessor', (accessor) => {
  wrap(
    accessor,
    'sendInstallationUpdateActivity',
    (send) => (conversationId) =>
      actingAs(personalChatUsers(conversationId)?.[0], () => send(conversationId)),
  );
});
onInstance('getConversationUpdateUserBotAccessor', (accessor) => {
  wrap(
    accessor,
    'sendInstallationMemberAddedActivity',
    (send) => (conversationId) =>
      actingAs(personalChatUsers(conversationId)?.[0], () => send(conversationId)),
  );
});

const USER = Symbol('raadsbot user');
onInstance('getConversationWebSocket', (socket) => {
  wrap(socket, 'init', (init) => (wss) => {
    const handleUpgrade = wss.handleUpgrade.bind(wss);
    wss.handleUpgrade = (request, stream, head, done) =>
      handleUpgrade(request, stream, head, (ws) => {
        const user = request.headers['x-raadsbot-user'];
        if (typeof user === 'string' && user) ws[USER] = user;
        done(ws);
      });
    return init(wss);
  });
  wrap(
    socket,
    'convertMessage',
    (convert) => (message) => actingAs(typedBy(message), () => convert(message)),
  );
  // Replaced by the per-tab choice in send(): "not the current user's chat" no longer means "nobody's".
  wrap(socket, 'isOtherUserChat', () => () => false);
  wrap(socket, 'send', (send) => (data) => {
    const users = personalChatUsers(data?.actionConversationId);
    if (!users) return send(data);
    const everyone = socket.wsArr;
    if (!Array.isArray(everyone)) fail('ConversationWebSocket.wsArr');
    const chosen = everyone.filter((ws) => users.includes(ws[USER] ?? configuredUserId()));
    // Another person's chat, no tab of theirs open: nothing to show (and not buffered for the next tab).
    if (chosen.length === 0) return Promise.resolve();
    socket.wsArr = chosen;
    try {
      return send(data);
    } finally {
      socket.wsArr = everyone;
    }
  });
});
