import { createMeetingUseCases } from '../app/meetings/meeting-use-cases.ts';
import { meetingsCli } from '../bot/cli/meetings/meetings-cli.ts';
import { meetingErrorCodes } from '../domain/meetings/errors.ts';
import { catalog } from '../i18n/meetings/index.ts';
import type { Capability } from './capability.ts';

/**
 * Meetings (rådsmøder): the agenda, importing real agendas and minutes, and
 * later decisions, attendance and the referat. Command line only so far.
 */
export const meetings: Capability = {
  name: 'meetings',
  useCases: createMeetingUseCases,
  messages: catalog,
  errorCodes: meetingErrorCodes,
  cli: meetingsCli,
};
