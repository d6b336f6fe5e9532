import type { AfbudFollowers } from '../app/afbud-followers.ts';
import type { UseCases } from '../app/use-cases.ts';
import type { Capability } from './capability.ts';
import { council } from './council.ts';
import { hearings } from './hearings.ts';
import { meetings } from './meetings.ts';
import { discussions } from './discussions.ts';

/**
 * Every capability of the product: adding one is its folders plus one line
 * here. The council comes first: every other capability builds on its
 * roster, seats and afbud.
 */
export const capabilities: readonly Capability[] = [council, hearings, meetings, discussions];

/**
 * The order the chat surfaces list the capabilities in (help, commands):
 * what members do most comes first, so the council's own part (afbud,
 * binding a conversation) comes last. The command line keeps the list's
 * order: the secretariat sets the council up before anything else.
 */
export const inChatOrder = (list: readonly Capability[]): readonly Capability[] => [
  ...list.filter((capability) => capability !== council),
  ...list.filter((capability) => capability === council),
];

/** Every capability's Slack part, loaded (Bolt comes with them). */
export const slackParts = (list: readonly Capability[] = capabilities) =>
  Promise.all(inChatOrder(list).flatMap((capability) => capability.slack?.() ?? []));

/** Every capability's Teams part, loaded (the Agents SDK comes with them). */
export const teamsParts = (list: readonly Capability[] = capabilities) =>
  Promise.all(inChatOrder(list).flatMap((capability) => capability.teams?.() ?? []));

/** Every capability's own HTTP routes, loaded (the service serves them beside the chat surfaces). */
export const httpParts = (list: readonly Capability[] = capabilities) =>
  Promise.all(list.flatMap((capability) => capability.http?.() ?? []));

/** Every capability's command-line part, in the list's order. */
export const cliParts = (list: readonly Capability[] = capabilities) =>
  list.flatMap((capability) => capability.cli ?? []);

/** Each capability that follows afbud (a group discussion inviting the suppleant …), registered once. */
export function followAfbud(
  followers: AfbudFollowers,
  useCases: UseCases,
  list: readonly Capability[] = capabilities,
): void {
  for (const capability of list) {
    const follower = capability.followsAfbud?.(useCases);
    if (follower !== undefined) followers.follow(follower);
  }
}

export type { Capability } from './capability.ts';
