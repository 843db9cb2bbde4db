import {
  BadRequestException,
  Body,
  Controller,
  Get,
  HttpCode,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Post,
  Req,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { SubmissionCreated, SubmissionView } from '@nianbao/api-contract';
import { loadEnv } from '@nianbao/config';
import { AgencyRepository, FindingRepository, SubmissionRepository } from '@nianbao/db';
import { STRUCTURED_REPORT_TYPE } from '@nianbao/jobs';
import { parseCanonicalReport } from '@nianbao/report';
import type { Request } from 'express';
import type { CorrelatedRequest } from '../common/correlation-id.middleware';
import { optionalInt } from '../common/query';
import { submissionView } from '../common/views';
import { SubmissionsService } from './submissions.service';

const JSON_TYPE = 'application/json';
const NO_FILE = '缺少文件：请以 multipart/form-data 的 file 字段上传报告文档，或以 application/json 提交规范化报告';

@Controller('submissions')
export class SubmissionsController {
  constructor(
    private readonly service: SubmissionsService,
    private readonly submissions: SubmissionRepository,
    private readonly findings: FindingRepository,
    private readonly agencies: AgencyRepository,
  ) {}

  /** A document (multipart `file`, optional `agency`, `region` and `year`) or a canonical report as JSON. */
  @Post()
  @HttpCode(202)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: loadEnv().MAX_UPLOAD_BYTES, files: 1, fields: 10 } }))
  async create(@Req() req: Request, @UploadedFile() file: Express.Multer.File | undefined, @Body() body: unknown): Promise<SubmissionCreated> {
    const correlationId = (req as CorrelatedRequest).correlationId;
    if (file) {
      const fields = (body ?? {}) as Record<string, unknown>;
      return this.service.submit(
        {
          content: file.buffer,
          declaredType: file.mimetype || null,
          fileName: file.originalname ? decodeFileName(file.originalname) : null,
          agencyHint: agencyField(fields['agency']),
          regionHint: await this.regionField(fields['region']),
          yearHint: optionalInt('year', fields['year'], 2008, 2100) ?? null,
        },
        correlationId,
      );
    }
    if (req.is(JSON_TYPE)) {
      const parsed = parseCanonicalReport(body);
      if (!parsed.ok) throw new BadRequestException(`不是有效的规范化报告：${parsed.errors.slice(0, 10).join('; ')}`);
      return this.service.submit(
        { content: new TextEncoder().encode(JSON.stringify(body)), declaredType: STRUCTURED_REPORT_TYPE, fileName: null, agencyHint: null, regionHint: null, yearHint: null },
        correlationId,
      );
    }
    throw new BadRequestException(NO_FILE);
  }

  /** Retries a failed submission (202); any other status is a 409. */
  @Post(':id/retry')
  @HttpCode(202)
  retry(@Req() req: Request, @Param('id', new ParseUUIDPipe({ exceptionFactory: () => new BadRequestException('提交编号格式不正确') })) id: string): Promise<SubmissionCreated> {
    return this.service.retry(id, (req as CorrelatedRequest).correlationId);
  }

  /** A region code must name a known region: the agency is looked up (or created) inside it. */
  private async regionField(raw: unknown): Promise<string | null> {
    if (raw === undefined || raw === '') return null;
    if (typeof raw !== 'string' || !/^\d{6}$/.test(raw)) throw new BadRequestException('参数 region 应为 6 位地区代码（GB/T 2260）');
    if (!(await this.agencies.regionExists(raw))) throw new BadRequestException(`未知的地区代码：${raw}`);
    return raw;
  }

  @Get(':id')
  async get(@Param('id', new ParseUUIDPipe({ exceptionFactory: () => new BadRequestException('提交编号格式不正确') })) id: string): Promise<SubmissionView> {
    const s = await this.submissions.findView(id);
    if (!s) throw new NotFoundException(`没有这个提交：${id}`);
    const reviews = await this.findings.reviewsOf((s.reportVersion?.findings ?? []).map((f) => f.fingerprint));
    return submissionView(s, reviews);
  }
}

function agencyField(raw: unknown): string | null {
  if (raw === undefined || raw === '') return null;
  if (typeof raw !== 'string' || raw.trim().length === 0 || raw.trim().length > 200) throw new BadRequestException('参数 agency 应为 1 到 200 个字符的机关名称');
  return raw.trim();
}

/** Multer reads multipart file names as latin1; browsers send UTF-8 (Chinese names would be mojibake). */
function decodeFileName(name: string): string {
  const utf8 = Buffer.from(name, 'latin1').toString('utf8');
  return utf8.includes('\uFFFD') ? name : utf8;
}
