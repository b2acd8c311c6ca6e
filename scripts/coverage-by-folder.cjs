// A coverage reporter (istanbul) for `npm test`: one line per folder of src/, then the total, so the suite's output
// says where coverage stands without a line per file. Used from vitest.config.ts; the HTML and JSON reports beside
// it hold the per-file detail. No threshold: it informs, it does not gate.
const { ReportBase } = require('istanbul-lib-report');
const { createCoverageSummary } = require('istanbul-lib-coverage');

const METRICS = ['statements', 'branches', 'functions', 'lines'];

class CoverageByFolder extends ReportBase {
  constructor() {
    super({ summarizer: 'flat' });
    this.folders = new Map();
    this.total = createCoverageSummary();
  }

  onDetail(node) {
    // Paths relative to the common root of the covered files, src/.
    const name = node.getQualifiedName();
    const slash = name.indexOf('/');
    const folder = slash < 0 ? 'src/ (top-level files)' : `src/${name.slice(0, slash)}/`;
    const summary = node.getCoverageSummary();
    if (!this.folders.has(folder)) this.folders.set(folder, createCoverageSummary());
    this.folders.get(folder).merge(summary);
    this.total.merge(summary);
  }

  onEnd(_root, context) {
    const rows = [...this.folders].sort(([a], [b]) => a.localeCompare(b));
    rows.push(['all of src/', this.total]);
    const width = Math.max(...rows.map(([name]) => name.length));
    const cell = (summary, metric) => {
      const { pct, covered, total } = summary[metric];
      return (
        `${(total === 0 ? 100 : pct).toFixed(1).padStart(5)} %`.padEnd(9) + `(${covered}/${total})`.padEnd(14)
      );
    };
    const out = context.writer.writeFile(null);
    out.println('');
    out.println(`Coverage by folder (in-process tests; the bundles run in child processes are not measured)`);
    out.println(`${'folder'.padEnd(width)}  ${METRICS.map((m) => m.padEnd(23)).join('')}`);
    for (const [name, summary] of rows) {
      out.println(`${name.padEnd(width)}  ${METRICS.map((m) => cell(summary, m)).join('')}`);
    }
    out.close();
  }
}

module.exports = CoverageByFolder;
