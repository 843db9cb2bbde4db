import { Injectable } from '@nestjs/common';
import type { Prisma } from '../generated/prisma/client';
import { PrismaService } from '../prisma.service';

type Db = PrismaService | Prisma.TransactionClient;

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

  /**
   * The agency of that name in that region, created when unknown. An upsert in SQL because Prisma's
   * compound-unique lookup cannot match a NULL region (the index is NULLS NOT DISTINCT).
   */
  async findOrCreate(name: string, regionCode: string | null = null, db: Db = this.prisma): Promise<{ id: string; name: string }> {
    const rows = await db.$queryRaw<{ id: string; name: string }[]>`
      INSERT INTO agencies (id, name, region_code) VALUES (gen_random_uuid(), ${name}, ${regionCode})
      ON CONFLICT (region_code, name) DO UPDATE SET name = EXCLUDED.name
      RETURNING id::text AS id, name`;
    const row = rows[0];
    if (!row) throw new Error(`agency upsert returned nothing for ${name}`);
    return row;
  }
}
