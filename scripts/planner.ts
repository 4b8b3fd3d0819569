import { runPlanner } from './cli/run-planner';

// The command line: same domain code as the app. `npm run -s planner -- <command>`.
process.exitCode = runPlanner(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
