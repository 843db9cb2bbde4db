import { Controller, Get, Header, Query, StreamableFile } from '@nestjs/common';
import { buildTemplate } from '@nianbao/parsers';
import { optionalEnum } from '../common/query';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const FORMATS = ['2021', '2019'] as const;

@Controller('templates')
export class TemplatesController {
  /** The workbook is the same for every request: built once per format. */
  private readonly built = new Map<string, Promise<Uint8Array>>();

  /** The official tables as an Excel template an agency fills in and submits back. */
  @Get('annual-report.xlsx')
  @Header('content-type', XLSX)
  @Header('content-disposition', `attachment; filename="annual-report.xlsx"; filename*=UTF-8''${encodeURIComponent('政府信息公开工作年度报告模板.xlsx')}`)
  async annualReport(@Query('format') format: unknown): Promise<StreamableFile> {
    const f = optionalEnum('format', format, FORMATS) ?? '2021';
    let bytes = this.built.get(f);
    if (!bytes) {
      bytes = buildTemplate(f);
      this.built.set(f, bytes);
    }
    return new StreamableFile(Buffer.from(await bytes));
  }
}
