/**
 * The one error handler: CallRedactError -> {error:{code,message}} with its httpStatus; anything
 * else -> 500 with a generic message (foreign messages may quote input). Details are returned
 * only for client errors, whose details are PII-free by contract.
 */
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { errorFields } from '../log.js';
import { coerceError, withoutPaths, NotFoundError, PayloadTooLargeError } from '../errors.js';

export const notFound: RequestHandler = (_req, _res, next) => {
  next(new NotFoundError('no such endpoint'));
};

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err: unknown, _req, res, _next) => {
    // express.json and friends signal oversize bodies with status 413 and type entity.too.large
    const known =
      (err as { type?: string }).type === 'entity.too.large'
        ? new PayloadTooLargeError('request body too large')
        : err;
    // no server path in any answer (e.g. an upload's temp file named in a parse error)
    const error = withoutPaths(coerceError(known));
    if (error.httpStatus >= 500) {
      logger.error(errorFields(known), 'request failed');
    }
    if (res.headersSent) {
      res.destroy();
      return;
    }
    const body: { code: string; message: string; details?: Record<string, unknown> } = {
      code: error.code,
      message: error.message,
    };
    if (error.details && (error.httpStatus < 500 || error.httpStatus === 503)) body.details = error.details;
    res.status(error.httpStatus).json({ error: body });
  };
}
