import { BadRequestException, Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Put } from '@nestjs/common';
import type { AgencyView, RegionView } from '@nianbao/api-contract';
import { AgencyRepository, AmbiguousAgencyError } from '@nianbao/db';
import { z } from 'zod';
import { agencyView, regionView } from '../common/views';

const regionCode = z.string().regex(/^\d{6}$/, '地区代码应为 6 位数字（GB/T 2260）');
const text = z.string().trim().min(1).max(100);

const agencyUpdateSchema = z
  .object({
    regionCode: regionCode.nullable().optional(),
    level: text.nullable().optional(),
    category: text.nullable().optional(),
    aggregateId: z.string().uuid().nullable().optional(),
  })
  .strict();

const agencyCreateSchema = agencyUpdateSchema.extend({ name: z.string().trim().min(1).max(200) }).strict();

const regionSchema = z.object({
  name: text,
  level: z.enum(['province', 'city', 'county', 'township']),
  parentCode: regionCode.nullable().optional(),
});

function parse<T>(schema: z.ZodType<T>, body: unknown, what: string): T {
  const r = schema.safeParse(body);
  if (!r.success) throw new BadRequestException(`${what}无效：${r.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`);
  return r.data;
}

const uuidPipe = new ParseUUIDPipe({ exceptionFactory: () => new BadRequestException('机关编号格式不正确') });

@Controller()
export class AgenciesController {
  constructor(private readonly agencies: AgencyRepository) {}

  @Get('agencies')
  async list(): Promise<AgencyView[]> {
    return (await this.agencies.list()).map(agencyView);
  }

  /**
   * Registers an agency (or finds the one of that name and region) and sets its fields: how an
   * administrator prepares a 本级政府 aggregate and its members before their reports arrive.
   */
  @Post('agencies')
  async create(@Body() body: unknown): Promise<AgencyView> {
    const { name, regionCode, ...rest } = parse(agencyCreateSchema, body, '机关信息');
    let found: { id: string };
    try {
      found = await this.agencies.findOrCreate(name, regionCode ?? null);
    } catch (e) {
      if (e instanceof AmbiguousAgencyError) throw new BadRequestException(e.message);
      throw e;
    }
    if (rest.aggregateId === found.id) throw new BadRequestException('机关不能汇总到它自己');
    return agencyView(await this.agencies.update(found.id, rest));
  }

  /** Sets where an agency sits: its region, level, category, and the 本级政府 aggregate it reports into. */
  @Patch('agencies/:id')
  async update(@Param('id', uuidPipe) id: string, @Body() body: unknown): Promise<AgencyView> {
    const data = parse(agencyUpdateSchema, body, '机关信息');
    if (data.aggregateId === id) throw new BadRequestException('机关不能汇总到它自己');
    return agencyView(await this.agencies.update(id, data));
  }

  @Get('regions')
  async regions(): Promise<RegionView[]> {
    return (await this.agencies.listRegions()).map(regionView);
  }

  @Put('regions/:code')
  async putRegion(@Param('code') code: string, @Body() body: unknown): Promise<RegionView> {
    const c = parse(regionCode, code, '地区代码');
    const data = parse(regionSchema, body, '地区信息');
    return regionView(await this.agencies.upsertRegion(c, { name: data.name, level: data.level, parentCode: data.parentCode ?? null }));
  }
}
