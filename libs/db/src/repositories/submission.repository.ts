import { Injectable } from '@nestjs/common';
import { PrismaService } from '../prisma.service';

export interface NewSubmission {
  content: Uint8Array;
  sha256: string;
  declaredType: string | null;
  fileName: string | null;
  agencyHint: string | null;
  regionHint: string | null;
  yearHint: number | null;
  correlationId: string;
}

export interface Detected {
  mediaType?: string | null;
  encoding?: string | null;
}

const OPEN = ['queued', 'processing'] as const;

@Injectable()
export class SubmissionRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Stores the submission and its bytes in one statement; committed before any job is enqueued. */
  create(input: NewSubmission) {
    const { content, ...fields } = input;
    return this.prisma.submission.create({
      data: { ...fields, sizeBytes: content.byteLength, document: { create: { content: Buffer.from(content) } } },
      select: { id: true, status: true, correlationId: true },
    });
  }

  /** The submission with its agency and, once accepted, its report version's findings. */
  findView(id: string) {
    return this.prisma.submission.findUnique({
      where: { id },
      include: { agency: true, reportVersion: { include: { findings: { orderBy: [{ severity: 'asc' }, { rule: 'asc' }] } } } },
    });
  }

  /**
   * Marks an open submission as processing and returns it with its bytes; null when it is already
   * finished (a duplicate or late retry has nothing to do).
   */
  async claim(id: string) {
    const claimed = await this.prisma.submission.updateMany({
      where: { id, status: { in: [...OPEN] } },
      data: { status: 'processing', attempts: { increment: 1 }, startedAt: new Date() },
    });
    if (claimed.count === 0) return null;
    return this.prisma.submission.findUnique({ where: { id }, include: { document: true } });
  }

  reject(id: string, reason: string, detected: Detected) {
    return this.prisma.submission.update({
      where: { id },
      data: { status: 'rejected', error: reason, ...detected, finishedAt: new Date() },
    });
  }

  /** Final failure after the last attempt: the error is kept for the submitter and operators. */
  fail(id: string, error: string) {
    return this.prisma.submission.updateMany({
      where: { id, status: { in: [...OPEN] } },
      data: { status: 'failed', error: error.slice(0, 2000), finishedAt: new Date() },
    });
  }

  /** Open submissions untouched since `before`: their job may have been lost (e.g. a Redis restart). */
  async findStuck(before: Date, limit = 500): Promise<{ id: string; correlationId: string }[]> {
    return this.prisma.submission.findMany({
      where: { status: { in: [...OPEN] }, updatedAt: { lt: before } },
      select: { id: true, correlationId: true },
      orderBy: { updatedAt: 'asc' },
      take: limit,
    });
  }

  /** Puts a failed submission back in the queue's hands; false when it was not failed. */
  async requeueFailed(id: string): Promise<boolean> {
    const r = await this.prisma.submission.updateMany({ where: { id, status: 'failed' }, data: { status: 'queued', error: null, finishedAt: null } });
    return r.count === 1;
  }

  /** Records that a stuck submission was handed to the queue again, so the next sweep waits a full period. */
  touch(id: string) {
    return this.prisma.submission.updateMany({ where: { id, status: { in: [...OPEN] } }, data: { status: 'queued' } });
  }
}
