// The compile-time table of runtime-exported native functions (src/codegen/system-native.ts):
// runtime/include/dn_system_native.h parsed into prototypes, the binding rules by import module,
// and a C check that the declarations generated units contain agree with the header the runtime
// is compiled against.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { nativeFunctionFor, nativeFunctions, parseNativeHeader } from '../src/codegen/system-native.js';
import { defaultRuntimeDir } from '../src/toolchain/runtime.js';

test('parses one-line prototypes, skipping comments and struct bodies', () => {
  const fns = parseNativeHeader(`
/* int32_t Commented(void); */
struct X { int32_t A; };
int32_t SystemNative_A(intptr_t fd, const void *buffer, int32_t size);
char* SystemNative_B(char *buf, int32_t n);
void SystemNative_C(void);
int32_t SystemNative_D(struct X *x, int32_t fds[2]);
`);
  assert.deepEqual([...fns.keys()], ['SystemNative_A', 'SystemNative_B', 'SystemNative_C', 'SystemNative_D']);
  assert.deepEqual(fns.get('SystemNative_A')!.params, ['intptr_t', 'const void *', 'int32_t']);
  assert.equal(fns.get('SystemNative_B')!.returnType, 'char *');
  assert.equal(fns.get('SystemNative_B')!.declaration, 'char *SystemNative_B(char *, int32_t);');
  assert.deepEqual(fns.get('SystemNative_C')!.params, []);
  assert.equal(fns.get('SystemNative_D')!.declaration, 'struct X; int32_t SystemNative_D(struct X *, int32_t *);');
});

test('binds libSystem.Native entry points by name and QCalls as DnQCall_<entry>', () => {
  assert.equal(nativeFunctionFor('libSystem.Native', 'SystemNative_Write')?.name, 'SystemNative_Write');
  assert.equal(nativeFunctionFor('libSystem.Native', 'SystemNative_NotThere'), undefined);
  assert.equal(nativeFunctionFor('libSystem.Native', 'dn_icall_get_exit_code'), undefined);
  assert.equal(nativeFunctionFor('QCall', 'GetEnvironmentVariableW')?.name, 'DnQCall_GetEnvironmentVariableW');
  assert.equal(nativeFunctionFor('libc', 'SystemNative_Write'), undefined);
  assert.deepEqual(nativeFunctionFor('libSystem.Native', 'SystemNative_FStat')?.params, ['intptr_t', 'struct DnSysFileStatus *']);
});

test('the declarations emitted into generated units agree with the runtime header', (t) => {
  const cc = ['cc', 'gcc', 'clang'].find((c) => spawnSync(c, ['--version'], { stdio: 'ignore' }).status === 0);
  if (!cc) return t.skip('no C compiler');
  const dir = mkdtempSync(join(tmpdir(), 'dotnative-sysnative-'));
  try {
    const fns = [...nativeFunctions().values()];
    assert.ok(fns.length > 100);
    // A unit declares what it uses without the header; the header in the same unit must agree.
    const text = ['#include <stdint.h>', ...fns.map((f) => f.declaration), '#include "dn_system_native.h"', ''].join('\n');
    const file = join(dir, 'decls.c');
    writeFileSync(file, text);
    const r = spawnSync(cc, ['-std=gnu11', '-Wall', '-Wextra', '-Werror', '-fsyntax-only', `-I${join(defaultRuntimeDir(), 'include')}`, file], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
