import { Worker } from 'bullmq';
import { closeAtDeadline } from '../../app/hearings/close-hearing.ts';
import {
  closeHearingPayload,
  hearingQueueNames,
  type CloseHearingPayload,
} from './hearing-queues.ts';
import { parsePayload, workerOptions, type WorkerSettings } from '../worker-settings.ts';

export type CloseHearingDeps = Parameters<typeof closeAtDeadline>[0];

/** Closes a hearing at its deadline; closeAtDeadline makes repeats and stale jobs harmless. */
export function createCloseHearingWorker(deps: CloseHearingDeps, settings: WorkerSettings) {
  return new Worker<CloseHearingPayload, string>(
    hearingQueueNames.closeHearing,
    async (job) => {
      const { councilId, hearingId, deadline } = parsePayload(closeHearingPayload, job.data);
      return closeAtDeadline(deps, councilId, hearingId, deadline);
    },
    workerOptions(settings),
  );
}
