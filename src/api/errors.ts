/**
 * The one error handler: CallRedactError -> {error:{code,message}} with its httpStatus; anything
 * else -> 500 with a generic message (foreign messages may quote input). Details are returned
 * only for client errors, whose details are PII-free by contract.
 */
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { errorFields } from '../log.js';
import { coerceError, withoutPaths, InputError, NotFoundError, PayloadTooLargeError } from '../errors.js';

export const notFound: RequestHandler = (_req, _res, next) => {
  next(new NotFoundError('no such endpoint'));
};

/**
 * express.json (body-parser) signals a bad body with a `type`; its own messages may quote the body
 * (a JSON parse error shows the text around the fault), so each gets a message of ours. Before
 * this, a malformed JSON body was answered 500 INTERNAL and logged as a server error.
 */
const BODY_ERRORS: Record<string, string> = {
  'entity.parse.failed': 'request body is not valid JSON',
  'encoding.unsupported': 'unsupported content encoding',
  'charset.unsupported': 'unsupported charset',
  'request.aborted': 'request aborted',
  'request.size.invalid': 'request body size does not match its Content-Length',
  'parameters.too.many': 'too many parameters',
};

function knownBodyError(err: unknown): unknown {
  const type = (err as { type?: unknown } | null)?.type;
  if (type === 'entity.too.large') return new PayloadTooLargeError('request body too large');
  if (typeof type === 'string' && BODY_ERRORS[type]) return new InputError(BODY_ERRORS[type]!);
  return err;
}

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err: unknown, _req, res, _next) => {
    const known = knownBodyError(err);
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
