import type { CellDisplay } from '../lib/cells';

/** One value cell of an official table: the value as written, its provenance on hover, its findings marked. */
export function ValueCell({ cell, colSpan }: { cell: CellDisplay; colSpan?: number }) {
  const classes = ['value', cell.kind ? `kind-${cell.kind}` : 'kind-missing', cell.severity ? `sev-${cell.severity}` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <td className={classes} colSpan={colSpan} title={cell.title} data-key={cell.key} data-kind={cell.kind ?? 'missing'}>
      {cell.text}
      {cell.findingNumbers.length > 0 && (
        <sup className="marks">
          {cell.findingNumbers.map((n) => (
            <a key={n} href={`#finding-${n}`} aria-label={`问题 ${n}`}>
              [{n}]
            </a>
          ))}
        </sup>
      )}
    </td>
  );
}
