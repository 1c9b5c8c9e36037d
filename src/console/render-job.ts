/**
 * The queued re-render of a corrected version: what its job carries (ids only, never PII) and the
 * port the API hands it to (src/queue implements it with BullMQ; without one, the version is
 * rendered in the calling process).
 */
import { z } from 'zod';
import { callIdSchema } from '../calls/job.js';

/** The job's name on the interactive lane (the worker dispatches on it). */
export const RENDER_JOB_NAME = 'render-version';

export const renderJobSchema = z
  .object({
    callId: callIdSchema,
    version: z.number().int().min(2),
    /**
     * when the version was reserved: a version number taken again after a failure is another
     * render, and a job of the earlier one must not publish over it
     */
    reservedAt: z.iso.datetime(),
  })
  .strict();
export type RenderJobData = z.infer<typeof renderJobSchema>;

export interface VersionRenderQueue {
  /** Adds the render job; throws UnavailableError, fast, while the queue is unreachable. */
  enqueue(job: RenderJobData): Promise<void>;
}
