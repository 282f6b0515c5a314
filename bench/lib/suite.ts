// The benchmark programs (bench/programs/<name>/<name>.csproj) and their input sizes. Full sizes
// take roughly 1-10 s each under the JIT on the 2-core reference machine; quick sizes a few
// tenths of a second, so that `--quick` fits in a few minutes.

export interface ProgramDef {
  name: string;
  /** What the program stresses, for the README and the result file. */
  what: string;
  /** The hello program is measured for start-up and size; its only row group says so. */
  startup?: boolean;
  /** Exit code of a successful run (default 0). */
  exitCode?: number;
  /** Command-line arguments. */
  args: { full: string[]; quick: string[] };
  /** Programs that read a FASTA file on standard input get the fasta program's output for n. */
  fastaInput?: { full: number; quick: number };
}

export const SUITE: ProgramDef[] = [
  { name: 'return-100', what: 'start-up: `static int Main() => 100;`, no output', startup: true, exitCode: 100, args: { full: [], quick: [] } },
  { name: 'hello', what: 'start-up: prints one line', startup: true, args: { full: [], quick: [] } },
  { name: 'binary-trees', what: 'allocation and GC (many short-lived trees, one long-lived)', args: { full: ['19'], quick: ['14'] } },
  { name: 'fannkuch-redux', what: 'integer array permutations', args: { full: ['11'], quick: ['9'] } },
  { name: 'n-body', what: 'double arithmetic on a few objects', args: { full: ['50000000'], quick: ['1000000'] } },
  { name: 'spectral-norm', what: 'double arithmetic over arrays', args: { full: ['7000'], quick: ['1000'] } },
  { name: 'mandelbrot', what: 'double arithmetic, bit packing, binary output', args: { full: ['8000'], quick: ['1000'] } },
  { name: 'fasta', what: 'random generation and buffered output (250 MB at full size)', args: { full: ['25000000'], quick: ['1000000'] } },
  {
    name: 'k-nucleotide',
    what: 'Dictionary<ulong,int> counting over a FASTA input',
    args: { full: [], quick: [] },
    fastaInput: { full: 10_000_000, quick: 500_000 },
  },
  {
    name: 'reverse-complement',
    what: 'reading and writing a large FASTA file (I/O)',
    args: { full: [], quick: [] },
    fastaInput: { full: 25_000_000, quick: 1_000_000 },
  },
  { name: 'pidigits', what: 'System.Numerics.BigInteger arithmetic', args: { full: ['10000'], quick: ['2000'] } },
  {
    name: 'regex-redux',
    what: 'System.Text.RegularExpressions over a FASTA input',
    args: { full: [], quick: [] },
    fastaInput: { full: 2_500_000, quick: 250_000 },
  },
  { name: 'json-text', what: 'JSON text: generate, parse to a tree, query, serialize', args: { full: ['30000'], quick: ['3000'] } },
  { name: 'linq-queries', what: 'LINQ to Objects: joins, grouping, sorting, sets', args: { full: ['1000000'], quick: ['50000'] } },
];
