import type { HostileCase } from './corpus';
import type { CaseOutcome, CorpusLimits } from './run-corpus';

/**
 * Signs that an answer is a crash rather than a message: a stack frame, an engine error's
 * name, or an engine message that leaked through (no user-facing message says these).
 */
const CRASH_SIGNS: readonly RegExp[] = [
  /^\s+at \S.*(\(|:\d+:\d+)/m,
  /\b(TypeError|RangeError|ReferenceError|SyntaxError|EvalError|InternalError|AggregateError)\b/,
  /^\w*Error\b/m,
  /\[ERR_[A-Z_]+\]/,
  /Maximum call stack size exceeded|out of memory/i,
  /node:internal|\.ts:\d+:\d+/,
];

/** The longest line a message may be: a path and a sentence, not a user's 100 KB value echoed. */
export const MAX_LINE_CHARS = 1000;

/** `<file>:<line>: <message>`, the form of each of validate's problems. */
const PROBLEM_LINE = /^.+:\d+: \S/;

/**
 * What is wrong with a case's outcome, by issue 12's rule: an answer within the time (CPU time,
 * see `CorpusLimits`) and memory bounds; exit 0 or 1 (exactly 1 for a refusal, 0 for an input that must be accepted);
 * no stack trace or engine message anywhere in the output; on exit 1 a message on stderr that
 * is one line, or one `<file>:<line>: <message>` line per problem; no line over 1,000
 * characters; and files the case names as unchanged left as they were. Empty when all is well.
 */
export function judge(c: HostileCase, outcome: CaseOutcome, limits: CorpusLimits): string[] {
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  if (outcome.timedOut) {
    return [`no answer after ${seconds(outcome.cpuMs)} of CPU time, ${seconds(outcome.ms)} in all (killed)`];
  }
  if (outcome.died !== undefined) return [`the process died after ${seconds(outcome.ms)}: ${outcome.died}`];
  const problems: string[] = [];
  if (outcome.threw !== undefined) problems.push(`threw: ${firstLine(outcome.threw)}`);
  if (outcome.cpuMs > limits.budgetMs) problems.push(`took ${seconds(outcome.cpuMs)} of CPU time`);
  if (outcome.maxRssMb > limits.memoryMb) problems.push(`used ${outcome.maxRssMb} MB`);
  if (outcome.code !== 0 && outcome.code !== 1) problems.push(`exit ${outcome.code}`);
  if (c.expect === 'refuse' && outcome.code === 0) problems.push('exit 0, but it must be refused (exit 1)');
  if (c.expect === 'accept' && outcome.code === 1) {
    problems.push(`exit 1, but it must be accepted: ${firstLine(outcome.err)}`);
  }
  for (const [stream, text] of [
    ['stderr', outcome.err],
    ['stdout', outcome.out],
  ] as const) {
    const sign = CRASH_SIGNS.find((pattern) => pattern.test(text));
    if (sign !== undefined)
      problems.push(`${stream} looks like a crash: ${firstLine(text.slice(text.search(sign)))}`);
  }
  const control = [...outcome.err].find(actsOnTerminal);
  if (control !== undefined) {
    problems.push(`stderr holds U+${control.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
  }
  if (outcome.code === 1 && outcome.threw === undefined) {
    // The worker keeps the first 64 KB of stderr: a cut last line is not judged.
    const kept =
      outcome.errLength > outcome.err.length
        ? outcome.err.slice(0, outcome.err.lastIndexOf('\n'))
        : outcome.err;
    const lines = kept.trimEnd().split('\n');
    if (outcome.err.trim() === '') problems.push('exit 1 without a message');
    else if (lines.length > 1 && !lines.every((line) => PROBLEM_LINE.test(line))) {
      problems.push(`a message of ${lines.length} lines, not one line or <file>:<line>: lines`);
    }
    const long = lines.find((line) => line.length > MAX_LINE_CHARS);
    if (long !== undefined) problems.push(`a message line of ${long.length} characters`);
  }
  if (outcome.changed !== undefined) problems.push(`changed ${outcome.changed.join(', ')}`);
  return problems;
}

/**
 * A control character (ESC starts terminal escapes) or a bidi override or isolate: in a
 * message, it acts on the terminal instead of being read.
 */
function actsOnTerminal(char: string): boolean {
  const code = char.codePointAt(0)!;
  if (char === '\n' || char === '\t') return false;
  return (
    code < 0x20 || code === 0x7f || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)
  );
}

/** The first line of a text, cut to 200 characters. */
export function firstLine(text: string): string {
  const line = text.trim().split('\n')[0] ?? '';
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}
