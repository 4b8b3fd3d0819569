import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/** Prints why tests were skipped (the list reporter only marks them), once per reason. */
export default class SkipReasonsReporter implements Reporter {
  private readonly reasons = new Map<string, number>();

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status !== 'skipped') return;
    const reason =
      [...result.annotations, ...test.annotations].find((a) => a.type === 'skip')?.description ??
      'no reason given';
    const project = test.parent.project()?.name ?? '';
    const key = `${project ? `[${project}] ` : ''}${reason}`;
    this.reasons.set(key, (this.reasons.get(key) ?? 0) + 1);
  }

  onEnd(): void {
    for (const [reason, count] of this.reasons) {
      console.log(`  Skipped ${count} ${count === 1 ? 'test' : 'tests'}: ${reason}`);
    }
  }

  printsToStdio(): boolean {
    return false;
  }
}
