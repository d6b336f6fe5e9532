// A vitest `test` with a running Rådsbot + Slack surface per test (fresh
// prefix, fresh fake Slack), stopped and cleaned afterwards:
//
//   slackTest('a member votes', async ({ bot }) => { ... });
import { inject, test } from 'vitest';
import { startSlackHarness, type SlackHarness, type SlackHarnessOptions } from './slack-harness.ts';

export function slackTestWith(options: Omit<SlackHarnessOptions, 'redisUrl' | 'label'> = {}) {
  return test.extend<{ bot: SlackHarness }>({
    bot: async ({ task }, use) => {
      const bot = await startSlackHarness({
        ...options,
        redisUrl: inject('redisUrl'),
        label: task.name,
      });
      try {
        await use(bot);
      } finally {
        if (task.result?.state === 'fail') console.error(bot.logs.slice(-30).join(''));
        await bot.stop();
      }
    },
  });
}

export const slackTest = slackTestWith();
