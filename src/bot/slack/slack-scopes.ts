/**
 * The bot scopes Rådsbot asks for, the same list as manifests/slack/manifest.yaml
 * (a test keeps them equal): commands for /hoering, /raad and the shortcut;
 * chat:write to post, update and answer ephemerally; im:write to open the DM
 * a reminder goes to; files:read to read an agenda a secretary shares with
 * the bot in its DM. App Home and modals need no scope.
 */
export const botScopes = ['commands', 'chat:write', 'im:write', 'files:read'] as const;
