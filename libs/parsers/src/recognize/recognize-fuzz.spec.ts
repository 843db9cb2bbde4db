import type { Block, DocumentModel, GridCell } from '../document/document-model';
import { htmlToDocument } from '../containers/html';
import { recognizeReport } from './index';

/** A small deterministic PRNG, so a failure is reproducible from its seed. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const WORDS = [
  '', '0', '57', '2,439,825', '/', '无', '251000元', '-3', '若干', '总计', '其他', '3.其他', '（七）总计', '自然人', '商业 企业',
  '一、本年新收政府信息公开申请数量', '（三）不予公开', '1.属于国家秘密', '四、结转下年度继续办理', '行政复议', '行政诉讼',
  '规章', '行政许可', '本年制发件数', '本年新制作数量', '行政事业性收费', '（六）其他处理', '二、主动公开政府信息情况',
  '某局2023年政府信息公开工作年度报告', '五、存在的主要问题及改进情况', '（一）主要问题',
];

function randomDoc(rand: () => number): DocumentModel {
  const pick = (): string => WORDS[Math.floor(rand() * WORDS.length)] as string;
  const blocks: Block[] = [];
  const n = Math.floor(rand() * 12);
  for (let b = 0; b < n; b++) {
    const source = { type: 'line' as const, line: b + 1 };
    if (rand() < 0.4) {
      blocks.push({ type: 'text', text: pick(), source });
      continue;
    }
    const grid: GridCell[][] = Array.from({ length: Math.floor(rand() * 30) }, () =>
      Array.from({ length: Math.floor(rand() * 18) }, () => ({ text: pick(), source, merged: rand() < 0.2 })),
    );
    blocks.push({ type: 'table', grid, source });
  }
  return { container: 'text', blocks };
}

describe('recognizeReport on arbitrary documents', () => {
  it('never throws, and either recognises with findings or refuses with a one-line reason', () => {
    const rand = prng(20261126);
    for (let i = 0; i < 500; i++) {
      const doc = randomDoc(rand);
      const r = recognizeReport(doc);
      if (r.ok) {
        expect(['2021', '2019', 'pre2019']).toContain(r.result.report.formatVersion);
        for (const [key, prov] of Object.entries(r.result.provenance)) {
          if (prov.kind === 'text') expect(r.result.findings.some((f) => f.cells.includes(key))).toBe(true);
        }
      } else {
        expect(r.reason).not.toMatch(/\n/);
      }
    }
  });

  it('never throws on random markup', () => {
    const rand = prng(7);
    const tags = ['<table>', '</table>', '<tr>', '<td rowspan="3">', '<td colspan="0">', '</td>', '<p>', '</p>', '<br>', '<o:p>', '&nbsp;', '<script>', '</script>', '<!--', '-->'];
    for (let i = 0; i < 200; i++) {
      const html = Array.from({ length: 80 }, () => (rand() < 0.5 ? tags[Math.floor(rand() * tags.length)] : WORDS[Math.floor(rand() * WORDS.length)])).join('');
      expect(() => recognizeReport(htmlToDocument(html))).not.toThrow();
    }
  });
});
