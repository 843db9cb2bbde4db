import { Injectable } from '@nestjs/common';
import { PrismaService } from '../prisma.service';
import { resolveAgency } from './agency-resolution';

@Injectable()
export class AgencyRepository {
  constructor(private readonly prisma: PrismaService) {}

  list() {
    return this.prisma.agency.findMany({ include: { region: true }, orderBy: [{ regionCode: 'asc' }, { name: 'asc' }] });
  }

  /** Changes an agency's region, level, category or aggregate; only the given fields. */
  update(id: string, data: { regionCode?: string | null; level?: string | null; category?: string | null; aggregateId?: string | null }) {
    return this.prisma.agency.update({ where: { id }, data, include: { region: true } });
  }

  listRegions() {
    return this.prisma.region.findMany({ orderBy: { code: 'asc' } });
  }

  upsertRegion(code: string, data: { name: string; level: string; parentCode: string | null }) {
    return this.prisma.region.upsert({ where: { code }, create: { code, ...data }, update: data });
  }

  findById(id: string) {
    return this.prisma.agency.findUnique({ where: { id } });
  }

  /** The agencies whose reports the aggregate (本级政府) report sums up. */
  membersOf(aggregateId: string) {
    return this.prisma.agency.findMany({ where: { aggregateId }, select: { id: true } });
  }

  async isAggregate(id: string): Promise<boolean> {
    return (await this.prisma.agency.count({ where: { aggregateId: id } })) > 0;
  }

  /** The agency of that name (and region, when given), created when unknown; see resolveAgency. */
  async findOrCreate(name: string, regionCode: string | null = null): Promise<{ id: string; name: string }> {
    const id = await this.prisma.$transaction((tx) => resolveAgency(tx, name, regionCode));
    return { id, name };
  }

  async regionExists(code: string): Promise<boolean> {
    return (await this.prisma.region.count({ where: { code } })) > 0;
  }
}
