// The eval report as text: a table per entity type, quotes, affiliations; with `verbose`, what was missed.
import type { EvalReport } from './score.js';

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const f3 = (x: number) => x.toFixed(3);

export function renderReport(report: EvalReport, verbose: boolean): string {
  const lines: string[] = [];
  lines.push('type          tp   fp   fn  precision  recall     F1');
  for (const s of report.entities) {
    lines.push(`${s.type.padEnd(12)} ${String(s.tp).padStart(3)}  ${String(s.fp).padStart(3)}  ${String(s.fn).padStart(3)}  ${f3(s.precision).padStart(9)}  ${f3(s.recall).padStart(6)}  ${f3(s.f1).padStart(5)}`);
  }
  const q = report.quotes;
  lines.push('');
  lines.push(`quotes        found ${q.found}/${q.total} (${pct(q.total ? q.found / q.total : 0)})  attributed ${q.attributed}/${q.total} (${pct(q.total ? q.attributed / q.total : 0)})`);
  const a = report.affiliations;
  lines.push(`affiliations  found ${a.found}/${a.total} (recall ${f3(a.recall)})`);
  lines.push(`              rule: ${report.emptyOrgRule}`);
  const e = report.events;
  const of = (a: number, b: number) => `${a}/${b} (${pct(b ? a / b : 0)})`;
  lines.push('');
  lines.push(`events        F1 ${f3(e.f1)} (P ${f3(e.precision)} / R ${f3(e.recall)})  found ${e.found}/${e.gold}  nodes ${e.nodes}: ${e.unmatched} unmatched, ${e.duplicates} duplicates, ${e.falseMerges} false merges`);
  lines.push(`              main found ${of(e.main.found, e.main.total)}  type right ${of(e.type.right, e.type.total)}  date right ${of(e.date.right, e.date.total)} (+${e.date.partial} partial)`);
  lines.push(`              place right ${of(e.place.right, e.place.total)}  participants found ${of(e.participants.found, e.participants.total)}  modality right ${of(e.modality.right, e.modality.total)} (planned, hypothetical, negated)`);
  lines.push(`              reported by 2+ articles → one node ${of(e.multiReport.oneNode, e.multiReport.total)}`);
  const st = report.stance;
  lines.push(`stance        right ${of(st.right, st.total)}  of quotes taking a side ${of(st.sidedRight, st.sided)}`);
  if (verbose) {
    for (const s of report.entities) {
      if (s.misses.length) lines.push('', `${s.type} missed:`, ...s.misses.map((m) => `  - ${m}`));
      if (s.falsePositives.length) lines.push('', `${s.type} false positives:`, ...s.falsePositives.map((f) => `  + ${f.name} (${f.why})`));
    }
    if (q.misses.length) lines.push('', 'quotes not found:', ...q.misses.map((m) => `  - ${m}`));
    if (q.misattributed.length) lines.push('', 'quotes not attributed:', ...q.misattributed.map((m) => `  - ${m}`));
    if (a.misses.length) lines.push('', 'affiliations missed:', ...a.misses.map((m) => `  - ${m}`));
    if (e.misses.length) lines.push('', 'events missed:', ...e.misses.map((m) => `  - ${m}`));
    if (e.falsePositives.length) lines.push('', 'event nodes matching no gold event:', ...e.falsePositives.map((m) => `  + ${m}`));
    if (e.mergedNodes.length) lines.push('', 'event nodes merging two happenings:', ...e.mergedNodes.map((m) => `  ! ${m}`));
    if (e.splitGroups.length) lines.push('', 'happenings split over several nodes:', ...e.splitGroups.map((m) => `  = ${m}`));
    if (e.wrongAttributes.length) lines.push('', 'events found with a wrong date, place or modality or missing participants:', ...e.wrongAttributes.map((m) => `  ~ ${m}`));
  }
  return `${lines.join('\n')}\n`;
}
