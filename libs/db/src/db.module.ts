import { Global, Module } from '@nestjs/common';
import { PrismaService } from './prisma.service';
import { AgencyRepository } from './repositories/agency.repository';
import { FindingRepository } from './repositories/finding.repository';
import { JobRunRepository } from './repositories/job-run.repository';
import { ReportRepository } from './repositories/report.repository';
import { SubmissionRepository } from './repositories/submission.repository';

const providers = [PrismaService, AgencyRepository, SubmissionRepository, ReportRepository, FindingRepository, JobRunRepository];

@Global()
@Module({ providers, exports: providers })
export class DbModule {}
