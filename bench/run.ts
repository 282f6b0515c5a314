// Runs every benchmark in bench/ in turn (`npm run bench`). Benchmarks are never timed tests.
import { run as inspect } from './inspect.js';

const benchmarks: [string, () => unknown][] = [['inspect', inspect]];

for (const [name, run] of benchmarks) {
  process.stdout.write(`== ${name}\n`);
  run();
}
