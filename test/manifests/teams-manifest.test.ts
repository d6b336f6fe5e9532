/**
 * manifests/teams: the manifest (schema v1.30, placeholders filled at build),
 * its icons, and the package scripts/build-teams-package.ts makes. The schema
 * is the v1.30 MicrosoftTeams.schema.json kept in test/schemas (see
 * test/support/validate-json-schema.ts for where it comes from).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import {
  buildTeamsManifest,
  buildTeamsPackage,
  fillPlaceholders,
  type TeamsPackageValues,
} from '../../scripts/build-teams-package.js';
import { makeTeamsIcons } from '../../scripts/make-teams-icons.js';
import { createTeamsManifestValidator } from '../support/validate-json-schema.js';

const dir = new URL('../../manifests/teams/', import.meta.url);
const template = readFileSync(new URL('manifest.json', dir), 'utf8');

const VALUES: TeamsPackageValues = {
  TEAMS_APP_ID: '6b1f2c3d-4e5a-4b6c-8d7e-9f0a1b2c3d4e',
  TEAMS_BOT_ID: '0b7e4c1a-6d2f-4a8b-9c3e-7f5d1a2b3c4d',
  BOT_DOMAIN: 'raadsbot.example.dk',
};

interface TeamsManifest {
  manifestVersion: string;
  id: string;
  localizationInfo: { defaultLanguageTag: string };
  name: { short: string };
  developer: { websiteUrl: string };
  icons: { color: string; outline: string };
  bots: {
    botId: string;
    scopes: string[];
    commandLists: { scopes: string[]; commands: { title: string; description?: string }[] }[];
  }[];
  validDomains: string[];
}

/** Width, height, colour type and RGBA pixels of a non-interlaced 8-bit PNG (any row filters). */
function decodePng(png: Buffer): {
  width: number;
  height: number;
  colorType: number;
  rgba: Uint8Array;
} {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const colorType = png.readUInt8(25);
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT')
      idat.push(png.subarray(at + 8, at + 8 + length));
    at += length + 12;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const rgba = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)] ?? 0;
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x] ?? 0;
      const left = x >= 4 ? (rgba[y * stride + x - 4] ?? 0) : 0;
      const up = y > 0 ? (rgba[(y - 1) * stride + x] ?? 0) : 0;
      const upLeft = x >= 4 && y > 0 ? (rgba[(y - 1) * stride + x - 4] ?? 0) : 0;
      const paeth = (): number => {
        const p = left + up - upLeft;
        const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
        return pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      };
      const predictor = [0, left, up, (left + up) >> 1, filter === 4 ? paeth() : 0][filter] ?? 0;
      rgba[y * stride + x] = (value + predictor) & 0xff;
    }
  }
  return { width, height, colorType, rgba };
}

describe('Teams app manifest', () => {
  const validate = createTeamsManifestValidator();
  const manifest = buildTeamsManifest(VALUES) as unknown as TeamsManifest;

  it("with its placeholders filled is valid against Teams' v1.30 manifest schema", () => {
    expect(validate(manifest)).toEqual({ valid: true, errors: [] });
    expect(manifest.manifestVersion).toBe('1.30');
  });

  it('the schema copy catches a broken manifest (it is not a no-op)', () => {
    const broken = { ...manifest, bots: [{ ...manifest.bots[0], scopes: ['everywhere'] }] };
    const { valid, errors } = validate(broken);
    expect(valid).toBe(false);
    expect(errors.join('\n')).toContain('/bots/0/scopes/0');
  });

  it('keeps ids and the domain as build-time placeholders in the repository', () => {
    expect([...template.matchAll(/\$\{\{([A-Z_]+)\}\}/g)].map((m) => m[1]).sort()).toEqual([
      'BOT_DOMAIN',
      'BOT_DOMAIN',
      'BOT_DOMAIN',
      'BOT_DOMAIN',
      'TEAMS_APP_ID',
      'TEAMS_BOT_ID',
    ]);
    expect(manifest).toMatchObject({
      id: VALUES.TEAMS_APP_ID,
      bots: [{ botId: VALUES.TEAMS_BOT_ID }],
      validDomains: [VALUES.BOT_DOMAIN],
      developer: { websiteUrl: `https://${VALUES.BOT_DOMAIN}/` },
    });
  });

  it('is Danish first: Danish default language, name and commands', () => {
    expect(manifest.localizationInfo.defaultLanguageTag).toBe('da-dk');
    expect(manifest.name.short).toBe('Rådsbot');
    const [bot] = manifest.bots;
    expect(bot?.scopes).toEqual(['personal', 'team', 'groupChat']);
    const commands = bot?.commandLists.flatMap((list) => list.commands) ?? [];
    expect(commands.map((c) => c.title)).toEqual([
      'hjælp',
      'ny høring',
      'mine høringer',
      'afbud',
      'næste møde',
      'dagsorden',
      'offentliggør',
      'referat',
      'opfølgning',
      'fremmøde',
    ]);
    // Teams shows at most 10 commands; a title up to 32 characters, a description up to 128.
    expect(commands.length).toBeLessThanOrEqual(10);
    for (const command of commands) {
      expect(command.title.length).toBeLessThanOrEqual(32);
      expect(command.description?.length ?? 0).toBeGreaterThan(10);
      expect(command.description?.length ?? 0).toBeLessThanOrEqual(128);
    }
    expect(bot?.commandLists[0]?.scopes).toEqual(['personal', 'team', 'groupChat']);
  });

  it('refuses to build with a missing or malformed value, naming it', () => {
    expect(() => fillPlaceholders(template, { ...VALUES, TEAMS_APP_ID: '' })).toThrow(
      /TEAMS_APP_ID must be a GUID/,
    );
    expect(() =>
      fillPlaceholders(template, { ...VALUES, BOT_DOMAIN: 'https://raadsbot.example.dk/api' }),
    ).toThrow(/BOT_DOMAIN must be a host name/);
    expect(() => fillPlaceholders('"${{UNKNOWN_THING}}"', VALUES)).toThrow(
      /no value for placeholder \$\{\{UNKNOWN_THING\}\}/,
    );
  });
});

describe('Teams app icons', () => {
  const color = decodePng(readFileSync(new URL('color.png', dir)));
  const outline = decodePng(readFileSync(new URL('outline.png', dir)));

  it('color.png is a 192×192 RGBA PNG', () => {
    expect([color.width, color.height, color.colorType]).toEqual([192, 192, 6]);
  });

  it('outline.png is a 32×32 RGBA PNG, white on a transparent background', () => {
    expect([outline.width, outline.height, outline.colorType]).toEqual([32, 32, 6]);
    const pixels = Array.from({ length: 32 * 32 }, (_, i) =>
      Array.from(outline.rgba.subarray(i * 4, i * 4 + 4)),
    );
    const visible = pixels.filter(([, , , a]) => (a ?? 0) > 0);
    expect(visible.length).toBeGreaterThan(100);
    expect(visible.every(([r, g, b]) => r === 255 && g === 255 && b === 255)).toBe(true);
    expect(pixels[0]?.[3]).toBe(0); // corner: transparent
  });

  it('the committed icons are exactly what scripts/make-teams-icons.ts draws', () => {
    for (const { file, png } of makeTeamsIcons())
      expect(readFileSync(new URL(file, dir)).equals(png), file).toBe(true);
  });
});

describe('Teams app package', () => {
  const out = mkdtempSync(join(tmpdir(), 'raadsbot-teams-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('is a zip with the filled manifest and both icons at its root', async () => {
    const path = await buildTeamsPackage(VALUES, join(out, 'raadsbot-teams.zip'));
    const zip = await JSZip.loadAsync(readFileSync(path));

    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const packed = JSON.parse(
      (await zip.file('manifest.json')?.async('string')) ?? '{}',
    ) as TeamsManifest;
    expect(packed.id).toBe(VALUES.TEAMS_APP_ID);
    expect(JSON.stringify(packed)).not.toContain('${{');
    const packedOutline = await zip.file('outline.png')?.async('nodebuffer');
    expect(packedOutline?.equals(readFileSync(new URL('outline.png', dir)))).toBe(true);
  });
});
