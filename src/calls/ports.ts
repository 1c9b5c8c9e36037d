/**
 * What a call's life needs from the job queue, as an interface: src/queue implements it with
 * BullMQ and the processes that own a queue connection inject it. Keeps src/calls free of Redis.
 */
import type { CallJobData, Lane } from './job.js';

export interface CallFailure {
  code: string;
  message: string;
}

export interface CallQueue {
  /** false while the queue's connection is down (the reconciler then waits) */
  readonly available: boolean;
  /**
   * Adds the call's job unless a live or completed job of the same call exists; a failed one is
   * replaced. Throws UnavailableError, fast, while the queue is unreachable.
   */
  enqueue(lane: Lane, job: CallJobData): Promise<void>;
  /** The state of the call's job and, for a failed job, why; null when the queue holds none. */
  jobState(lane: Lane, callId: string): Promise<{ state: string; failure: CallFailure | null } | null>;
}

/** Schedules the completion webhook of a call (the queue delivers it, with retries). */
export type WebhookScheduler = (callId: string) => Promise<void>;
