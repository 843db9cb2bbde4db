import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { bench } from './bench';
import { EXIT, run } from './main';

const dir = mkdtempSync(join(tmpdir(), 'nianbao-cli-'));

/** A small but complete 2021-layout report page, written by the test. */
function reportHtml(granted = '3'): string {
  const row = (label: string, cells: string[]): string => `<tr><td>${label}</td>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
  const zeros = ['0', '0', '0', '0', '0', '0', '0'];
  const t3 = [
    row('一、本年新收政府信息公开申请数量', ['5', '0', '0', '0', '0', '0', '5']),
    row('二、上年结转政府信息公开申请数量', zeros),
    row('（一）予以公开', [granted, '0', '0', '0', '0', '0', granted]),
    row('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', zeros),
    ...['1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项'].map((l) => row(`（三）不予公开</td><td>${l}`, zeros)),
    row('1.本机关不掌握相关政府信息', ['2', '0', '0', '0', '0', '0', '2']),
    row('2.没有现成信息需要另行制作', zeros),
    row('3.补正后申请内容仍不明确', zeros),
    ...['1.信访举报投诉类申请', '2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请', '5.要求行政机关确认或重新出具已获取信息'].map((l) => row(`（五）不予处理</td><td>${l}`, zeros)),
    row('（六）其他处理</td><td>1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', zeros),
    row('（六）其他处理</td><td>2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', zeros),
    row('（六）其他处理</td><td>3.其他', zeros),
    row('（七）总计', ['5', '0', '0', '0', '0', '0', '5']),
    row('四、结转下年度继续办理', zeros),
  ];
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>测试局2024年政府信息公开工作年度报告</title></head><body>
<h1>测试局2024年政府信息公开工作年度报告</h1><p>一、总体情况</p><p>共收到申请5件。</p>
<p>二、主动公开政府信息情况</p><table>
<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr><tr><td>行政规范性文件</td><td>1</td><td>0</td><td>3</td></tr>
<tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr><tr><td>行政许可</td><td colspan="3">12</td></tr>
<tr><td>行政处罚</td><td colspan="3">4</td></tr><tr><td>行政强制</td><td colspan="3">0</td></tr>
<tr><td>信息内容</td><td colspan="3">本年收费金额（单位：万元）</td></tr><tr><td>行政事业性收费</td><td colspan="3">1.5</td></tr></table>
<p>三、收到和处理政府信息公开申请情况</p><table>
<tr><td></td><td>自然人</td><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td><td>总计</td></tr>
${t3.join('\n')}</table>
<p>四、政府信息公开行政复议、行政诉讼情况</p><table><tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>
<tr><td colspan="5"></td><td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>
<tr>${'<td>0</td>'.repeat(15)}</tr></table>
<p>五、存在的主要问题及改进情况</p><p>宣传不足，下一步加强。</p><p>六、其他需要报告的事项</p><p>无。</p></body></html>`;
}

function write(name: string, content: string): string {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}

async function cli(...argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out, err };
}

describe('cli', () => {
  it('parse prints one JSON object with report, provenance and findings, exit 0', async () => {
    const { code, out, err } = await cli('parse', write('report.html', reportHtml()));
    expect({ code, err }).toEqual({ code: EXIT.ok, err: [] });
    expect(out).toHaveLength(1);
    const json = JSON.parse(out[0] as string);
    expect(Object.keys(json).sort()).toEqual(['findings', 'provenance', 'report']);
    expect(json.report).toMatchObject({ agency: { name: '测试局' }, year: 2024, formatVersion: '2021', active: { licensing: 12, fees: 1.5 } });
    expect(json.report.applications.newReceived.naturalPerson).toBe(5);
    expect(json.provenance['applications.newReceived.naturalPerson']).toMatchObject({ kind: 'number', raw: '5', source: { type: 'table' } });
  });

  it('validate prints report and findings; exit 0 for a consistent report', async () => {
    const { code, out } = await cli('validate', write('ok.html', reportHtml()));
    const json = JSON.parse(out[0] as string);
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['report', 'findings']));
    expect((json.findings as { severity: string }[]).filter((f) => f.severity === 'error')).toEqual([]);
    expect(code).toBe(EXIT.ok);
    for (const f of json.findings) expect(Object.keys(f)).toEqual(expect.arrayContaining(['rule', 'severity', 'outcome', 'cells', 'expected', 'actual', 'message']));
  });

  it('validate exits 1 on an inconsistent report (予以公开 4 breaks （一）–（六） = （七）)', async () => {
    const { code, out } = await cli('validate', write('bad.html', reportHtml('4')));
    const json = JSON.parse(out[0] as string);
    expect(json.findings).toContainEqual(expect.objectContaining({ rule: 'T3.outcomeSum', severity: 'error' }));
    expect(code).toBe(EXIT.errors);
  });

  it('validate exits 1 when the document lost a row (an error finding)', async () => {
    const html = reportHtml().replace(/<tr><td>二、上年结转[^\n]*\n/, '');
    const { code, out } = await cli('validate', write('lost-row.html', html));
    const json = JSON.parse(out[0] as string);
    expect(json.findings).toContainEqual(expect.objectContaining({ rule: 'PARSE.missingRow', severity: 'error' }));
    expect(code).toBe(EXIT.errors);
  });

  it('exits 2 with one line on stderr and nothing on stdout for a non-report, a missing file, bad usage', async () => {
    for (const argv of [['parse', write('note.txt', '会议通知\n请准时参加。\n')], ['validate', join(dir, 'absent.html')], ['parse'], ['frobnicate', 'x']]) {
      const { code, out, err } = await cli(...argv);
      expect({ argv, code, out }).toEqual({ argv, code: EXIT.notAReport, out: [] });
      expect(err).toHaveLength(1);
      expect(err[0]).not.toContain('\n');
    }
  });

  it('bench reports documents per CPU-second for the whole parse and for recognition alone', async () => {
    const lines: string[] = [];
    expect(await bench([write('bench.html', reportHtml())], (t) => lines.push(t), 20_000)).toBe(true);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^bench\.html \(html, \d+ KB\): parse [1-9]\d*\/s, recognition alone [1-9]\d*\/s per CPU-second$/);
    expect(await bench([write('bench.txt', '会议通知')], () => undefined, 20_000)).toBe(false);
  });

  it('runs through the npm launcher: stdout is only the JSON, build output never on it', () => {
    const root = resolve(__dirname, '../../..');
    const p = spawnSync(process.execPath, [join(root, 'tools/cli/run.js'), 'parse', write('launch.html', reportHtml())], { encoding: 'utf8', timeout: 120_000 });
    expect(p.status).toBe(0);
    expect(JSON.parse(p.stdout).report.year).toBe(2024);
  });
});
