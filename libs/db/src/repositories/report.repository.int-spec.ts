import { randomUUID } from 'node:crypto';
import { emptyReport, numericCellKeys, setPath, type CanonicalReport, type Finding } from '@nianbao/report';
import { PrismaService } from '../prisma.service';
import { ReportRepository } from './report.repository';
import { SubmissionRepository } from './submission.repository';

const prisma = new PrismaService();
const reports = new ReportRepository(prisma);
const submissions = new SubmissionRepository(prisma);

function report(agency: string, newReceived: number): CanonicalReport {
  const r = emptyReport('2021');
  r.agency.name = agency;
  r.year = 2023;
  setPath(r as unknown as Record<string, unknown>, 'applications.newReceived.total', newReceived);
  setPath(r as unknown as Record<string, unknown>, 'active.fees', 9486.7475);
  return r;
}

async function submission(): Promise<string> {
  const s = await submissions.create({
    content: new TextEncoder().encode('x'),
    sha256: 'x',
    declaredType: null,
    fileName: null,
    agencyHint: null,
    regionHint: null,
    yearHint: null,
    correlationId: randomUUID(),
  });
  return s.id;
}

const finding: Finding = { rule: 'T3.rowTotal', severity: 'error', outcome: 'fail', cells: ['applications.granted.total'], expected: 25, actual: 26, message: '不相等' };

function accept(submissionId: string, agency: string, newReceived: number) {
  return reports.accept({
    submissionId,
    agencyName: agency,
    year: 2023,
    report: report(agency, newReceived),
    provenance: {},
    parseFindings: [],
    findings: [finding],
    rulesetVersion: 't',
    mediaType: 'json',
    encoding: null,
  });
}

afterAll(() => prisma.$disconnect());

describe('ReportRepository.accept', () => {
  it('numbers versions per agency and year and keeps exactly one current', async () => {
    const agency = `测试局-${randomUUID()}`;
    const first = await accept(await submission(), agency, 10);
    const second = await accept(await submission(), agency, 11);
    expect([first.version, second.version]).toEqual([1, 2]);
    expect(second.agencyId).toBe(first.agencyId);
    const versions = await prisma.reportVersion.findMany({ where: { agencyId: first.agencyId }, orderBy: { version: 'asc' } });
    expect(versions.map((v) => v.current)).toEqual([false, true]);
    const currentFacts = await prisma.fact.findMany({ where: { agencyId: first.agencyId, key: 'applications.newReceived.total', current: true } });
    expect(currentFacts.map((f) => f.value?.toNumber())).toEqual([11]);
    const fees = await prisma.fact.findFirstOrThrow({ where: { reportVersionId: second.reportVersionId, key: 'active.fees' } });
    expect([fees.value?.toFixed(4), fees.kind]).toEqual(['9486.7475', 'number']);
    expect(await prisma.fact.count({ where: { reportVersionId: second.reportVersionId } })).toBe(numericCellKeys('2021').length);
  });

  it('stores a submission once however often it is accepted, also concurrently', async () => {
    const agency = `测试局-${randomUUID()}`;
    const id = await submission();
    const results = await Promise.all([accept(id, agency, 5), accept(id, agency, 5), accept(id, agency, 5)]);
    expect(new Set(results.map((r) => r.reportVersionId)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await prisma.reportVersion.count({ where: { submissionId: id } })).toBe(1);
    expect(await prisma.finding.count({ where: { reportVersionId: results[0]!.reportVersionId } })).toBe(1);
    const s = await prisma.submission.findUniqueOrThrow({ where: { id } });
    expect(s.status).toBe('accepted');
  });

  it('refuses a second current version of one agency and year at the database', async () => {
    const agency = `测试局-${randomUUID()}`;
    const first = await accept(await submission(), agency, 1);
    await expect(
      prisma.reportVersion.create({
        data: { agencyId: first.agencyId, year: 2023, version: 9, formatVersion: '2021', report: {}, provenance: {}, current: true },
      }),
    ).rejects.toThrow();
  });
});
