import type { Prisma } from '../generated/prisma/client';

/** Several agencies of that name exist in different regions and the caller named none of them. */
export class AmbiguousAgencyError extends Error {
  constructor(readonly agencyName: string) {
    super(`机关名称“${agencyName}”在多个地区都有，请同时提供地区代码（region）`);
    this.name = 'AmbiguousAgencyError';
  }
}

/**
 * The agency a report names, created when unknown, and row-locked for the rest of the transaction (so
 * versions of one agency are numbered one transaction at a time). Without a region the name alone
 * decides: the one agency of that name wherever it sits; with a region, the agency of that region.
 */
export async function resolveAgency(tx: Prisma.TransactionClient, name: string, regionCode: string | null): Promise<string> {
  const found = await tx.$queryRaw<{ id: string }[]>`
    SELECT id::text AS id FROM agencies
    WHERE name = ${name} AND (${regionCode}::text IS NULL OR region_code = ${regionCode})
    LIMIT 2 FOR UPDATE`;
  if (found.length > 1) throw new AmbiguousAgencyError(name);
  if (found[0]) return found[0].id;
  const [created] = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO agencies (id, name, region_code) VALUES (gen_random_uuid(), ${name}, ${regionCode})
    ON CONFLICT (region_code, name) DO UPDATE SET name = EXCLUDED.name
    RETURNING id::text AS id`;
  if (!created) throw new Error(`agency upsert returned nothing for ${name}`);
  return created.id;
}
