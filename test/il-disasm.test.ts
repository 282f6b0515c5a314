// The IL layer: the opcode table, the bounds-checked decoder, ilasm text for signatures and
// tokens, and the ildasm-style disassembler. Exact lines are checked against the IlFixture
// assembly (one C# method per IL feature); then every method body of System.Private.CoreLib and
// System.Linq is decoded, branch and exception-handler boundaries are checked, and every method
// is disassembled.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { AssemblyFile } from '../src/metadata/assembly.js';
import { BadImageError } from '../src/metadata/errors.js';
import { findSharedFramework } from '../src/metadata/framework.js';
import { EhKind } from '../src/metadata/methodbody.js';
import { rvaToOffset } from '../src/metadata/pe.js';
import { TableId, makeToken, tokenTable } from '../src/metadata/schema.js';
import { type TypeSig } from '../src/metadata/signatures.js';
import {
  type Instruction, branchTargets, checkBranchTargets, decodeIl, decodeInstruction, ilLabel, ilTokens,
} from '../src/metadata/il/decoder.js';
import { disassembleMethod } from '../src/metadata/il/disasm.js';
import { IlFormatter, formatFloat, quoteName, quoteString } from '../src/metadata/il/format.js';
import { ONE_BYTE, OPCODES, TWO_BYTE, opcodeByName, opcodeByValue } from '../src/metadata/il/opcodes.js';
import { fixtureDll } from './support/fixtures.js';

const fixture = AssemblyFile.open(fixtureDll('IlFixture'));

/** The MethodDef rid of `type::method` in the fixture (type by simple name). */
function methodRid(file: AssemblyFile, typeName: string, methodName: string): number {
  const md = file.md;
  for (let t = 1; t <= md.rows('TypeDef'); t++) {
    if (md.row('TypeDef', t).TypeName !== typeName) continue;
    for (const m of md.typeMethods(t)) if (md.row('MethodDef', m).Name === methodName) return m;
  }
  throw new Error(`no method ${typeName}::${methodName}`);
}

function disasm(typeName: string, methodName: string, file = fixture): string[] {
  return disassembleMethod(file, methodRid(file, typeName, methodName)).split('\n');
}

function assertLines(lines: string[], expected: string[]): void {
  for (const e of expected) assert.ok(lines.includes(e), `missing line:\n${e}\nin:\n${lines.join('\n')}`);
}

function throwsBadImage(fn: () => unknown, pattern: RegExp): void {
  assert.throws(fn, (e: unknown) => e instanceof BadImageError && pattern.test(e.message));
}

// ---- opcode table ---------------------------------------------------------------------------------

test('opcode table: unique names and values, consistent lookups', () => {
  assert.equal(new Set(OPCODES.map((o) => o.name)).size, OPCODES.length);
  assert.equal(new Set(OPCODES.map((o) => o.value)).size, OPCODES.length);
  // ECMA-335 Partition III: 191 one-byte and 28 two-byte instructions (incl. the 6 prefixes).
  assert.equal(OPCODES.filter((o) => o.size === 1).length, 191);
  assert.equal(OPCODES.filter((o) => o.size === 2).length, 28);
  for (const op of OPCODES) {
    assert.equal(opcodeByName(op.name), op);
    assert.equal(opcodeByValue(op.value), op);
    assert.equal((op.size === 1 ? ONE_BYTE[op.value] : TWO_BYTE[op.value & 0xff]), op);
  }
  assert.equal(ONE_BYTE[0xfe], undefined);
  assert.deepEqual(OPCODES.filter((o) => o.prefix).map((o) => o.name).sort(),
    ['constrained.', 'no.', 'readonly.', 'tail.', 'unaligned.', 'volatile.']);
});

test('opcode table: operand kinds, stack behaviour and flow of representative opcodes', () => {
  const row = (name: string) => {
    const o = opcodeByName(name)!;
    return [o.value, o.operand, o.pops, o.pushes, o.flow];
  };
  assert.deepEqual(row('nop'), [0x00, 'none', 0, 0, 'next']);
  assert.deepEqual(row('break'), [0x01, 'none', 0, 0, 'break']);
  assert.deepEqual(row('ldarg.s'), [0x0e, 'var1', 0, 1, 'next']);
  assert.deepEqual(row('ldc.i4.s'), [0x1f, 'i1', 0, 1, 'next']);
  assert.deepEqual(row('ldc.i8'), [0x21, 'i8', 0, 1, 'next']);
  assert.deepEqual(row('ldc.r4'), [0x22, 'r4', 0, 1, 'next']);
  assert.deepEqual(row('ldc.r8'), [0x23, 'r8', 0, 1, 'next']);
  assert.deepEqual(row('dup'), [0x25, 'none', 1, 2, 'next']);
  assert.deepEqual(row('jmp'), [0x27, 'method', 0, 0, 'call']);
  assert.deepEqual(row('call'), [0x28, 'method', 'varpop', 'varpush', 'call']);
  assert.deepEqual(row('calli'), [0x29, 'sig', 'varpop', 'varpush', 'call']);
  assert.deepEqual(row('ret'), [0x2a, 'none', 'varpop', 0, 'return']);
  assert.deepEqual(row('br.s'), [0x2b, 'br1', 0, 0, 'branch']);
  assert.deepEqual(row('beq'), [0x3b, 'br4', 2, 0, 'cond-branch']);
  assert.deepEqual(row('switch'), [0x45, 'switch', 1, 0, 'cond-branch']);
  assert.deepEqual(row('callvirt'), [0x6f, 'method', 'varpop', 'varpush', 'call']);
  assert.deepEqual(row('ldstr'), [0x72, 'string', 0, 1, 'next']);
  assert.deepEqual(row('newobj'), [0x73, 'method', 'varpop', 1, 'call']);
  assert.deepEqual(row('throw'), [0x7a, 'none', 1, 0, 'throw']);
  assert.deepEqual(row('stfld'), [0x7d, 'field', 2, 0, 'next']);
  assert.deepEqual(row('box'), [0x8c, 'type', 1, 1, 'next']);
  assert.deepEqual(row('stelem.ref'), [0xa2, 'none', 3, 0, 'next']);
  assert.deepEqual(row('ldtoken'), [0xd0, 'tok', 0, 1, 'next']);
  assert.deepEqual(row('endfinally'), [0xdc, 'none', 0, 0, 'return']);
  assert.deepEqual(row('leave.s'), [0xde, 'br1', 0, 0, 'branch']);
  assert.deepEqual(row('arglist'), [0xfe00, 'none', 0, 1, 'next']);
  assert.deepEqual(row('ldarg'), [0xfe09, 'var2', 0, 1, 'next']);
  assert.deepEqual(row('endfilter'), [0xfe11, 'none', 1, 0, 'return']);
  assert.deepEqual(row('unaligned.'), [0xfe12, 'u1', 0, 0, 'meta']);
  assert.deepEqual(row('constrained.'), [0xfe16, 'type', 0, 0, 'meta']);
  assert.deepEqual(row('cpblk'), [0xfe17, 'none', 3, 0, 'next']);
  assert.deepEqual(row('no.'), [0xfe19, 'u1', 0, 0, 'meta']);
  assert.deepEqual(row('rethrow'), [0xfe1a, 'none', 0, 0, 'throw']);
  assert.deepEqual(row('sizeof'), [0xfe1c, 'type', 0, 1, 'next']);
  assert.deepEqual(row('readonly.'), [0xfe1e, 'none', 0, 0, 'meta']);
  const stelemI8 = opcodeByName('stelem.i8')!;
  assert.equal(stelemI8.popBehaviour, 'PopRef+PopI+PopI8');
  assert.deepEqual(stelemI8.popSlots, ['ref', 'i', 'i8']);
  assert.equal(opcodeByName('call')!.popSlots, undefined);
});

// ---- decoder ----------------------------------------------------------------------------------------

test('decoder: operands of every encoding', () => {
  const il = Uint8Array.from([
    0x1f, 0xfb, //                         IL_0000 ldc.i4.s -5
    0x20, 0x78, 0x56, 0x34, 0x12, //       IL_0002 ldc.i4 0x12345678
    0x21, 1, 0, 0, 0, 0, 0, 0, 0x80, //    IL_0007 ldc.i8 0x8000000000000001
    0x22, 0, 0, 0xc0, 0x3f, //             IL_0010 ldc.r4 1.5
    0x23, 0, 0, 0, 0, 0, 0, 0xf0, 0xbf, // IL_0015 ldc.r8 -1
    0x2b, 0xfe, //                         IL_001e br.s IL_001e (to itself)
    0x45, 2, 0, 0, 0, 0, 0, 0, 0, 0xf6, 0xff, 0xff, 0xff, // IL_0020 switch (IL_002d, IL_0023)
    0xfe, 0x0c, 0x34, 0x12, //             IL_002d ldloc 0x1234
    0x11, 0xff, //                         IL_0031 ldloc.s 255
    0xfe, 0x12, 0x02, //                   IL_0033 unaligned. 2
    0x28, 0x01, 0x00, 0x00, 0x0a, //       IL_0036 call 0x0a000001
    0x2a, //                               IL_003b ret
  ]);
  const ins = decodeIl(il);
  assert.deepEqual(ins.map((i) => [ilLabel(i.offset), i.opcode.name, i.size]), [
    ['IL_0000', 'ldc.i4.s', 2], ['IL_0002', 'ldc.i4', 5], ['IL_0007', 'ldc.i8', 9], ['IL_0010', 'ldc.r4', 5],
    ['IL_0015', 'ldc.r8', 9], ['IL_001e', 'br.s', 2], ['IL_0020', 'switch', 13], ['IL_002d', 'ldloc', 4],
    ['IL_0031', 'ldloc.s', 2], ['IL_0033', 'unaligned.', 3], ['IL_0036', 'call', 5], ['IL_003b', 'ret', 1],
  ]);
  assert.deepEqual(ins.map((i) => i.operand), [
    -5, 0x12345678, -0x7fffffffffffffffn, 1.5, -1, 0x1e, [0x2d, 0x23], 0x1234, 255, 2, 0x0a000001, undefined,
  ]);
  assert.deepEqual(branchTargets(ins[6]!), [0x2d, 0x23]);
  assert.deepEqual(decodeInstruction(il, 0x36).operand, 0x0a000001);
  // 0x23 is inside the switch: not an instruction boundary.
  throwsBadImage(() => checkBranchTargets(ins), /IL_0020: switch target 0x23 is not an instruction boundary/);
  assert.deepEqual(ilTokens(il), [{ offset: 0x36, token: 0x0a000001 }]);
});

test('decoder: malformed IL raises BadImageError naming the IL offset', () => {
  throwsBadImage(() => decodeIl(Uint8Array.from([0x00, 0x20, 1, 2])), /IL_0001: ldc\.i4 operand truncated/);
  throwsBadImage(() => decodeIl(Uint8Array.from([0x00, 0x00, 0x24])), /IL_0002: unknown opcode 0x24/);
  throwsBadImage(() => decodeIl(Uint8Array.from([0x00, 0xfe, 0x08])), /IL_0001: unknown opcode 0xfe 0x08/);
  throwsBadImage(() => decodeIl(Uint8Array.from([0x00, 0xfe])), /IL_0001: truncated two-byte opcode/);
  throwsBadImage(() => decodeIl(Uint8Array.from([0x26, 0x45, 0xff, 0xff, 0xff, 0x3f, 0, 0, 0, 0])),
    /IL_0001: switch with 1073741823 targets exceeds the method body/);
  throwsBadImage(() => decodeIl(Uint8Array.from([0x45, 1, 0, 0])), /IL_0000: switch operand truncated/);
  throwsBadImage(() => decodeIl(Uint8Array.from([0x72, 1, 0, 0])), /IL_0000: ldstr operand truncated/);
  throwsBadImage(() => decodeInstruction(Uint8Array.from([0x00]), 1), /IL_0001: offset outside the method body/);
  throwsBadImage(() => checkBranchTargets(decodeIl(Uint8Array.from([0x2b, 0x01, 0x2a]))),
    /IL_0000: br\.s target 0x3 is not an instruction boundary/);
  throwsBadImage(() => checkBranchTargets(decodeIl(Uint8Array.from([0x00, 0x2b, 0xfc]))),
    /IL_0001: br\.s target -0x1 is not an instruction boundary/);
});

test('ilTokens lists every token of a method body with its instruction offset', () => {
  const tables = (type: string, method: string) => {
    const body = fixture.methodBody(methodRid(fixture, type, method))!;
    return ilTokens(body.il).map((t) => tokenTable(t.token));
  };
  // newobj List<int>::.ctor, call Id<int>, callvirt Add, ldstr, newobj Box<string>::.ctor, ...
  const generics = tables('Program', 'Generics');
  assert.deepEqual(generics.slice(0, 5), [TableId.MemberRef, TableId.MethodSpec, TableId.MemberRef, 0x70, TableId.MemberRef]);
  assert.ok(generics.includes(TableId.Field));
  assert.deepEqual(tables('Program', 'CallFnPtr'), [TableId.MethodDef, TableId.StandAloneSig]);
  assert.deepEqual(tables('Program', 'TypeToken'), [TableId.TypeSpec, TableId.MemberRef]);
  assert.deepEqual(tables('Program', 'ArrayInit'), [TableId.TypeRef, TableId.Field, TableId.MemberRef]);
  const body = fixture.methodBody(methodRid(fixture, 'Program', 'Escapes'))!;
  assert.deepEqual(ilTokens(body.il).map((t) => t.offset), [0]);
});

// ---- text rendering -----------------------------------------------------------------------------------

test('format: names, string literals and floating-point literals', () => {
  assert.equal(quoteName('Main'), 'Main');
  assert.equal(quoteName('System.Collections.Generic.List`1'), 'System.Collections.Generic.List`1');
  assert.equal(quoteName('.ctor'), '.ctor');
  assert.equal(quoteName('<>c'), "'<>c'");
  assert.equal(quoteName('value'), "'value'");
  assert.equal(quoteName('add'), "'add'");
  assert.equal(quoteName("it's"), "'it\\'s'");
  assert.equal(quoteName('1st'), "'1st'");
  assert.equal(quoteString('a\t"b"\\c\n\r'), '"a\\t\\"b\\"\\\\c\\n\\r"');
  assert.equal(quoteString('é\0'), 'bytearray (E9 00 00 00)');
  assert.equal(formatFloat(1, 64), '1.');
  assert.equal(formatFloat(0.1, 64), '0.10000000000000001');
  assert.equal(formatFloat(-0, 64), '-0.0');
  assert.equal(formatFloat(1e300, 64), '1.0000000000000001e+300');
  assert.equal(formatFloat(Math.fround(2.5), 32), '2.5');
  assert.equal(formatFloat(Math.fround(0.1), 32), '0.1');
  assert.equal(formatFloat(Math.fround(1e-5), 32), '9.9999997e-06');
  assert.equal(formatFloat(Number.NaN, 32), '(00 00 C0 7F)');
  assert.equal(formatFloat(Number.NEGATIVE_INFINITY, 64), '(00 00 00 00 00 00 F0 FF)');
});

test('format: type signatures of every shape', () => {
  const f = IlFormatter.for(fixture);
  const md = fixture.md;
  let exceptionRef = 0;
  let inAttributeRef = 0;
  let listRef = 0;
  for (let rid = 1; rid <= md.rows('TypeRef'); rid++) {
    const name = md.row('TypeRef', rid).TypeName;
    if (name === 'DivideByZeroException') exceptionRef = makeToken(TableId.TypeRef, rid);
    if (name === 'IsVolatile') inAttributeRef = makeToken(TableId.TypeRef, rid);
    if (name === 'List`1') listRef = makeToken(TableId.TypeRef, rid);
  }
  assert.ok(exceptionRef && inAttributeRef && listRef);
  const i4: TypeSig = { kind: 'prim', prim: 'i4' };
  const cases: [TypeSig, string][] = [
    [{ kind: 'prim', prim: 'u' }, 'native uint'],
    [{ kind: 'prim', prim: 'typedref' }, 'typedref'],
    [{ kind: 'class', token: exceptionRef }, 'class [System.Runtime]System.DivideByZeroException'],
    [{ kind: 'valuetype', token: makeToken(TableId.TypeDef, methodTypeRid('Point')) }, 'valuetype IlFixture.Point'],
    [{ kind: 'class', token: makeToken(TableId.TypeDef, methodTypeRid('Inner')) }, 'class IlFixture.Box`1/Inner'],
    [{ kind: 'ptr', elem: { kind: 'ptr', elem: { kind: 'prim', prim: 'void' } } }, 'void**'],
    [{ kind: 'byref', elem: { kind: 'szarray', elem: i4 } }, 'int32[]&'],
    [{ kind: 'array', elem: i4, rank: 3, sizes: [4], lowerBounds: [2, 0] }, 'int32[2...5,0...,]'],
    [{ kind: 'array', elem: i4, rank: 2, sizes: [3, 4], lowerBounds: [] }, 'int32[3,4]'],
    [{ kind: 'array', elem: i4, rank: 2, sizes: [], lowerBounds: [] }, 'int32[,]'],
    [{ kind: 'generic', isValueType: false, token: listRef, args: [{ kind: 'mvar', index: 0 }] },
      'class [System.Collections]System.Collections.Generic.List`1<!!0>'],
    [{ kind: 'modified', mods: [{ required: true, token: inAttributeRef }, { required: false, token: exceptionRef }], elem: i4 },
      'int32 modreq([System.Runtime]System.Runtime.CompilerServices.IsVolatile) modopt([System.Runtime]System.DivideByZeroException)'],
    [{ kind: 'pinned', elem: { kind: 'byref', elem: { kind: 'prim', prim: 'char' } } }, 'char& pinned'],
    [{ kind: 'fnptr', method: { hasThis: true, explicitThis: true, callingConvention: 0, genericParamCount: 0,
      returnType: { kind: 'prim', prim: 'bool' }, params: [{ kind: 'var', index: 1 }], varargParams: [] } },
    'method instance explicit bool *(!1)'],
    [{ kind: 'fnptr', method: { hasThis: false, explicitThis: false, callingConvention: 2, genericParamCount: 0,
      returnType: { kind: 'prim', prim: 'void' }, params: [], varargParams: [] } },
    'method unmanaged stdcall void *()'],
  ];
  for (const [sig, text] of cases) assert.equal(f.typeSig(sig), text);
  // Generic parameters take their names inside a context that has them.
  assert.equal(f.typeSig({ kind: 'var', index: 0 }, { typeParams: ['T'] }), '!T');
  assert.equal(f.typeSig({ kind: 'mvar', index: 1 }, { methodParams: ['A'] }), '!!1');
  assert.equal(f.methodSig({ hasThis: false, explicitThis: false, callingConvention: 5, genericParamCount: 0,
    returnType: i4, params: [i4], varargParams: [{ kind: 'prim', prim: 'string' }] }, { owner: 'C', name: 'M' }),
  'vararg int32 C::M(int32, ..., string)');
});

function methodTypeRid(name: string): number {
  for (let t = 1; t <= fixture.md.rows('TypeDef'); t++) if (fixture.md.row('TypeDef', t).TypeName === name) return t;
  throw new Error(name);
}

// ---- disassembly of the fixture ---------------------------------------------------------------------

test('disasm: header, entry point, directives and calls', () => {
  assert.deepEqual(disasm('Program', 'Main'), [
    '.method public hidebysig static int32 Main(string[] args) cil managed',
    '{',
    '  .entrypoint',
    '  .maxstack 8',
    '  IL_0000:  ldarg.0',
    '  IL_0001:  ldlen',
    '  IL_0002:  conv.i4',
    '  IL_0003:  ldc.i4.3',
    '  IL_0004:  call       int32 IlFixture.Program::Branches(int32, int32)',
    '  IL_0009:  ldarg.0',
    '  IL_000a:  ldlen',
    '  IL_000b:  conv.i4',
    '  IL_000c:  call       string IlFixture.Program::Switch(int32)',
    '  IL_0011:  callvirt   instance int32 [System.Runtime]System.String::get_Length()',
    '  IL_0016:  add',
    '  IL_0017:  ret',
    '} // end of method IlFixture.Program::Main',
    '',
  ]);
  assertLines(disasm('Box`1', '.ctor'), [
    ".method public hidebysig specialname rtspecialname instance void .ctor(!T 'value') cil managed",
    '  IL_0001:  call       instance void [System.Runtime]System.Object::.ctor()',
    '  IL_0008:  stfld      !0 class IlFixture.Box`1<!T>::Value',
  ]);
  assertLines(disasm('Box`1', 'Map'), [
    '.method public hidebysig instance !!U Map<U>(class [System.Runtime]System.Func`2<!T, !!U> f) cil managed',
    '  IL_0007:  callvirt   instance !1 class [System.Runtime]System.Func`2<!T, !!U>::Invoke(!0)',
  ]);
});

test('disasm: branches, switch and argument/local operands', () => {
  assertLines(disasm('Program', 'Branches'), [
    '.method public hidebysig static int32 Branches(int32 a, int32 b) cil managed',
    '  .maxstack 2',
    '  .locals init ([0] int32 V_0)',
    '  IL_0002:  ble.s      IL_0008',
    '  IL_000a:  br.s       IL_0015',
    '  IL_000f:  starg.s    a',
    '  IL_0017:  blt.s      IL_000c',
  ]);
  assertLines(disasm('Program', 'Switch'), [
    '  IL_0001:  switch     (IL_0018, IL_001e, IL_0024, IL_002a)',
    '  IL_0016:  br.s       IL_0030',
    '  IL_0018:  ldstr      "zero"',
  ]);
  assertLines(disasm('Program', 'Constrained'), [
    '.method public hidebysig static string Constrained<T>(!!T x) cil managed',
    '  IL_0000:  ldarga.s   x',
    '  IL_0002:  constrained. !!T',
    '  IL_0008:  callvirt   instance string [System.Runtime]System.Object::ToString()',
  ]);
  assertLines(disasm('Program', 'VarArgs'), [
    '  IL_0000:  arglist',
    '  IL_0008:  ldloca.s   V_0',
  ]);
});

test('disasm: string literals with escapes', () => {
  assertLines(disasm('Program', 'Escapes'), ['  IL_0000:  ldstr      "tab\\there \\"quoted\\" back\\\\slash\\nline\\r"']);
  assertLines(disasm('Program', 'NonAscii'), ['  IL_0000:  ldstr      bytearray (63 00 61 00 66 00 E9 00)']);
});

test('disasm: numeric constants and locals', () => {
  assertLines(disasm('Program', 'Constants'), [
    '  .locals init ([0] int32 V_0, [1] float32 V_1, [2] float64 V_2)',
    '  IL_0000:  ldc.i8     0x11f71fb04cb',
    '  IL_0009:  ldc.i4     0x186a0',
    '  IL_000f:  ldc.r4     2.5',
    '  IL_0015:  ldc.r8     0.10000000000000001',
    '  IL_0028:  ldc.i4.5',
  ]);
  assertLines(disasm('Program', 'Locals'), [
    '  .locals init ([0] string V_0, [1] object V_1, [2] int32 V_2)',
    '  IL_0013:  box        [System.Runtime]System.Int32',
    '  IL_0021:  isinst     [System.Runtime]System.Int32',
    '  IL_0029:  unbox.any  [System.Runtime]System.Int32',
  ]);
  assertLines(disasm('Program', 'Refs'), [
    '.method public hidebysig static void Refs(int32& a, [out] int32& b, [in] int32& c, int32* p) cil managed',
  ]);
});

test('disasm: exception handling clauses (catch, finally, filter)', () => {
  assertLines(disasm('Program', 'TryCatchFinally'), [
    '  IL_0005:  leave.s    IL_0019',
    '  IL_0018:  endfinally',
    '  .try IL_0000 to IL_0007 catch [System.Runtime]System.DivideByZeroException handler IL_0007 to IL_000c',
    '  .try IL_0000 to IL_000c finally handler IL_000c to IL_0019',
  ]);
  assertLines(disasm('Program', 'Filter'), [
    '  IL_0009:  newobj     instance void [System.Runtime]System.ArgumentException::.ctor(string)',
    '  IL_0013:  isinst     [System.Runtime]System.ArgumentException',
    '  IL_0029:  call       bool [System.Runtime]System.String::op_Equality(string, string)',
    '  IL_0031:  endfilter',
    '  .try IL_0000 to IL_0013 filter IL_0013 handler IL_0033 to IL_0038',
  ]);
});

test('disasm: fault clause (finally patched to fault in a copy of the fixture)', () => {
  // C# never emits fault handlers: flip TryCatchFinally's finally clause kind in the image bytes.
  const rid = methodRid(fixture, 'Program', 'TryCatchFinally');
  const bytes = Uint8Array.from(fixture.bytes);
  const dv = new DataView(bytes.buffer);
  const at = rvaToOffset(fixture.pe, fixture.md.row('MethodDef', rid).RVA);
  const flags = dv.getUint16(at, true);
  assert.equal(flags & 3, 3, 'fat header');
  assert.ok(flags & 0x8, 'has extra sections');
  let sect = (at + (flags >> 12) * 4 + dv.getUint32(at + 4, true) + 3) & ~3;
  const kind = bytes[sect]!;
  assert.equal(kind & 0x41, 0x01, 'small EH section');
  const count = (bytes[sect + 1]! - 4) / 12;
  let patched = 0;
  for (sect += 4; patched === 0 && sect < at + 4096; sect += 12) {
    if (dv.getUint16(sect, true) === EhKind.Finally) {
      dv.setUint16(sect, EhKind.Fault, true);
      patched++;
    }
  }
  assert.equal(count, 2);
  assert.equal(patched, 1);
  const copy = new AssemblyFile(fixture.path, bytes);
  assertLines(disasm('Program', 'TryCatchFinally', copy), [
    '  .try IL_0000 to IL_000c fault handler IL_000c to IL_0019',
  ]);
});

test('disasm: a TypeSpec that contains itself raises BadImageError', () => {
  // Rewrite the List<int32> TypeSpec (GENERICINST CLASS <TypeRef List`1> 1 I4) to name itself.
  const md = fixture.md;
  const bytes = Uint8Array.from(fixture.bytes);
  const heapStart = md.blobs.bytes.byteOffset - fixture.bytes.byteOffset;
  let patched = 0;
  for (let rid = 1; rid <= md.rows('TypeSpec') && !patched; rid++) {
    const offset = md.row('TypeSpec', rid).Signature;
    const blob = md.blobs.get(offset);
    if (blob.length === 5 && blob[0] === 0x15 && blob[1] === 0x12 && blob[3] === 1 && blob[4] === 0x08 && rid < 32) {
      const at = heapStart + offset + 1 + 2; // length byte, GENERICINST, CLASS
      assert.equal(bytes[at], blob[2]);
      bytes[at] = (rid << 2) | 2;
      patched = rid;
    }
  }
  assert.ok(patched);
  const copy = new AssemblyFile(fixture.path, bytes);
  throwsBadImage(() => disassembleMethod(copy, methodRid(copy, 'Program', 'Generics')), /TypeSpec token where a TypeDef or TypeRef is required|refers to itself/);
});

test('disasm: generic calls, method specs and nested types', () => {
  assertLines(disasm('Program', 'Id'), ['.method public hidebysig static !!T Id<T>(!!T x) cil managed']);
  assertLines(disasm('Program', 'Generics'), [
    '  .locals init ([0] class IlFixture.Box`1<string> V_0)',
    '  IL_0000:  newobj     instance void class [System.Collections]System.Collections.Generic.List`1<int32>::.ctor()',
    '  IL_0008:  call       !!0 IlFixture.Program::Id<int32>(!!0)',
    '  IL_000d:  callvirt   instance void class [System.Collections]System.Collections.Generic.List`1<int32>::Add(!0)',
    '  IL_0017:  newobj     instance void class IlFixture.Box`1<string>::.ctor(!0)',
    "  IL_0030:  ldsfld     class [System.Runtime]System.Func`2<string, int32> IlFixture.Program/'<>c'::'<>9__11_0'",
    "  IL_003e:  ldftn      instance int32 IlFixture.Program/'<>c'::'<Generics>b__11_0'(string)",
    '  IL_0044:  newobj     instance void class [System.Runtime]System.Func`2<string, int32>::.ctor(object, native int)',
    '  IL_004f:  callvirt   instance !!0 class IlFixture.Box`1<string>::Map<int32>(class [System.Runtime]System.Func`2<!0, !!0>)',
    '  IL_0055:  ldsfld     int32 class IlFixture.Box`1<int32>::Count',
  ]);
  assertLines(disasm('Program', 'NestedGeneric'), [
    '  IL_0000:  newobj     instance void class IlFixture.Box`1/Inner<int32>::.ctor()',
    '  IL_0005:  ldfld      !0 class IlFixture.Box`1/Inner<int32>::Item',
  ]);
  assertLines(disasm('Program', 'CallVarArgs'), [
    '  IL_0006:  call       vararg int32 IlFixture.Program::VarArgs(..., int32, string)',
  ]);
});

test('disasm: ldtoken of types and fields', () => {
  assertLines(disasm('Program', 'TypeToken'), [
    '.method public hidebysig static class [System.Runtime]System.Type TypeToken<T>() cil managed',
    '  IL_0000:  ldtoken    !!T',
    '  IL_0005:  call       class [System.Runtime]System.Type [System.Runtime]System.Type::GetTypeFromHandle(valuetype [System.Runtime]System.RuntimeTypeHandle)',
  ]);
  assertLines(disasm('Program', 'GenericTypeToken'), [
    '  IL_0000:  ldtoken    class [System.Collections]System.Collections.Generic.Dictionary`2<string, int32>',
  ]);
  const arrayInit = disasm('Program', 'ArrayInit');
  assertLines(arrayInit, [
    '  IL_0001:  newarr     [System.Runtime]System.Int32',
    '  IL_000c:  call       void [System.Runtime]System.Runtime.CompilerServices.RuntimeHelpers::InitializeArray(class [System.Runtime]System.Array, valuetype [System.Runtime]System.RuntimeFieldHandle)',
  ]);
  assert.match(arrayInit.find((l) => l.includes('ldtoken'))!,
    /^ {2}IL_0007: {2}ldtoken {4}field valuetype '<PrivateImplementationDetails>'\/'__StaticArrayInitTypeSize=32' '<PrivateImplementationDetails>'::'[0-9A-F]{64}'$/);
});

test('disasm: function pointers and calli', () => {
  assertLines(disasm('Program', 'CallFnPtr'), [
    '  .locals init ([0] method int32 *(int32) V_0)',
    '  IL_0000:  ldftn      int32 IlFixture.Program::Square(int32)',
    '  IL_0009:  calli      int32(int32)',
  ]);
  assertLines(disasm('Program', 'CallUnmanaged'), [
    '.method public hidebysig static int32 CallUnmanaged(method unmanaged cdecl int32 *(int32) f) cil managed',
    '  IL_0004:  calli      unmanaged cdecl int32(int32)',
  ]);
});

test('disasm: fields, volatile prefix and multi-dimensional arrays', () => {
  assertLines(disasm('Program', 'Fields'), [
    '.method public hidebysig static int32 Fields(valuetype IlFixture.Point p) cil managed',
    '  IL_0001:  ldfld      int32 IlFixture.Point::X',
    '  IL_0006:  stsfld     int32 IlFixture.Program::Counter',
    '  IL_0011:  volatile.',
    '  IL_0013:  stsfld     int32 modreq([System.Runtime]System.Runtime.CompilerServices.IsVolatile) IlFixture.Program::Flag',
  ]);
  assertLines(disasm('Program', 'MultiDim'), [
    '  .locals init ([0] float64[0...,0...] V_0)',
    '  IL_0002:  newobj     instance void float64[0...,0...]::.ctor(int32, int32)',
    '  IL_000b:  ldc.r8     1.5',
    '  IL_0014:  call       instance void float64[0...,0...]::Set(int32, int32, float64)',
    '  IL_001c:  call       instance float64 float64[0...,0...]::Get(int32, int32)',
  ]);
  assertLines(disasm('<>c', '<Generics>b__11_0'), [
    ".method assembly hidebysig instance int32 '<Generics>b__11_0'(string s) cil managed",
    "} // end of method IlFixture.Program/'<>c'::'<Generics>b__11_0'",
  ]);
  assertLines(disasm('Program', '.cctor'), [
    '.method private hidebysig specialname rtspecialname static void .cctor() cil managed',
  ]);
});

// ---- the shared framework ---------------------------------------------------------------------------

test('every method body of System.Private.CoreLib and System.Linq decodes and disassembles', (t) => {
  const fw = findSharedFramework();
  const started = performance.now();
  const seen = new Set<string>();
  const ehKinds = new Set<EhKind>();
  let bodies = 0;
  let instructions = 0;
  let sampled = 0;
  for (const name of ['System.Private.CoreLib', 'System.Linq']) {
    const file = AssemblyFile.open(join(fw.dir, name + '.dll'));
    const n = file.md.rows('MethodDef');
    for (let rid = 1; rid <= n; rid++) {
      const body = file.methodBody(rid);
      let ins: Instruction[] | undefined;
      if (body) {
        ins = decodeIl(body.il);
        bodies++;
        instructions += ins.length;
        for (const i of ins) seen.add(i.opcode.name);
        checkBranchTargets(ins);
        // Exception-handler ranges start on instruction boundaries and end on one or at the end.
        const starts = new Set(ins.map((i) => i.offset));
        const boundary = (o: number) => starts.has(o) || o === body.il.length;
        for (const c of body.ehClauses) {
          ehKinds.add(c.kind);
          const where = `${name} method ${rid}`;
          assert.ok(starts.has(c.tryOffset) && boundary(c.tryOffset + c.tryLength), `${where}: try range`);
          assert.ok(starts.has(c.handlerOffset) && boundary(c.handlerOffset + c.handlerLength), `${where}: handler range`);
          if (c.kind === EhKind.Filter) assert.ok(starts.has(c.filterOffset), `${where}: filter start`);
        }
      }
      // Disassemble every method (with or without a body); each must render without error and
      // give one line per instruction plus one per clause.
      const text = disassembleMethod(file, rid);
      sampled++;
      assert.ok(text.startsWith('.method '), `${name} method ${rid}`);
      if (body && ins) {
        const lines = text.split('\n');
        assert.equal(lines.filter((l) => /^ {2}IL_[0-9a-f]{4,}: {2}/.test(l)).length, ins.length);
        assert.equal(lines.filter((l) => l.startsWith('  .try ')).length, body.ehClauses.length);
      }
    }
  }
  const ms = performance.now() - started;
  assert.ok(bodies > 30000, `bodies: ${bodies}`);
  assert.deepEqual([...ehKinds].sort(), [EhKind.Catch, EhKind.Filter, EhKind.Finally, EhKind.Fault]);
  for (const op of ['constrained.', 'readonly.', 'volatile.', 'switch', 'calli', 'ldtoken', 'leave', 'endfilter', 'localloc']) {
    assert.ok(seen.has(op), `framework IL uses ${op}`);
  }
  t.diagnostic(`${bodies} bodies, ${instructions} instructions, ${sampled} methods disassembled in ${Math.round(ms)} ms`);
  assert.ok(ms < 20000, `took ${Math.round(ms)} ms`);
});
