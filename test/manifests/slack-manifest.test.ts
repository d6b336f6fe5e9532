/**
 * manifests/slack/manifest.yaml against Slack's manifest JSON schema (copied
 * verbatim from slackapi/manifest-schema, schemas/manifest.schema.1.0.0.json,
 * commit 19557f58d932d71155ce85c581dc7c72637abe1c) plus the rules the schema
 * does not express and the choices we made (scopes, URLs, ids).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createSlackManifestValidator, type SchemaResult } from '../support/slack-schema.js';

interface SlackManifest {
  display_information: { name: string; description?: string; background_color?: string };
  features: {
    app_home?: { home_tab_enabled?: boolean; messages_tab_enabled?: boolean };
    slash_commands: { command: string; url: string; description: string; usage_hint?: string }[];
    shortcuts: { name: string; type: string; callback_id: string }[];
  };
  oauth_config: { scopes: { bot: string[] }; redirect_urls: string[] };
  settings: {
    event_subscriptions: { request_url: string; bot_events: string[] };
    interactivity: { is_enabled: boolean; request_url: string };
    socket_mode_enabled: boolean;
    token_rotation_enabled: boolean;
  };
}

const manifestText = readFileSync(
  new URL('../../manifests/slack/manifest.yaml', import.meta.url),
  'utf8',
);
const manifest = parse(manifestText) as SlackManifest;
let validate: (m: unknown) => SchemaResult;

beforeAll(() => {
  validate = createSlackManifestValidator();
});

describe('Slack app manifest', () => {
  it("is valid against Slack's manifest schema", () => {
    const result = validate(manifest);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('the schema check is not vacuous: it rejects broken manifests', () => {
    const broken = structuredClone(manifest) as unknown as Record<string, Record<string, unknown>>;
    const features = broken.features as {
      slash_commands: { command: string }[];
      shortcuts: { name: string }[];
    };
    features.slash_commands[0]!.command = 'hoering'; // no leading slash
    features.shortcuts[0]!.name = 'A shortcut name longer than 24';
    (broken.settings as Record<string, unknown>).unknown_setting = true;
    const result = validate(broken);
    expect(result.valid).toBe(false);
    expect(result.errors.join('\n')).toMatch(/slash_commands\/0\/command must match pattern/);
    expect(result.errors.join('\n')).toMatch(
      /shortcuts\/0\/name must NOT have more than 24 characters/,
    );
    expect(result.errors.join('\n')).toMatch(/additional properties/);
  });

  it('has slash command names Slack accepts: lowercase ASCII, no ø', () => {
    const commands = manifest.features.slash_commands.map((c) => c.command);
    expect(commands).toEqual(['/hoering', '/raad']);
    for (const c of commands) expect(c).toMatch(/^\/[a-z0-9_-]{1,31}$/);
  });

  it('/raad names its subcommands in the usage hint', () => {
    const raad = manifest.features.slash_commands.find((c) => c.command === '/raad');
    expect(raad?.usage_hint).toBe(
      'hjaelp | ny | mine | afbud | næste | nyt møde | dagsorden | offentliggør | referat | opfølgning | fremmøde',
    );
    expect(raad?.description).toContain(
      'møder (næste møde, dagsorden, referat, opfølgning, fremmøde)',
    );
    // Slack cuts a slash command's description at 100 characters in its menu.
    expect(raad?.description.length).toBeLessThanOrEqual(100);
  });

  it('declares the "Send i høring" message shortcut', () => {
    expect(manifest.features.shortcuts).toEqual([
      expect.objectContaining({
        name: 'Send i høring',
        type: 'message',
        callback_id: 'send_to_hearing',
      }),
    ]);
  });

  it('asks for the smallest set of bot scopes', () => {
    expect(manifest.oauth_config.scopes.bot).toEqual([
      'commands',
      'chat:write',
      'im:write',
      'files:read',
    ]);
  });

  it('hears of files shared with the bot (an agenda in its DM), never of typed DMs', () => {
    expect(manifest.settings.event_subscriptions.bot_events).toContain('file_shared');
    expect(manifest.settings.event_subscriptions.bot_events).not.toContain('message.im');
  });

  it('sends commands, interactivity and events to the one Bolt endpoint', () => {
    const urls = [
      ...manifest.features.slash_commands.map((c) => c.url),
      manifest.settings.interactivity.request_url,
      manifest.settings.event_subscriptions.request_url,
    ];
    for (const u of urls) expect(new URL(u).pathname).toBe('/slack/events');
    expect(new URL(manifest.oauth_config.redirect_urls[0] ?? '').pathname).toBe(
      '/slack/oauth_redirect',
    );
  });

  it('enables the Home tab, interactivity and app_home_opened; HTTP mode, no token rotation', () => {
    expect(manifest.features.app_home).toMatchObject({
      home_tab_enabled: true,
      messages_tab_enabled: true,
    });
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.event_subscriptions.bot_events).toContain('app_home_opened');
    expect(manifest.settings.socket_mode_enabled).toBe(false);
    expect(manifest.settings.token_rotation_enabled).toBe(false);
  });

  it('background_color is a hex colour (the schema states it with a non-standard `regex` key)', () => {
    expect(manifest.display_information.background_color).toMatch(
      /^#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?$/,
    );
  });
});
