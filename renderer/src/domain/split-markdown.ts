/**
 * Cuts Markdown into at most `parts` pieces of similar size, each starting at a `## `
 * heading, for parsing in parallel. Every piece keeps its place in the file: it is padded
 * with the newlines before it, so the parser reports the whole file's line numbers. Lines
 * inside fenced code or HTML comments are never cut at.
 */
export function splitMarkdownAtSections(text: string, parts: number): string[] {
  const lines = text.split('\n');
  const cuts: number[] = [];
  let fence: string | null = null;
  let inComment = false;
  lines.forEach((line, index) => {
    const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence !== null) {
      if (fenceMatch && fenceMatch[1]!.startsWith(fence)) fence = null;
      return;
    }
    if (inComment) {
      if (line.includes('-->')) inComment = false;
      return;
    }
    if (fenceMatch) fence = fenceMatch[1]!;
    else if (line.includes('<!--') && !line.includes('-->')) inComment = true;
    else if (index > 0 && /^## /.test(line)) cuts.push(index);
  });
  if (parts <= 1 || cuts.length === 0) return [text];
  const chosen: number[] = [];
  for (let k = 1; k < parts; k++) {
    const target = (lines.length * k) / parts;
    const nearest = cuts.reduce((best, cut) =>
      Math.abs(cut - target) < Math.abs(best - target) ? cut : best,
    );
    if (!chosen.includes(nearest)) chosen.push(nearest);
  }
  chosen.sort((a, b) => a - b);
  const bounds = [0, ...chosen, lines.length];
  const pieces: string[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const start = bounds[i]!;
    const end = bounds[i + 1]!;
    pieces.push('\n'.repeat(start) + lines.slice(start, end).join('\n'));
  }
  return pieces;
}
