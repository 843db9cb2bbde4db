import { BadRequestException } from '@nestjs/common';

/** An optional integer query parameter within bounds; a bad value is a 400 naming the parameter. */
export function optionalInt(name: string, raw: unknown, min: number, max: number): number | undefined {
  if (raw === undefined || raw === '') return undefined;
  const n = typeof raw === 'string' && /^-?\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(n) || n < min || n > max) throw new BadRequestException(`参数 ${name} 应为 ${min} 到 ${max} 之间的整数`);
  return n;
}

export function optionalString(name: string, raw: unknown, max = 200): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (typeof raw !== 'string' || raw.length > max) throw new BadRequestException(`参数 ${name} 无效`);
  return raw.trim() || undefined;
}

export function optionalEnum<T extends string>(name: string, raw: unknown, values: readonly T[]): T | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (typeof raw !== 'string' || !(values as readonly string[]).includes(raw)) throw new BadRequestException(`参数 ${name} 应为 ${values.join(' / ')} 之一`);
  return raw as T;
}
