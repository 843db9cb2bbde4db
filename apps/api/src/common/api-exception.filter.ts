import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { ApiError } from '@nianbao/api-contract';
import { Prisma } from '@nianbao/db';

/**
 * Every error leaves the API as an ApiError. Client mistakes keep their 4xx status and say what was
 * wrong; only a fault of the server itself is a 500, logged with its stack and answered vaguely.
 */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger(ApiExceptionFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const req = http.getRequest<Request & { correlationId?: string }>();
    const res = http.getResponse<Response>();
    const body = this.toApiError(exception);
    if (body.statusCode >= 500) {
      this.logger.error(`[${req.correlationId ?? '-'}] ${req.method} ${req.originalUrl}: ${(exception as Error)?.stack ?? String(exception)}`);
    }
    res.status(body.statusCode).json(body);
  }

  private toApiError(e: unknown): ApiError {
    if (e instanceof HttpException) {
      const status = e.getStatus();
      const response = e.getResponse();
      const message = typeof response === 'string' ? response : messageOf((response as { message?: unknown }).message) ?? e.message;
      return { statusCode: status, error: HttpStatus[status] ?? 'Error', message };
    }
    // Errors raised by Express middleware (body parser): they carry the status they mean.
    const status = (e as { status?: unknown; statusCode?: unknown })?.status ?? (e as { statusCode?: unknown })?.statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      const type = (e as { type?: string }).type;
      const message =
        type === 'entity.too.large' ? '请求体过大' : type === 'entity.parse.failed' ? '请求体不是有效的 JSON' : ((e as Error).message ?? 'bad request');
      return { statusCode: status, error: HttpStatus[status] ?? 'Error', message };
    }
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2025') {
      return { statusCode: 404, error: 'NOT_FOUND', message: '记录不存在' };
    }
    // A reference to a row that does not exist (an unknown region or agency in a request body).
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2003') {
      return { statusCode: 400, error: 'BAD_REQUEST', message: '引用的地区或机关不存在' };
    }
    return { statusCode: 500, error: 'INTERNAL_SERVER_ERROR', message: '服务器内部错误' };
  }
}

function messageOf(m: unknown): string | undefined {
  if (typeof m === 'string') return m;
  if (Array.isArray(m)) return m.map(String).join('; ');
  return undefined;
}
