import * as echarts from 'echarts';
import type { ReportSummary } from '@nianbao/api-contract';
import { FIGURES } from './overview';

/**
 * The agency's key figures across years as an SVG string, rendered on the server (echarts SSR), so the
 * page needs no client script. Years without a report leave a gap rather than drawing a false zero.
 */
export function renderTrendSvg(series: readonly ReportSummary[], width = 820, height = 340): string {
  const first = series[0]?.year;
  const last = series[series.length - 1]?.year;
  if (first === undefined || last === undefined) return '';
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const byYear = new Map(series.map((r) => [r.year, r]));
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: 'WenQuanYi Micro Hei, Noto Sans CJK SC, Microsoft YaHei, sans-serif' },
      legend: { top: 0 },
      grid: { left: 60, right: 30, top: 40, bottom: 40 },
      xAxis: { type: 'category', data: years.map(String), name: '年度' },
      yAxis: { type: 'value', name: '件', minInterval: 1 },
      series: FIGURES.map((f) => ({
        name: f.label,
        type: 'line',
        connectNulls: false,
        label: { show: true },
        data: years.map((y) => byYear.get(y)?.keyFigures[f.key] ?? null),
      })),
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
