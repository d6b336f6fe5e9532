import { Worker } from 'bullmq';
import {
  closeMinutesAtDeadline,
  type MinutesDeadlineRun,
} from '../../app/meetings/close-minutes-approval.ts';
import {
  meetingQueueNames,
  minutesDeadlinePayload,
  type MinutesDeadlinePayload,
} from './meeting-queues.ts';
import { parsePayload, workerOptions, type WorkerSettings } from '../worker-settings.ts';

export type MinutesDeadlineDeps = Parameters<typeof closeMinutesAtDeadline>[0];

/** Marks the minutes approved at their deadline; a stale or repeated job does nothing. */
export function createMinutesDeadlineWorker(deps: MinutesDeadlineDeps, settings: WorkerSettings) {
  return new Worker<MinutesDeadlinePayload, MinutesDeadlineRun>(
    meetingQueueNames.minutesDeadline,
    async (job) => {
      const { councilId, meetingId, deadline } = parsePayload(minutesDeadlinePayload, job.data);
      return closeMinutesAtDeadline(deps, councilId, meetingId, deadline);
    },
    workerOptions(settings),
  );
}
