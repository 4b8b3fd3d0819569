import { runPlannerAsync } from './cli/run-planner';

// Output piped into `head` and the like may be cut short: that is the reader's choice, not
// an error. Any other failure to write the output is one line on stderr, never a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  process.stderr.write(`planner: cannot write the output (${error.code ?? error.message})\n`);
  process.exit(1);
});

// The command line: same domain code as the app. `npm run -s planner -- <command>`.
void runPlannerAsync(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
}).then((code) => {
  process.exitCode = code;
});
