import type { Metadata } from 'next';
import { SECTIONS, type ProseSectionKey } from '@nianbao/report';
import { FindingList } from '../../../components/finding-list';
import { ReportHeader } from '../../../components/report-header';
import { ActiveTable, ApplicationsTable, DisputesTable } from '../../../components/report-tables';
import { FindingIndex } from '../../../lib/cells';
import { currentVersionId, loadReport } from '../../../lib/load-report';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

const TABLE_PREFIXES = ['active.', 'active2019.', 'applications.', 'disputes.'];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const view = await loadReport((await params).id);
  return { title: `${view.agency.name} ${view.year} 年` };
}

function Prose({ text }: { text: string | null }) {
  if (text === null || text.trim() === '') return <p className="muted">（报告中未见本部分内容）</p>;
  return <div className="prose">{text}</div>;
}

function sectionHeading(key: string): string {
  const s = SECTIONS.find((x) => x.key === key);
  return s ? `${s.numeral}、${s.label}` : key;
}

export default async function ReportPage({ params }: Props) {
  const view = await loadReport((await params).id);
  const currentId = await currentVersionId(view);
  const { report, provenance } = view;
  const index = new FindingIndex(view.findings);
  const proseOnly = index.naming(TABLE_PREFIXES);
  const prose = (key: ProseSectionKey) => (
    <section id={`section-${key}`}>
      <h2>{sectionHeading(key)}</h2>
      <Prose text={report.sections[key]} />
      <FindingList title="本部分相关问题" items={proseOnly.filter(({ finding }) => finding.cells.includes(`sections.${key}`))} />
    </section>
  );
  return (
    <>
      <ReportHeader view={view} current="report" currentId={currentId} />
      <p className="muted">表中标红/标黄的格子违反勾稽规则，[n] 对应表下的问题编号；鼠标停在格子上可查看原文、识别类型和出处。空白和“/”按原文显示，不当作 0。</p>
      {prose('overview')}
      <section id="section-active">
        <h2>{sectionHeading('active')}</h2>
        <ActiveTable report={report} provenance={provenance} index={index} />
      </section>
      <section id="section-applications">
        <h2>{sectionHeading('applications')}</h2>
        <ApplicationsTable report={report} provenance={provenance} index={index} />
      </section>
      <section id="section-disputes">
        <h2>{sectionHeading('disputes')}</h2>
        <DisputesTable report={report} provenance={provenance} index={index} />
      </section>
      {prose('problems')}
      {prose('other')}
      <FindingList title="其他问题（文档结构、机关与年度）" items={index.naming([...TABLE_PREFIXES, 'sections.'])} />
    </>
  );
}
