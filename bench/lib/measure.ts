// Runs one process and measures it: wall time, peak resident set size, CPU time and exit status.
//
// The measuring is done by a tiny C program (its source is below) compiled on first use into
// bench/.cache/tools/: it forks, points the child's standard streams at files, execs the
// command, and waits for it with wait4(), so the wall time is read with CLOCK_MONOTONIC around
// fork..wait and the peak RSS comes from the child's own rusage (ru_maxrss, in KiB). Without a
// C compiler it falls back to GNU time (`/usr/bin/time -f ...`, Debian package `time`), whose
// %M is the same ru_maxrss; the wall time is then taken in Node around the spawn.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256Text, which } from './util.js';

export interface Measurement {
  wallMs: number;
  /** Peak resident set size in KiB (ru_maxrss). */
  maxRssKiB: number;
  userMs: number;
  sysMs: number;
  /** Exit code, or null when the process was killed by a signal. */
  exitCode: number | null;
  signal: number | null;
  timedOut: boolean;
}

export interface RunSpec {
  argv: string[];
  stdinPath: string;
  stdoutPath: string;
  stderrPath: string;
  timeoutMs: number;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
}

const SOURCE = String.raw`
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* usage: measure STDIN STDOUT STDERR TIMEOUT_MS COMMAND [ARGS...]
   prints: wall_ns maxrss_kib user_us sys_us exit_code signal timed_out */

static volatile pid_t child = 0;
static volatile sig_atomic_t timed_out = 0;

static void on_alarm(int sig) {
  (void)sig;
  timed_out = 1;
  if (child > 0) kill(child, SIGKILL);
}

int main(int argc, char **argv) {
  if (argc < 6) {
    fprintf(stderr, "usage: measure STDIN STDOUT STDERR TIMEOUT_MS COMMAND [ARGS...]\n");
    return 2;
  }
  int in = open(argv[1], O_RDONLY | O_CLOEXEC);
  int out = open(argv[2], O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  int err = open(argv[3], O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (in < 0 || out < 0 || err < 0) {
    perror("measure: open");
    return 2;
  }
  long timeout_ms = atol(argv[4]);

  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_alarm;
  sigaction(SIGALRM, &sa, NULL); /* no SA_RESTART: wait4 returns EINTR */

  struct timespec t0, t1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  pid_t pid = fork();
  if (pid < 0) {
    perror("measure: fork");
    return 2;
  }
  if (pid == 0) {
    dup2(in, 0);
    dup2(out, 1);
    dup2(err, 2);
    execvp(argv[5], argv + 5);
    fprintf(stderr, "measure: cannot execute %s: %s\n", argv[5], strerror(errno));
    _exit(127);
  }
  child = pid;
  if (timeout_ms > 0) {
    struct itimerval it;
    memset(&it, 0, sizeof it);
    it.it_value.tv_sec = timeout_ms / 1000;
    it.it_value.tv_usec = (timeout_ms % 1000) * 1000;
    setitimer(ITIMER_REAL, &it, NULL);
  }
  int status = 0;
  struct rusage ru;
  while (wait4(pid, &status, 0, &ru) < 0) {
    if (errno != EINTR) {
      perror("measure: wait4");
      return 2;
    }
  }
  clock_gettime(CLOCK_MONOTONIC, &t1);
  long long wall_ns = (long long)(t1.tv_sec - t0.tv_sec) * 1000000000LL + (t1.tv_nsec - t0.tv_nsec);
  long long user_us = (long long)ru.ru_utime.tv_sec * 1000000LL + ru.ru_utime.tv_usec;
  long long sys_us = (long long)ru.ru_stime.tv_sec * 1000000LL + ru.ru_stime.tv_usec;
  int code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  int sig = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
  printf("%lld %ld %lld %lld %d %d %d\n", wall_ns, ru.ru_maxrss, user_us, sys_us, code, sig, (int)timed_out);
  return 0;
}
`;

type Backend = { kind: 'wrapper'; path: string } | { kind: 'gnu-time'; path: string };

let backend: Backend | undefined;

/** Compiles the wrapper (once per source version) or finds GNU time. */
export function setUpMeasure(toolsDir: string): string {
  if (backend) return describeBackend();
  const cc = which('cc') ?? which('gcc') ?? which('clang');
  if (cc) {
    const exe = join(toolsDir, `measure-${sha256Text(SOURCE).slice(0, 12)}`);
    if (!existsSync(exe)) {
      mkdirSync(toolsDir, { recursive: true });
      const src = join(toolsDir, 'measure.c');
      writeFileSync(src, SOURCE);
      const tmp = `${exe}.tmp${process.pid}`;
      const r = spawnSync(cc, ['-O2', '-o', tmp, src], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`compiling the measuring wrapper with ${cc} failed:\n${r.stderr}`);
      renameSync(tmp, exe);
    }
    backend = { kind: 'wrapper', path: exe };
  } else if (existsSync('/usr/bin/time')) {
    backend = { kind: 'gnu-time', path: '/usr/bin/time' };
  } else {
    throw new Error('no C compiler (cc, gcc or clang) and no /usr/bin/time: install gcc or the Debian package `time`');
  }
  return describeBackend();
}

function describeBackend(): string {
  if (!backend) return 'none';
  return backend.kind === 'wrapper'
    ? 'fork/exec/wait4 wrapper (CLOCK_MONOTONIC wall time, ru_maxrss)'
    : 'GNU time (%M = ru_maxrss; wall time from Node)';
}

/** Runs argv with stdin/stdout/stderr redirected to files, and measures it. */
export function measure(spec: RunSpec): Measurement {
  if (!backend) throw new Error('setUpMeasure() was not called');
  if (backend.kind === 'wrapper') {
    const r = spawnSync(
      backend.path,
      [spec.stdinPath, spec.stdoutPath, spec.stderrPath, String(spec.timeoutMs), ...spec.argv],
      { encoding: 'utf8', env: spec.env ?? process.env, cwd: spec.cwd, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    if (r.status !== 0) throw new Error(`measuring wrapper failed: ${r.stderr || r.error?.message}`);
    const f = r.stdout.trim().split(/\s+/).map(Number);
    if (f.length !== 7 || f.some((x) => !Number.isFinite(x))) throw new Error(`measuring wrapper printed '${r.stdout.trim()}'`);
    const [wallNs, rss, userUs, sysUs, code, sig, timedOut] = f as [number, number, number, number, number, number, number];
    return {
      wallMs: wallNs / 1e6,
      maxRssKiB: rss,
      userMs: userUs / 1000,
      sysMs: sysUs / 1000,
      exitCode: code >= 0 ? code : null,
      signal: sig || null,
      timedOut: timedOut === 1,
    };
  }
  // GNU time writes its report to a file (-o); the command's own streams go to the files.
  const report = `${spec.stderrPath}.time`;
  const stdio = [openSync(spec.stdinPath, 'r'), openSync(spec.stdoutPath, 'w'), openSync(spec.stderrPath, 'w')];
  const t0 = performance.now();
  const r = spawnSync(backend.path, ['-o', report, '-f', '%M %U %S', ...spec.argv], {
    env: spec.env ?? process.env,
    cwd: spec.cwd,
    stdio,
    timeout: spec.timeoutMs > 0 ? spec.timeoutMs : undefined,
    killSignal: 'SIGKILL',
  });
  const wallMs = performance.now() - t0;
  for (const fd of stdio) closeSync(fd);
  const timedOut = (r.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT';
  let rss = 0, user = 0, sys = 0;
  if (existsSync(report)) {
    // The last line is the format; an earlier one may say "Command exited with non-zero status".
    const lines = readFileSync(report, 'utf8').trim().split('\n');
    const f = (lines[lines.length - 1] ?? '').split(/\s+/).map(Number);
    rss = f[0] ?? 0;
    user = (f[1] ?? 0) * 1000;
    sys = (f[2] ?? 0) * 1000;
    rmSync(report, { force: true });
  }
  return { wallMs, maxRssKiB: rss, userMs: user, sysMs: sys, exitCode: r.status, signal: r.signal ? 9 : null, timedOut };
}
