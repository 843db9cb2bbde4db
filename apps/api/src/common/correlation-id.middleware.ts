import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

export const CORRELATION_HEADER = 'x-correlation-id';
const SAFE = /^[\w.-]{1,100}$/;

export interface CorrelatedRequest extends Request {
  correlationId: string;
}

/** Takes the caller's correlation id when it is a safe token, otherwise makes one; echoes it back. */
export function correlationId(req: Request, res: Response, next: NextFunction): void {
  const given = req.header(CORRELATION_HEADER);
  const id = given && SAFE.test(given) ? given : randomUUID();
  (req as CorrelatedRequest).correlationId = id;
  res.setHeader(CORRELATION_HEADER, id);
  next();
}
