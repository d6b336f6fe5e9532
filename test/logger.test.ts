import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.ts';

function capture() {
  const lines: Record<string, unknown>[] = [];
  return { lines, write: (line: string) => void lines.push(JSON.parse(line)) };
}

describe('createLogger', () => {
  it('writes one JSON object per line, with level, time and message', () => {
    const out = capture();
    createLogger('info', out).info({ councilId: 'c1' }, 'hearing opened');
    expect(out.lines).toEqual([
      expect.objectContaining({
        level: 30,
        name: 'raadsbot',
        councilId: 'c1',
        msg: 'hearing opened',
      }),
    ]);
    expect(String(out.lines[0]?.time)).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('drops lines below the chosen level', () => {
    const out = capture();
    const logger = createLogger('warn', out);
    logger.info('quiet');
    logger.warn('loud');
    expect(out.lines.map((line) => line.msg)).toEqual(['loud']);
  });

  it('never writes tokens or secrets', () => {
    const out = capture();
    createLogger('info', out).info(
      { slack: { botToken: 'xoxb-secret' }, token: 't0k' },
      'starting',
    );
    expect(JSON.stringify(out.lines)).not.toMatch(/xoxb-secret|t0k/);
  });
});
