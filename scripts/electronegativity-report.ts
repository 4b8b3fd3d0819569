/**
 * Reading electronegativity's CSV report. The tool exits 0 whatever it finds, so the test
 * run decides: every finding above LOW must be explained by a comment at its line.
 */

/** One row of the report. */
export type Finding = {
  check: string;
  severity: string;
  confidence: string;
  file: string;
  line: number;
  description: string;
};

/** Severities that fail the run unless explained. */
const ABOVE_LOW: ReadonlySet<string> = new Set(['MEDIUM', 'HIGH', 'CRITICAL']);

/** Splits CSV text into rows of fields: quoted fields may hold commas, newlines and `""`. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

/** The findings in a report (its header row names the columns). */
export function readFindings(csv: string): Finding[] {
  const [header, ...rows] = parseCsv(csv);
  if (!header) return [];
  const column = (name: string) => header.findIndex((h) => h.trim().toLowerCase() === name);
  const at = { check: column('issue'), severity: column('severity'), confidence: column('confidence') };
  const where = {
    file: column('filename'),
    location: column('location'),
    description: column('description'),
  };
  return rows.map((row) => ({
    check: row[at.check]?.trim() ?? '',
    severity: row[at.severity]?.trim().toUpperCase() ?? '',
    confidence: row[at.confidence]?.trim() ?? '',
    file: row[where.file]?.trim() ?? '',
    line: Number.parseInt(row[where.location] ?? '', 10),
    description: row[where.description]?.trim() ?? '',
  }));
}

/**
 * The findings above LOW that no comment explains. An explanation is a comment on the
 * finding's line or the lines just above it (a comment block) naming the check:
 * `// electronegativity: SANDBOX_JS_CHECK — the options come from window-options.ts, which sets sandbox: true`.
 */
export function unexplainedFindings(
  findings: readonly Finding[],
  linesOf: (file: string) => readonly string[] | null,
): Finding[] {
  return findings.filter((finding) => {
    if (!ABOVE_LOW.has(finding.severity)) return false;
    const lines = linesOf(finding.file);
    if (!lines || !Number.isInteger(finding.line)) return true;
    // The finding's line and the comment block directly above it, read as one text.
    const block: string[] = [lines[finding.line - 1] ?? ''];
    for (let i = finding.line - 2; i >= 0; i--) {
      const trimmed = lines[i]!.trim();
      if (!(trimmed.startsWith('//') || trimmed.startsWith('*') || trimmed.startsWith('/*'))) break;
      block.push(trimmed);
    }
    const text = block.join(' ');
    if (text.includes('electronegativity:') && text.includes(finding.check)) return false;
    return true;
  });
}
