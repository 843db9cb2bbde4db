import { APPLICANT_COLUMNS, DISPUTE_GROUPS, DISPUTE_OUTCOMES, type CanonicalReport, type CellProvenance } from '@nianbao/report';
import { displayCell, type FindingIndex } from '../lib/cells';
import { ACTIVE_VALUE_COLUMNS, activeLayout, applicationLayout, TABLE3_NOTE } from '../lib/table-layouts';
import { FindingList } from './finding-list';
import { ValueCell } from './value-cell';

interface TableProps {
  report: CanonicalReport;
  provenance: Record<string, CellProvenance>;
  index: FindingIndex;
}

const NO_TABLES = '本报告采用 2019 年以前的自由格式，没有统一的统计表。';

/** 二、主动公开政府信息情况, block by block as the official format prints it. */
export function ActiveTable({ report, provenance, index }: TableProps) {
  const blocks = activeLayout(report.formatVersion);
  if (blocks.length === 0) return <p className="muted">{NO_TABLES}</p>;
  const width = ACTIVE_VALUE_COLUMNS + 1;
  return (
    <>
      <div className="table-scroll" role="region" aria-labelledby="table-active-caption" tabIndex={0}>
      <table className="official" id="table-active">
        <caption className="sr-only" id="table-active-caption">二、主动公开政府信息情况</caption>
        {blocks.map((block) => {
          const lastSpan = ACTIVE_VALUE_COLUMNS - block.columns.length + 1;
          return (
            <tbody key={block.item}>
              <tr>
                <th scope="colgroup" colSpan={width} className="item">
                  {block.item}
                </th>
              </tr>
              <tr>
                <th scope="col">信息内容</th>
                {block.columns.map((c, i) => (
                  <th scope="col" key={c} colSpan={i === block.columns.length - 1 ? lastSpan : undefined}>
                    {c}
                  </th>
                ))}
              </tr>
              {block.rows.map((row) => (
                <tr key={row.label}>
                  <th scope="row">{row.label}</th>
                  {row.keys.map((key, i) => (
                    <ValueCell
                      key={key}
                      cell={displayCell(report, provenance, index, key)}
                      colSpan={i === row.keys.length - 1 && lastSpan > 1 ? lastSpan : undefined}
                    />
                  ))}
                </tr>
              ))}
            </tbody>
          );
        })}
      </table>
      </div>
      <FindingList title="表二相关问题" items={index.touching(['active.', 'active2019.'])} />
    </>
  );
}

/** 三、收到和处理政府信息公开申请情况, with the merged headers of the official format. */
export function ApplicationsTable({ report, provenance, index }: TableProps) {
  if (report.formatVersion === 'pre2019') return <p className="muted">{NO_TABLES}</p>;
  const layout = applicationLayout(report.formatVersion);
  const orgColumns = APPLICANT_COLUMNS.slice(1, 6);
  return (
    <>
      <div className="table-scroll" role="region" aria-labelledby="table-applications-caption" tabIndex={0}>
      <table className="official" id="table-applications">
        <caption className="sr-only" id="table-applications-caption">三、收到和处理政府信息公开申请情况</caption>
        <thead>
          <tr>
            <td colSpan={3} rowSpan={3} className="note">
              {TABLE3_NOTE}
            </td>
            <th scope="colgroup" colSpan={7}>
              申请人情况
            </th>
          </tr>
          <tr>
            <th scope="col" rowSpan={2}>
              自然人
            </th>
            <th scope="colgroup" colSpan={5}>
              法人或其他组织
            </th>
            <th scope="col" rowSpan={2}>
              总计
            </th>
          </tr>
          <tr>
            {orgColumns.map((c) => (
              <th scope="col" key={c.key}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {layout.map((row) => (
            <tr key={row.rowKey} data-row={row.rowKey}>
              {row.headers.map((h) => (
                <th
                  key={h.text}
                  scope={h.rowSpan && h.rowSpan > 1 ? 'rowgroup' : 'row'}
                  colSpan={h.colSpan}
                  rowSpan={h.rowSpan}
                  className="label"
                >
                  {h.text}
                </th>
              ))}
              {APPLICANT_COLUMNS.map((c) => {
                const key = `applications.${row.rowKey}.${c.key}`;
                return <ValueCell key={key} cell={displayCell(report, provenance, index, key)} />;
              })}
            </tr>
          ))}
        </tbody>
      </table>
      </div>
      <FindingList title="表三相关问题" items={index.touching(['applications.'])} />
    </>
  );
}

/** 四、政府信息公开行政复议、行政诉讼情况: 行政复议 | 行政诉讼 (未经复议直接起诉 | 复议后起诉). */
export function DisputesTable({ report, provenance, index }: TableProps) {
  if (report.formatVersion === 'pre2019') return <p className="muted">{NO_TABLES}</p>;
  const [review, direct, afterReview] = DISPUTE_GROUPS;
  return (
    <>
      <div className="table-scroll" role="region" aria-labelledby="table-disputes-caption" tabIndex={0}>
      <table className="official" id="table-disputes">
        <caption className="sr-only" id="table-disputes-caption">四、政府信息公开行政复议、行政诉讼情况</caption>
        <thead>
          <tr>
            <th scope="colgroup" colSpan={5} rowSpan={2}>
              {review.label}
            </th>
            <th scope="colgroup" colSpan={10}>
              行政诉讼
            </th>
          </tr>
          <tr>
            <th scope="colgroup" colSpan={5}>
              {direct.label.replace('行政诉讼 · ', '')}
            </th>
            <th scope="colgroup" colSpan={5}>
              {afterReview.label.replace('行政诉讼 · ', '')}
            </th>
          </tr>
          <tr>
            {DISPUTE_GROUPS.flatMap((g) =>
              DISPUTE_OUTCOMES.map((o) => (
                <th scope="col" key={`${g.key}.${o.key}`}>
                  {o.label}
                </th>
              )),
            )}
          </tr>
        </thead>
        <tbody>
          <tr>
            {DISPUTE_GROUPS.flatMap((g) =>
              DISPUTE_OUTCOMES.map((o) => {
                const key = `disputes.${g.key}.${o.key}`;
                return <ValueCell key={key} cell={displayCell(report, provenance, index, key)} />;
              }),
            )}
          </tr>
        </tbody>
      </table>
      </div>
      <FindingList title="表四相关问题" items={index.touching(['disputes.'])} />
    </>
  );
}
