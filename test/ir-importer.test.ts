// The IL importer (src/ir): exact dumps of small methods of the IrFixture assembly, structural
// properties of the others (merges, EH regions and leave chains, calls and constrained.
// lowering, arrays, pointers, delegates, boxing), synthesized IL for the instructions C# never
// emits and for malformed bodies, and a breadth run over System.Private.CoreLib, System.Linq
// and the fixture (open generic definitions) plus the exact instantiations reachable from the
// fixture, each method imported without ImportError and checked by verifyIr.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dumpIr } from '../src/ir/dump.js';
import { ImportError } from '../src/ir/errors.js';
import { importMethod } from '../src/ir/importer.js';
import type { CallStmt, IrMethod, IrStmt, LeaveTerm } from '../src/ir/ir.js';
import { verifyIr } from '../src/ir/verify.js';
import type { AssemblyFile } from '../src/metadata/assembly.js';
import { opcodeByName } from '../src/metadata/il/opcodes.js';
import { EhKind, type EhClause, type MethodBody } from '../src/metadata/methodbody.js';
import { AssemblyLoader } from '../src/metadata/loader.js';
import { TypeSystemContext } from '../src/typesystem/context.js';
import type { MethodDesc } from '../src/typesystem/members.js';
import { DefType, type TypeDesc } from '../src/typesystem/types.js';
import { fixtureDll } from './support/fixtures.js';

const loader = AssemblyLoader.forApp(fixtureDll('IrFixture'));
const ctx = new TypeSystemContext(loader);
const fixture: AssemblyFile = loader.loaded[0]!;

function type(name: string): DefType {
  try {
    return ctx.findType(fixture, name);
  } catch {
    return ctx.wellKnown(name);
  }
}

/** `Type::Method`, optionally instantiated: method('Calls', 'Hash', [int]). */
function method(typeName: string, name: string, methodArgs: TypeDesc[] = [], typeArgs: TypeDesc[] = []): MethodDesc {
  let t = type(typeName);
  if (typeArgs.length) t = ctx.instantiate(t, typeArgs);
  const found = t.methods.filter((m) => m.name === name);
  assert.equal(found.length, 1, `${typeName}::${name}: ${found.length} overloads`);
  const m = found[0]!;
  return methodArgs.length ? ctx.method(t, m.def!.rid, methodArgs) : m;
}

function imported(typeName: string, name: string, methodArgs: TypeDesc[] = [], typeArgs: TypeDesc[] = []): IrMethod {
  const ir = importMethod(method(typeName, name, methodArgs, typeArgs));
  assert.deepEqual(verifyIr(ir), [], dumpIr(ir));
  return ir;
}

function dumpOf(typeName: string, name: string, methodArgs: TypeDesc[] = []): string {
  return dumpIr(imported(typeName, name, methodArgs));
}

function lines(...ls: string[]): string {
  return ls.join('\n') + '\n';
}

const stmts = (m: IrMethod): IrStmt[] => m.blocks.flatMap((b) => b.stmts);
const calls = (m: IrMethod): CallStmt[] => stmts(m).filter((s): s is CallStmt => s.kind === 'call');
const texts = (m: IrMethod): string[] => dumpIr(m).trimEnd().split('\n').map((l) => l.trim());

// ---- exact dumps ------------------------------------------------------------------------------

test('dump: int32 addition', () => {
  assert.equal(dumpOf('Arith', 'AddInt'), lines(
    'method int32 Arith::AddInt(int32,int32)',
    '  a0: int32 (int32)',
    '  a1: int32 (int32)',
    '  t0: int32 (int32)',
    'B0 IL_0000..IL_0004:',
    '  t0 = add a0, a1',
    '  return t0',
  ));
});

test('dump: native int + int32 (explicit conv.i from the IL)', () => {
  assert.equal(dumpOf('Arith', 'AddNative'), lines(
    'method native int Arith::AddNative(native int,int32)',
    '  a0: native int (nativeint)',
    '  a1: int32 (int32)',
    '  t0: native int (nativeint)',
    '  t1: native int (nativeint)',
    'B0 IL_0000..IL_0005:',
    '  t0 = conv.i a1',
    '  t1 = add a0, t0',
    '  return t1',
  ));
});

test('dump: a ternary passes its value through a merge temp', () => {
  assert.equal(dumpOf('Flow', 'Ternary'), lines(
    'method int32 Flow::Ternary(bool,int32,int32)',
    '  a0: bool (int32)',
    '  a1: int32 (int32)',
    '  a2: int32 (int32)',
    '  t0: int32 (int32) merge',
    '  t1: int32 (int32)',
    'B0 IL_0000..IL_0003:',
    '  if a0 goto B2 else B1',
    'B1 IL_0003..IL_0006 preds B0:',
    '  t0 = a2',
    '  goto B3',
    'B2 IL_0006..IL_0007 preds B0:',
    '  t0 = a1',
    '  goto B3',
    'B3 IL_0007..IL_000d preds B1,B2 stack [t0]:',
    '  t1 = call Flow::Id(int32) (t0)',
    '  return t1',
  ));
});

test('dump: try/finally, leave through the finally', () => {
  assert.equal(dumpOf('Eh', 'TryFinally'), lines(
    'method int32 Eh::TryFinally(int32) localsinit',
    '  a0: int32 (int32)',
    '  l0: int32 (int32)',
    '  t0: int32 (int32)',
    '  t1: string (objref)',
    '  R0 try IL_0002..IL_0008 handlers R1(finally) entry B1',
    '  R1 finally IL_0008..IL_0013 entry B2',
    'B0 IL_0000..IL_0002:',
    '  l0 = 0',
    '  goto B1',
    'B1 IL_0002..IL_0008 in R0 preds B0:',
    '  t0 = mul a0, 2',
    '  l0 = t0',
    '  leave B3 via finally R1',
    'B2 IL_0008..IL_0013 in R1 preds B1:',
    '  t1 = ldstr "finally"',
    '  call System.Console::WriteLine(string) (t1)',
    '  endfinally',
    'B3 IL_0013..IL_0015 preds B2:',
    '  return l0',
  ));
});

test('dump: struct local constructed and called through its address', () => {
  assert.equal(dumpOf('Structs', 'Local'), lines(
    'method int32 Structs::Local() localsinit',
    '  l0: Point (valuetype) address-taken',
    '  t0: Point& (byref)',
    '  t1: Point& (byref)',
    '  t2: Point& (byref)',
    '  t3: int32 (int32)',
    'B0 IL_0000..IL_0019:',
    '  t0 = &l0',
    '  call Point::.ctor(int32,int32) (t0, 1, 2)',
    '  t1 = &l0',
    '  call Point::Scale(int32) (t1, 3)',
    '  t2 = &l0',
    '  t3 = call Point::Sum() (t2)',
    '  return t3',
  ));
});

test('dump: multi-dimensional array Get becomes ldelem', () => {
  assert.equal(dumpOf('Arrays', 'MultiDim'), lines(
    'method int32 Arrays::MultiDim(int32[,])',
    '  a0: int32[,] (objref)',
    '  t0: int32 (int32)',
    'B0 IL_0000..IL_0009:',
    '  t0 = ldelem int32 a0[1, 2]',
    '  return t0',
  ));
});

test('dump: constrained. call resolved for exact instantiations', () => {
  const circle = type('Circle'), square = type('Square');
  assert.equal(dumpOf('Calls', 'ConstrainedGeneric', [circle]), lines(
    'method float64 Calls::ConstrainedGeneric<Circle>(Circle)',
    '  a0: Circle (valuetype) address-taken',
    '  t0: Circle& (byref)',
    '  t1: float64 (float)',
    'B0 IL_0000..IL_000e:',
    '  t0 = &a0',
    '  t1 = call Circle::Area() (t0)',
    '  return t1',
  ));
  assert.equal(dumpOf('Calls', 'ConstrainedGeneric', [square]), lines(
    'method float64 Calls::ConstrainedGeneric<Square>(Square)',
    '  a0: Square (objref) address-taken',
    '  t0: Square& (byref)',
    '  t1: Square (objref)',
    '  t2: float64 (float)',
    'B0 IL_0000..IL_000e:',
    '  t0 = &a0',
    '  t1 = load Square [t0]',
    '  t2 = callvirt IShape::Area() (t1)',
    '  return t2',
  ));
  assert.equal(dumpOf('Calls', 'Hash', [circle]), lines(
    'method int32 Calls::Hash<Circle>(Circle)',
    '  a0: Circle (valuetype) address-taken',
    '  t0: Circle& (byref)',
    '  t1: Circle (valuetype)',
    '  t2: object (objref)',
    '  t3: int32 (int32)',
    'B0 IL_0000..IL_000e:',
    '  t0 = &a0',
    '  t1 = load Circle [t0]',
    '  t2 = box Circle t1',
    '  t3 = callvirt object::GetHashCode() (t2)',
    '  return t3',
  ));
});

// ---- arithmetic and conversions ---------------------------------------------------------------

test('arithmetic: flags, result types and implicit conversions', () => {
  const op = (name: string) => stmts(imported('Arith', name)).find((s) => s.kind === 'binary' || s.kind === 'unary' || s.kind === 'compare')!;
  const bin = (name: string) => {
    const s = op(name);
    assert.equal(s.kind, 'binary');
    return s as Extract<IrStmt, { kind: 'binary' }>;
  };
  assert.deepEqual([bin('CheckedAdd').checked, bin('CheckedAdd').unsigned], [true, false]);
  assert.deepEqual([bin('CheckedAddUnsigned').checked, bin('CheckedAddUnsigned').unsigned], [true, true]);
  assert.deepEqual([bin('CheckedMul').op, bin('CheckedMul').dst.stack], ['mul', 'int64']);
  assert.deepEqual([bin('DivUnsigned').op, bin('DivUnsigned').unsigned], ['div', true]);
  assert.equal(bin('RemInt').op, 'rem');
  assert.equal(String(bin('SubFloat').dst.type), 'System.Single', 'float32 arithmetic stays float32');
  assert.equal(String(bin('DivDouble').dst.type), 'System.Double');
  assert.equal(op('Negate').kind, 'unary');
  assert.ok(texts(imported('Arith', 'ShrUnsigned')).includes('t1 = shr.un a0, t0'));
  assert.ok(texts(imported('Arith', 'ShrSigned')).some((l) => /= shr a0, /.test(l)));
  assert.ok(texts(imported('Arith', 'Bitwise')).some((l) => / = not a1$/.test(l)));
  // float32 * float64: the float32 operand is widened explicitly (from the IL's conv.r8).
  assert.ok(texts(imported('Arith', 'Mixed')).includes('t0 = conv.r8 a0'));
  // byte + byte is int32 arithmetic truncated by conv.u1.
  assert.deepEqual(texts(imported('Arith', 'AddBytes')).slice(-3), ['t0 = add a0, a1', 't1 = conv.u1 t0', 'return t1']);
  assert.ok(texts(imported('Arith', 'Less')).includes('t0 = clt a0, a1'));
  assert.ok(texts(imported('Arith', 'LessUnsigned')).includes('t0 = clt.un a0, a1'));
  assert.ok(texts(imported('Arith', 'GreaterDouble')).includes('t0 = cgt a0, a1'));
  // decimal has no IL arithmetic: a call to its operator.
  assert.equal(calls(imported('Arith', 'AddDecimal'))[0]!.method.name, 'op_Addition');
});

test('conversions keep source and target and their flags', () => {
  const conv = (name: string) => stmts(imported('Conversions', name)).filter((s) => s.kind === 'conv') as Extract<IrStmt, { kind: 'conv' }>[];
  const one = (name: string) => {
    const c = conv(name);
    assert.equal(c.length, 1, name);
    return c[0]!;
  };
  const sig = (name: string) => {
    const c = one(name);
    return `${c.to} checked=${c.checked} unsigned=${c.unsigned} ${c.src.stack}->${c.dst.stack} ${c.dst.type}`;
  };
  assert.equal(sig('IntToLong'), 'i8 checked=false unsigned=false int32->int64 System.Int64');
  assert.equal(sig('UIntToULong'), 'u8 checked=false unsigned=false int32->int64 System.UInt64');
  assert.equal(sig('LongToInt'), 'i4 checked=false unsigned=false int64->int32 System.Int32');
  assert.equal(sig('IntToByte'), 'u1 checked=false unsigned=false int32->int32 System.Byte');
  assert.equal(sig('CheckedToSByte'), 'i1 checked=true unsigned=false int32->int32 System.SByte');
  assert.equal(sig('CheckedLongToUInt'), 'u4 checked=true unsigned=false int64->int32 System.UInt32');
  assert.equal(sig('CheckedULongFromLong'), 'u8 checked=true unsigned=false int64->int64 System.UInt64');
  assert.equal(sig('IntToDouble'), 'r8 checked=false unsigned=false int32->float System.Double');
  assert.equal(sig('DoubleToFloat'), 'r4 checked=false unsigned=false float->float System.Single');
  assert.equal(sig('DoubleToInt'), 'i4 checked=false unsigned=false float->int32 System.Int32');
  assert.equal(sig('CheckedDoubleToInt'), 'i4 checked=true unsigned=false float->int32 System.Int32');
  assert.equal(sig('IntToNative'), 'i checked=false unsigned=false int32->nativeint System.IntPtr');
  assert.equal(sig('UIntToNativeUnsigned'), 'u checked=false unsigned=false int32->nativeint System.UIntPtr');
  assert.equal(sig('NativeToInt'), 'i4 checked=false unsigned=false nativeint->int32 System.Int32');
  assert.equal(sig('IntToChar'), 'u2 checked=false unsigned=false int32->int32 System.UInt16');
  // conv.r.un then conv.r8: the unsigned source is kept.
  const u = conv('ULongToDouble');
  assert.equal(u[0]!.to, 'r8');
  assert.equal(u[0]!.unsigned, true);
  assert.ok(texts(imported('Conversions', 'ULongToDouble')).includes('t0 = conv.r.un a0'));
});

// ---- control flow and stack merges ------------------------------------------------------------

test('loops, switch and nested ternaries', () => {
  const sum = imported('Flow', 'Sum');
  assert.equal(sum.blocks.length, 4);
  const head = sum.blocks[2]!;
  assert.deepEqual(head.preds.map((b) => b.id), [0, 1], 'the loop condition has the entry and the body as predecessors');
  assert.ok(head.term.kind === 'condbr' && head.term.ifTrue === sum.blocks[1]);
  assert.ok(stmts(sum).some((s) => s.kind === 'ldlen'));

  const sw = imported('Flow', 'Switch');
  const t = sw.blocks[0]!.term;
  assert.equal(t.kind, 'switch');
  if (t.kind === 'switch') {
    assert.equal(t.targets.length, 4);
    assert.deepEqual(sw.blocks[0]!.succs.length, 5);
  }
  assert.deepEqual(stmts(sw).filter((s) => s.kind === 'ldstr').map((s) => (s as { value: string }).value), ['zero', 'one', 'two', 'three', 'many']);

  // a + (a > b ? (b > c ? 1 : 2) : 3) + c: two stack slots merge at the call.
  const nested = imported('Flow', 'NestedTernary');
  const join = nested.blocks.find((b) => b.entryStack.length === 2)!;
  assert.equal(join.preds.length, 3);
  for (const p of join.preds) {
    const stores = p.stmts.filter((s) => s.kind === 'assign' && join.entryStack.includes(s.dst));
    assert.equal(stores.length, 2, `B${p.id} stores both slots`);
  }
  assert.ok(join.entryStack.every((v) => v.merge && v.storage === 'temp'));
});

test('ternaries over different types convert on each path before returning', () => {
  // c ? a : b with int a and long b: Roslyn converts on one path and returns from each.
  assert.ok(texts(imported('Flow', 'TernaryMixed')).includes('t0 = conv.i8 a1'));
  assert.ok(texts(imported('Flow', 'TernaryNull')).includes('return null'));
  assert.equal(imported('Flow', 'Ternary').temps.filter((t) => t.merge).length, 1);
});

test('every fixture method imports and verifies', () => {
  let count = 0;
  for (let rid = 1; rid <= fixture.md.rows('TypeDef'); rid++) {
    for (const m of ctx.typeForDefinition(fixture, rid).methods) {
      if (!m.hasIL) continue;
      const ir = importMethod(m);
      assert.deepEqual(verifyIr(ir), [], `${m}\n${dumpIr(ir)}`);
      count++;
    }
  }
  assert.ok(count > 150, `${count} methods`);
});

// ---- exception handling -----------------------------------------------------------------------

test('catch handler: region, catch type and the exception statement', () => {
  const m = imported('Eh', 'TryCatch');
  assert.deepEqual(m.regions.map((r) => r.kind), ['try', 'catch']);
  const [tryR, handler] = m.regions;
  assert.equal(tryR!.handlers.length, 1);
  assert.equal(String(tryR!.handlers[0]!.catchType), 'System.DivideByZeroException');
  assert.equal(handler!.clause!.tryRegion, tryR);
  const entry = handler!.entry!;
  assert.equal(entry.region, handler);
  assert.equal(entry.stmts[0]!.kind, 'exception');
  assert.equal(String((entry.stmts[0] as { dst: { type: TypeDesc } }).dst.type), 'System.DivideByZeroException');
  assert.equal(entry.preds.length, 0, 'handlers are entered only by exceptions');
  assert.ok(m.blocks.filter((b) => b.term.kind === 'leave').every((b) => (b.term as LeaveTerm).finallys.length === 0));
});

test('filter: filter region, endfilter, handler of kind catch with a filter clause', () => {
  const m = imported('Eh', 'Filter');
  assert.deepEqual(m.regions.map((r) => r.kind), ['try', 'filter', 'catch', 'catch']);
  const tryR = m.regions[0]!;
  assert.deepEqual(tryR.handlers.map((c) => c.kind), ['filter', 'catch']);
  const filterClause = tryR.handlers[0]!;
  assert.equal(filterClause.filter, m.regions[1]);
  assert.equal(filterClause.handler.kind, 'catch');
  assert.equal(filterClause.filter!.entry!.stmts[0]!.kind, 'exception');
  const ends = m.blocks.filter((b) => b.term.kind === 'endfilter');
  assert.equal(ends.length, 1);
  assert.equal(ends[0]!.region, filterClause.filter);
  assert.equal(ends[0]!.succs.length, 0);
  // The filter's `e.Code == 42` test merges a value (0 or the comparison) before endfilter.
  assert.equal(ends[0]!.entryStack.length, 1);
});

test('nested try/finally: leave runs the finallys innermost first; endfinally continues the chain', () => {
  const m = imported('Eh', 'Nested');
  assert.deepEqual(m.regions.map((r) => r.kind), ['try', 'try', 'try', 'try', 'finally', 'catch', 'finally', 'finally']);
  const leaves = m.blocks.filter((b) => b.term.kind === 'leave').map((b) => b.term as LeaveTerm);
  const fin = (l: LeaveTerm) => l.finallys.map((c) => c.handler.ilStart);
  const [inner, middle, outer] = [m.regions[4]!, m.regions[6]!, m.regions[7]!];
  const done = m.blocks[m.blocks.length - 1]!;
  // From the innermost try: only its own finally, to the end of the catch-protected try.
  assert.deepEqual(fin(leaves[0]!), [inner.ilStart]);
  // `goto done` from the catch handler and the normal exit both run the two outer finallys.
  assert.deepEqual(fin(leaves[1]!), [middle.ilStart, outer.ilStart]);
  assert.deepEqual(fin(leaves[2]!), [middle.ilStart, outer.ilStart]);
  assert.equal(leaves[2]!.target, done);
  assert.deepEqual(leaves[2]!.exits.map((r) => r.kind), ['catch', 'try', 'try']);
  // CFG: leave -> first finally; its endfinally -> next finally; the last one -> the target.
  assert.deepEqual(m.blocks.find((b) => b.term === leaves[1])!.succs, [middle.entry]);
  const endOf = (r: typeof inner) => m.blocks.find((b) => b.region === r && b.term.kind === 'endfinally')!;
  assert.deepEqual(endOf(middle).succs, [outer.entry]);
  assert.deepEqual(endOf(outer).succs, [done]);
  // The innermost finally continues to the block after its try, which holds the second leave.
  assert.deepEqual(endOf(inner).succs, [m.blocks.find((b) => b.term === leaves[1])]);
  assert.equal(m.regions[1]!.parent, m.regions[0]);
  assert.equal(inner.parent, m.regions[2]);
});

test('rethrow, using (finally with a null check), iterator fault handler, lock', () => {
  const r = imported('Eh', 'Rethrow');
  assert.ok(r.blocks.some((b) => b.term.kind === 'rethrow' && b.region?.kind === 'catch'));
  const u = imported('Eh', 'Using');
  assert.ok(u.regions.some((x) => x.kind === 'finally'));
  const iter = imported('Iterators+<WithFinally>d__0', 'MoveNext');
  const fault = iter.regions.find((x) => x.kind === 'fault')!;
  assert.ok(fault);
  const end = iter.blocks.find((b) => b.region === fault && b.term.kind === 'endfinally')!;
  assert.equal(end.succs.length, 0, 'a fault handler only continues unwinding');
  const lock = imported('Misc', 'Lock');
  assert.ok(calls(lock).some((c) => c.method.name === 'Enter'));
  assert.ok(lock.blocks.some((b) => b.term.kind === 'leave' && (b.term as LeaveTerm).finallys.length === 1));
  const loop = imported('Eh', 'LoopWithTry');
  assert.ok(loop.blocks.some((b) => b.region?.kind === 'try' && b.term.kind === 'leave'));
});

// ---- structs, fields, calls -------------------------------------------------------------------

test('fields: ldflda chains, statics, volatile., default and copies', () => {
  assert.deepEqual(texts(imported('Structs', 'Field')).slice(8, 12), [
    't0 = ldflda Holder::P, a0', 't1 = ldfld Point::X, t0', 't2 = ldflda Holder::P, a0', 't3 = ldfld Point::Y, t2',
  ]);
  const set = texts(imported('Structs', 'SetField'));
  assert.ok(set.includes('stfld Point::X, t0, a1'));
  assert.ok(set.includes('stsfld Holder::Counter, t2'));
  assert.ok(texts(imported('Structs', 'StaticStruct')).includes('t0 = ldsflda Holder::S'));
  assert.ok(texts(imported('Structs', 'ReadVolatile')).includes('t0 = volatile. ldfld Holder::V, a0'));
  assert.ok(texts(imported('Structs', 'Default')).some((l) => l.startsWith('initobj Point [')));
  const scale = imported('Point', 'Scale');
  assert.equal(String(scale.args[0]!.type), 'Point&', 'this of a struct method is a byref');
  assert.equal(scale.args[0]!.stack, 'byref');
});

test('calls: virtual, interface, non-virtual, static; constrained. kept in open definitions', () => {
  assert.equal(calls(imported('Calls', 'Virtual'))[0]!.virtual, true);
  assert.equal(String(calls(imported('Calls', 'Interface'))[0]!.method.owningType), 'IShape');
  const open = calls(imported('Calls', 'ConstrainedGeneric'))[0]!;
  assert.equal(String(open.constrained), 'T');
  assert.equal(open.args[0]!.stack, 'byref');
  const stat = calls(imported('Calls', 'StaticAbstract'))[0]!;
  assert.equal(String(stat.constrained), 'T');
  assert.equal(stat.virtual, false);
  // Exact: the static abstract member resolves to Meters' own implementation.
  const exact = calls(imported('Calls', 'StaticAbstract', [type('Meters')]))[0]!;
  assert.equal(exact.constrained, undefined);
  assert.equal(String(exact.method.owningType), 'Meters');
  // int32 overrides GetHashCode: a direct call on the byref, no box.
  const hashInt = imported('Calls', 'Hash', [ctx.primitive('i4')]);
  assert.ok(!stmts(hashInt).some((s) => s.kind === 'box'));
  assert.equal(calls(hashInt)[0]!.method.toString(), 'System.Int32 System.Int32::GetHashCode()');
  // Default interface method on a struct: boxed, then an interface call.
  const dim = imported('Calls', 'DefaultInterface');
  assert.ok(stmts(dim).some((s) => s.kind === 'box'));
  // Struct receivers of string.Concat pieces: int32::ToString() through a byref.
  assert.ok(texts(imported('Point', 'ToString')).includes('t1 = call int32::ToString() (t0)'));
  assert.equal(calls(imported('Generics', 'UseMax'))[0]!.method.toString(), 'System.Int32 Generics::Max<System.Int32>(System.Int32,System.Int32)');
});

test('vararg call site and arglist', () => {
  const call = calls(imported('VarArgs', 'Call'))[0]!;
  assert.deepEqual(call.varargTypes!.map(String), ['System.Int32', 'System.String']);
  assert.equal(call.args.length, 2);
  assert.ok(stmts(imported('VarArgs', 'Count')).some((s) => s.kind === 'arglist'));
});

test('generic types: fields and constructors of instantiations', () => {
  const get = imported('Box`1', 'Get', [], [ctx.primitive('i4')]);
  assert.ok(texts(get).includes('t0 = ldfld Box<int32>::Value, a0'));
  assert.equal(get.temps[0]!.stack, 'int32');
  const open = imported('Box`1', 'Get');
  assert.equal(open.temps[0]!.stack, 'generic');
  assert.ok(texts(imported('Generics', 'Make')).includes('t0 = newarr T[] a0'));
  assert.ok(stmts(imported('Generics', 'IsNull', [ctx.primitive('i4')])).some((s) => s.kind === 'box'));
  assert.ok(!stmts(imported('Generics', 'IsNull', [ctx.primitive('string')])).some((s) => s.kind === 'box'), 'boxing a reference type is elided');
});

// ---- arrays, strings, delegates, boxing, refs, pointers -----------------------------------------

test('arrays: newarr, ldlen, element kinds, multi-dimensional, initialization data', () => {
  assert.ok(texts(imported('Arrays', 'NewArray')).includes('t0 = newarr int32[] a0'));
  assert.ok(texts(imported('Arrays', 'Length')).includes('t0 = ldlen a0'));
  assert.ok(texts(imported('Arrays', 'StoreRef')).includes('stelem object a0[0], a1'));
  assert.ok(texts(imported('Arrays', 'ElemRef')).includes('t0 = ldelema int32 a0[a1]'));
  assert.ok(texts(imported('Arrays', 'MultiDimSet')).includes('stelem int32 a0[0, 1], 5'));
  const md = stmts(imported('Arrays', 'NewMultiDim')).find((s) => s.kind === 'newmdarr')!;
  assert.ok(md && md.kind === 'newmdarr' && md.lengths.length === 2 && !md.lowerBounds);
  assert.ok(texts(imported('Arrays', 'ElemDouble')).includes('t0 = ldelem float64 a0[1]'));
  assert.ok(texts(imported('Arrays', 'ElemByte')).includes('t0 = ldelem uint8 a0[0]'));
  assert.ok(texts(imported('Arrays', 'ElemStruct')).includes('t0 = ldelem Point a0[0]'));
  assert.ok(texts(imported('Arrays', 'ElemStructField')).some((l) => l.startsWith('t0 = readonly. ldelema Point') || l.startsWith('t0 = ldelema Point')));
  const init = stmts(imported('Arrays', 'Init'));
  assert.ok(init.some((s) => s.kind === 'ldtoken'));
  // The RVA static behind a ReadOnlySpan<byte> literal is addressed by an unmanaged pointer.
  const data = stmts(imported('Arrays', 'get_Data')).find((s) => s.kind === 'ldsflda')!;
  assert.equal(data.kind === 'ldsflda' && data.dst.stack, 'ptr');
});

test('strings, delegates and lambdas', () => {
  assert.ok(texts(imported('Strings', 'Hello')).includes('t0 = ldstr "hello \\"world\\"\\n"'));
  assert.ok(texts(imported('Strings', 'CharAt')).some((l) => /callvirt string::get_Chars\(int32\) \(a0, 0\)/.test(l)));
  const lambda = stmts(imported('Delegates', 'Lambda')).find((s) => s.kind === 'newobj' && s.delegateTarget)!;
  assert.ok(lambda.kind === 'newobj');
  assert.equal(lambda.delegateTarget!.method.name, '<Lambda>b__0');
  assert.equal(lambda.delegateTarget!.virtual, false);
  // ldftn yields a function pointer; the delegate constructor takes a native int.
  assert.ok(texts(imported('Delegates', 'Lambda')).some((l) => / = conv\.i t\d+ \(implicit\)$/.test(l)));
  const bound = stmts(imported('Delegates', 'Bound')).find((s) => s.kind === 'newobj')!;
  assert.ok(bound.kind === 'newobj' && bound.delegateTarget!.virtual);
  // The cached static lambda: `dup; brtrue` keeps the loaded delegate on the stack across blocks.
  const st = imported('Delegates', 'Static');
  assert.ok(st.blocks.some((b) => b.entryStack.length === 1 && b.preds.length === 2));
  assert.equal(calls(imported('Delegates', 'Invoke'))[0]!.method.name, 'Invoke');
});

test('boxing, Nullable, casts', () => {
  assert.ok(texts(imported('Boxing', 'BoxInt')).includes('t0 = box int32 a0'));
  assert.ok(texts(imported('Boxing', 'UnboxInt')).includes('t0 = unbox.any int32 a0'));
  assert.ok(texts(imported('Boxing', 'BoxNullable')).includes('t0 = box System.Nullable<int32> a0'));
  assert.ok(texts(imported('Boxing', 'UnboxNullable')).includes('t0 = unbox.any System.Nullable<int32> a0'));
  assert.ok(texts(imported('Boxing', 'AsString')).includes('t0 = isinst string a0'));
  assert.ok(texts(imported('Boxing', 'CastString')).includes('t0 = castclass string a0'));
  const isInt = stmts(imported('Boxing', 'IsInt')).find((s) => s.kind === 'isinst')!;
  assert.equal(isInt.kind === 'isinst' && String(isInt.dst.type), 'System.Object', 'isinst of a value type yields a boxed object');
  assert.ok(texts(imported('Boxing', 'BoxEnum')).includes('t0 = box System.DayOfWeek a0'));
  assert.equal(imported('Boxing', 'BoxEnum').args[0]!.stack, 'int32', 'enums have their underlying kind');
});

test('refs: byref args, ref returns, typed references', () => {
  const swap = texts(imported('Refs', 'Swap'));
  assert.ok(swap.includes('t0 = load int32 [a0]'));
  assert.ok(swap.includes('store int32 [a1], l0') || swap.some((l) => l.startsWith('store int32 [a1], ')));
  const pick = imported('Refs', 'Pick');
  assert.equal(pick.returnType.toString(), 'System.Int32&');
  assert.deepEqual(texts(imported('Refs', 'TypedRef')).slice(-5, -1), ['t0 = &a0', 't1 = mkrefany int32 t0', 't2 = refanyval int32 t1', 't3 = load int32 [t2]']);
  assert.ok(texts(imported('Refs', 'RefType')).includes('t2 = refanytype t1'));
  assert.ok(texts(imported('Refs', 'In')).includes('t0 = ldfld Point::X, a0'));
});

test('pointers: arithmetic in bytes, localloc, fixed (pinned), function pointers and calli', () => {
  assert.deepEqual(texts(imported('Pointers', 'Index')).slice(-5, -1), ['t0 = conv.i a1', 't1 = mul t0, 4n', 't2 = add a0, t1', 't3 = load int32 [t2]']);
  const diff = texts(imported('Pointers', 'Diff'));
  assert.ok(diff.includes('t2 = sub t0, t1') && diff.includes('t0 = conv.i a0 (implicit)'));
  const sa = imported('Pointers', 'StackAlloc');
  const loc = stmts(sa).find((s) => s.kind === 'localloc')!;
  assert.ok(loc.kind === 'localloc' && loc.zeroed && loc.dst.stack === 'ptr');
  assert.ok(imported('Pointers', 'Fixed').locals.some((l) => l.pinned && l.stack === 'objref'));
  assert.ok(imported('Pointers', 'FixedString').locals.some((l) => l.pinned && l.stack === 'byref'));
  assert.ok(texts(imported('Pointers', 'SizeOf')).includes('t0 = sizeof Point'));
  assert.ok(texts(imported('Pointers', 'FieldPtr')).includes('t0 = ldfld Point::Y, a0'));
  const calli = stmts(imported('Pointers', 'FnPtr')).find((s) => s.kind === 'calli')!;
  assert.ok(calli.kind === 'calli' && calli.args.length === 1 && calli.fn.stack === 'ptr');
  assert.ok(texts(imported('Pointers', 'GetFnPtr')).includes('t0 = ldftn Pointers::Twice(int32)'));
  assert.ok(texts(imported('Pointers', 'IsNullPtr')).includes('t2 = ceq t1, t0'));
  assert.ok(texts(imported('Pointers', 'VoidPtr')).includes('t0 = add a0, 1n'));
  assert.ok(texts(imported('Pointers', 'PtrToNint')).includes('t0 = conv.i a0 (implicit)'));
});

test('misc: ldtoken, dup on a byref, pop, tuples, async state machine', () => {
  assert.ok(texts(imported('Misc', 'TypeOf')).includes('t0 = ldtoken System.Collections.Generic.List<int32>'));
  assert.ok(texts(imported('Misc', 'TypeHandle')).some((l) => l.startsWith('t0 = ldtoken string')));
  assert.deepEqual(texts(imported('Misc', 'Dup')).slice(-5), ['t0 = load int32 [a0]', 'l0 = t0', 't1 = add l0, 1', 'store int32 [a0], t1', 'return l0']);
  assert.ok(texts(imported('Misc', 'Pop')).includes('t0 = call Arith::AddInt(int32,int32) (1, 2)'));
  imported('Misc+<Async>d__6', 'MoveNext');
});

// ---- synthesized IL ---------------------------------------------------------------------------

type AsmItem = string | [name: string, operand: number | bigint | string | string[]];

function operandSize(kind: string, operand: unknown): number {
  switch (kind) {
    case 'none': return 0;
    case 'i1': case 'u1': case 'var1': case 'br1': return 1;
    case 'var2': return 2;
    case 'i8': case 'r8': return 8;
    case 'switch': return 4 + 4 * (operand as string[]).length;
    default: return 4;
  }
}

/** A tiny IL assembler: instructions by name, labels as 'name:', branch operands as label names. */
function assemble(items: readonly AsmItem[]): { il: Uint8Array; labels: Map<string, number> } {
  const labels = new Map<string, number>();
  const placed: { name: string; operand: AsmItem[1] | undefined; offset: number; size: number }[] = [];
  let offset = 0;
  for (const item of items) {
    if (typeof item === 'string' && item.endsWith(':')) {
      labels.set(item.slice(0, -1), offset);
      continue;
    }
    const [name, operand] = typeof item === 'string' ? [item, undefined] : item;
    const op = opcodeByName(name);
    if (!op) throw new Error(`unknown opcode ${name}`);
    const size = op.size + operandSize(op.operand, operand);
    placed.push({ name, operand, offset, size });
    offset += size;
  }
  const il = new Uint8Array(offset);
  const dv = new DataView(il.buffer);
  const target = (l: unknown) => labels.get(l as string) ?? assert.fail(`unknown label ${String(l)}`);
  for (const ins of placed) {
    const op = opcodeByName(ins.name)!;
    let p = ins.offset;
    if (op.size === 2) il[p++] = 0xfe;
    il[p++] = op.value & 0xff;
    const next = ins.offset + ins.size;
    const v = ins.operand;
    switch (op.operand) {
      case 'none': break;
      case 'i1': dv.setInt8(p, v as number); break;
      case 'u1': case 'var1': dv.setUint8(p, v as number); break;
      case 'var2': dv.setUint16(p, v as number, true); break;
      case 'i8': dv.setBigInt64(p, v as bigint, true); break;
      case 'r4': dv.setFloat32(p, v as number, true); break;
      case 'r8': dv.setFloat64(p, v as number, true); break;
      case 'br1': dv.setInt8(p, target(v) - next); break;
      case 'br4': dv.setInt32(p, target(v) - next, true); break;
      case 'switch': {
        const ls = v as string[];
        dv.setUint32(p, ls.length, true);
        ls.forEach((l, i) => dv.setInt32(p + 4 + 4 * i, target(l) - next, true));
        break;
      }
      default: dv.setUint32(p, v as number, true); break;
    }
  }
  return { il, labels };
}

/** Locals of IlHost::WithLocals: l0 int32, l1 int64, l2 Point, l3 string. */
const hostLocals = fixture.methodBody(method('IlHost', 'WithLocals').def!.rid)!.localVarSigToken;

interface Eh { kind: EhKind; try: [string, string]; handler: [string, string]; filter?: string; classToken?: number }

function synth(host: string, items: AsmItem[], eh: Eh[] = []): IrMethod {
  const { il, labels } = assemble(items);
  const at = (l: string) => labels.get(l) ?? assert.fail(`no label ${l}`);
  const ehClauses: EhClause[] = eh.map((c) => ({
    kind: c.kind, tryOffset: at(c.try[0]), tryLength: at(c.try[1]) - at(c.try[0]),
    handlerOffset: at(c.handler[0]), handlerLength: at(c.handler[1]) - at(c.handler[0]),
    classToken: c.classToken ?? 0, filterOffset: c.filter ? at(c.filter) : 0,
  }));
  const body: MethodBody = { maxStack: 8, initLocals: true, localVarSigToken: hostLocals, il, ehClauses };
  const ir = importMethod(method('IlHost', host), { body });
  assert.deepEqual(verifyIr(ir), [], dumpIr(ir));
  return ir;
}

function synthBody(m: IrMethod): string[] {
  const all = texts(m);
  return all.slice(all.findIndex((l) => l.startsWith('B0 ')));
}

function synthFails(host: string, items: AsmItem[], pattern: RegExp, eh: Eh[] = []): ImportError {
  let caught: unknown;
  try {
    synth(host, items, eh);
  } catch (e) {
    caught = e;
  }
  assert.ok(caught instanceof ImportError, `expected an ImportError, got ${String(caught)}`);
  assert.match(caught.reason, pattern);
  assert.ok(!caught.message.includes('\n'), 'one line');
  return caught;
}

const tok = {
  ints: () => method('IlHost', 'Ints').token,
  point: () => type('Point').def.token,
  pointX: () => type('Point').findField('X')!.token,
  myException: () => type('MyException').def.token,
};

test('synthesized: long-form variable instructions', () => {
  const m = synth('Ints', [
    ['ldarg', 0], ['ldarg', 1], 'add', ['starg', 0], ['ldarga', 1], 'ldind.i4', ['stloc', 0],
    ['ldloca', 0], 'ldind.i4', ['ldloc', 0], 'add', 'ret',
  ]);
  assert.deepEqual(synthBody(m), [
    // a1 has its address taken somewhere, so loading it copies it.
    'B0 IL_0000..IL_0021:', 't0 = a1', 't1 = add a0, t0', 'a0 = t1', 't2 = &a1', 't3 = load int32 [t2]', 'l0 = t3',
    't4 = &l0', 't5 = load int32 [t4]', 't6 = l0', 't7 = add t5, t6', 'return t7',
  ]);
  assert.equal(m.args[1]!.addressTaken, true);
  assert.equal(m.locals[0]!.addressTaken, true);
});

test('synthesized: jmp, tail., break, nop, no.', () => {
  assert.deepEqual(synthBody(synth('Ints', ['nop', 'break', ['jmp', tok.ints()]])), ['B0 IL_0000..IL_0007:', 'break', 'jmp IlHost::Ints(int32,int32)']);
  const tail = synth('Ints', ['ldarg.0', 'ldarg.1', 'tail.', ['call', tok.ints()], 'ret']);
  assert.ok(synthBody(tail).includes('t0 = tail. call IlHost::Ints(int32,int32) (a0, a1)'));
  assert.equal(calls(tail)[0]!.offset, 2, 'a prefixed instruction is located at its first prefix');
  const no = synth('Mixed', [['ldarg.s', 4], ['no.', 1], ['castclass', tok.myException()], 'pop', 'ldarg.2', 'ret']);
  assert.ok(synthBody(no).includes('t0 = castclass MyException a4'));
});

test('synthesized: cpobj, cpblk, initblk with unaligned. and volatile., ckfinite', () => {
  assert.deepEqual(synthBody(synth('Points', ['ldarg.0', 'ldarg.1', ['cpobj', tok.point()], 'ret'])), ['B0 IL_0000..IL_0008:', 'cpobj Point [a0], [a1]', 'return']);
  const blk = synth('Bytes', [
    'ldarg.0', 'ldarg.1', 'ldarg.2', ['unaligned.', 1], 'cpblk', 'ldarg.0', 'ldc.i4.0', 'ldarg.2', 'volatile.', 'initblk', 'ret',
  ]);
  assert.deepEqual(synthBody(blk), [
    'B0 IL_0000..IL_0010:', 't0 = conv.ptr a0 (implicit)', 't1 = conv.ptr a1 (implicit)', 'unaligned.1 cpblk [t0], [t1], a2',
    't2 = conv.ptr a0 (implicit)', 'volatile. initblk [t2], 0, a2', 'return',
  ]);
  const ck = synth('Mixed', ['ldarg.3', 'ckfinite', 'conv.i8', 'ret']);
  assert.deepEqual(synthBody(ck).slice(1, 4), ['t0 = ckfinite a3', 't1 = conv.i8 t0', 'return t1']);
});

test('synthesized: rare element and conversion opcodes', () => {
  const m = synth('Mixed', [
    ['ldarg.s', 4], 'ldc.i4.0', 'ldelem.i2', 'pop',
    ['ldarg.s', 4], 'ldc.i4.1', 'ldelem.r4', 'pop',
    ['ldarg.s', 4], 'ldc.i4.2', 'ldarg.3', 'stelem.r4',
    'ldarg.2', 'conv.ovf.u8.un', 'ret',
  ]);
  assert.deepEqual(synthBody(m).slice(1), [
    't0 = ldelem int16 a4[0]', 't1 = ldelem float32 a4[1]', 't2 = conv.r4 a3 (implicit)', 'stelem float32 a4[2], t2',
    't3 = conv.ovf.u8.un a2', 'return t3',
  ]);
});

test('synthesized: int32 and native int merge into a native int temp (with re-import)', () => {
  // The join is imported first with the int32 from B1, then again once B3's native int widens it.
  const m = synth('Mixed', [
    'ldarg.0', ['brtrue.s', 'L1'],
    'ldarg.0', ['br.s', 'JOIN'],
    'JOIN:', 'conv.i8', 'ret',
    'L1:', 'ldarg.1', ['br.s', 'JOIN'],
  ]);
  const join = m.blocks.find((b) => b.entryStack.length === 1)!;
  assert.equal(join.entryStack[0]!.stack, 'nativeint');
  assert.deepEqual(synthBody(m), [
    'B0 IL_0000..IL_0003:', 'if a0 goto B3 else B1',
    'B1 IL_0003..IL_0006 preds B0:', 't0 = conv.i a0 (implicit)', 't1 = t0', 'goto B2',
    'B2 IL_0006..IL_0008 preds B1,B3 stack [t1]:', 't2 = conv.i8 t1', 'return t2',
    'B3 IL_0008..IL_000b preds B0:', 't1 = a1', 'goto B2',
  ]);
  assert.equal(m.temps.length, 3, 'the temps of the first import of the join are dropped');
});

/** The token of a TypeRef in the fixture. */
function typeRef(fullName: string): number {
  const md = fixture.md;
  for (let rid = 1; rid <= md.rows('TypeRef'); rid++) {
    const r = md.row('TypeRef', rid);
    if (`${r.TypeNamespace}.${r.TypeName}` === fullName) return (0x01000000 | rid) >>> 0;
  }
  return assert.fail(`no TypeRef ${fullName}`);
}

test('synthesized: object references merge to their common base; null takes the other type', () => {
  const merged = (a: AsmItem[], b: AsmItem[]) => {
    const m = synth('Mixed', [
      'ldarg.0', ['brtrue.s', 'L1'], ...a, ['br.s', 'L2'],
      'L1:', ...b,
      'L2:', 'pop', 'ldarg.2', 'ret',
    ]);
    return String(m.blocks.find((b) => b.entryStack.length === 1)!.entryStack[0]!.type);
  };
  const obj: AsmItem = ['ldarg.s', 4];
  const my: AsmItem[] = [obj, ['castclass', tok.myException()]];
  const exc: AsmItem[] = [obj, ['castclass', typeRef('System.Exception')]];
  assert.equal(merged(my, exc), 'System.Exception');
  assert.equal(merged(exc, my), 'System.Exception');
  assert.equal(merged(['ldnull'], my), 'MyException');
  assert.equal(merged(my, ['ldnull']), 'MyException');
  assert.equal(merged(['ldnull'], ['ldnull']), 'System.Object');
  assert.equal(merged(my, [obj, ['castclass', tok.point()]]), 'System.Object', 'a class and an interface or unrelated class meet at object');
});

test('synthesized: a loop carrying a stack value into its own head', () => {
  const m = synth('Ints', [
    'ldc.i4.0',
    'L:', 'ldc.i4.1', 'add', 'dup', 'ldarg.0', ['blt.s', 'L'],
    'ret',
  ]);
  assert.deepEqual(synthBody(m), [
    'B0 IL_0000..IL_0001:', 't0 = 0', 'goto B1',
    'B1 IL_0001..IL_0007 preds B0,B1 stack [t0]:', 't1 = add t0, 1', 't0 = t1', 't2 = t1', 'if lt t1, a0 goto B1 else B2',
    'B2 IL_0007..IL_0008 preds B1 stack [t2]:', 'return t2',
  ]);
});

test('synthesized: switch, static field forms on instance opcodes, long constants', () => {
  const counter = type('Holder').findField('Counter')!.token;
  const st = synth('Mixed', [['ldarg.s', 4], ['ldfld', counter], ['ldarg.s', 4], ['ldflda', counter], 'ldind.i4', 'add', 'conv.i8', 'ret']);
  assert.deepEqual(synthBody(st).slice(1), ['t0 = ldsfld Holder::Counter', 't1 = ldsflda Holder::Counter', 't2 = load int32 [t1]', 't3 = add t0, t2', 't4 = conv.i8 t3', 'return t4']);
  const m = synth('Mixed', [
    'ldarg.0', ['switch', ['A', 'B']], ['ldc.i8', 7n], 'ret',
    'A:', ['ldc.i8', -1n], 'ret',
    'B:', ['ldc.r8', 2], 'conv.i8', 'ret',
  ]);
  assert.deepEqual(synthBody(m).filter((l) => !l.startsWith('B')), ['switch a0 [B2, B3] else B1', 'return 7L', 'return -1L', 't0 = conv.i8 2.0', 'return t0']);
});

test('synthesized: a filter and a typed catch with leave, rethrow', () => {
  const m = synth('Ints', [
    'T0:', 'ldarg.0', 'ldarg.1', 'div', ['starg.s', 0], ['leave.s', 'END'],
    'F0:', 'pop', 'ldc.i4.1', 'endfilter',
    'H0:', 'pop', ['leave.s', 'END'],
    'H1:', 'pop', 'rethrow',
    'END:', 'ldarg.0', 'ret',
  ], [
    { kind: EhKind.Filter, try: ['T0', 'F0'], handler: ['H0', 'H1'], filter: 'F0' },
    { kind: EhKind.Catch, try: ['T0', 'F0'], handler: ['H1', 'END'], classToken: tok.myException() },
  ]);
  assert.deepEqual(m.regions.map((r) => r.kind), ['try', 'filter', 'catch', 'catch']);
  assert.equal(m.regions[0]!.handlers.length, 2);
  assert.ok(m.blocks.some((b) => b.term.kind === 'rethrow'));
  assert.ok(m.blocks.some((b) => b.term.kind === 'endfilter' && b.stmts[0]!.kind === 'exception'));
});

// ---- import errors ----------------------------------------------------------------------------

test('errors: one line naming assembly, method, offset and reason', () => {
  const e = synthFails('Ints', ['ldarg.0', 'add', 'ret'], /^stack underflow: add needs 2 values, 1 on the stack$/);
  assert.equal(e.message, 'IrFixture: IlHost::Ints IL_0001: stack underflow: add needs 2 values, 1 on the stack');
  assert.equal(e.offset, 1);
  synthFails('Ints', ['ldarg.0', ['brtrue.s', 'L'], 'ldc.i4.1', 'L:', 'ldc.i4.2', 'ret'], /stack depth 1 differs from 0|stack depth 0 differs from 1/);
  synthFails('Mixed', ['ldarg.0', ['brtrue.s', 'L1'], 'ldc.i4.0', ['br.s', 'L2'], 'L1:', 'ldnull', 'L2:', 'pop', 'ldarg.2', 'ret'], /does not merge/);
  synthFails('Ints', ['ldarg.0', 'pop'], /falls through the end of the method body/);
  synthFails('Mixed', [['ldarg.s', 4], 'ldc.i4.1', 'add', 'pop', 'ldarg.2', 'ret'], /add cannot combine objref/);
  synthFails('Void', ['ldc.i4.0', 'ret'], /ret from a void method with 1 values on the stack/);
  // Malformed IL: a truncated operand, a branch into the middle of an instruction.
  const raw = (bytes: number[]) => () => importMethod(method('IlHost', 'Ints'), {
    body: { maxStack: 8, initLocals: false, localVarSigToken: 0, il: new Uint8Array(bytes), ehClauses: [] },
  });
  assert.throws(raw([0x20, 0x01]), (e) => e instanceof ImportError && /truncated/.test(e.reason));
  assert.throws(raw([0x2b, 0x01, 0x20, 0, 0, 0, 0, 0x2a]), (e) => e instanceof ImportError && /br.s target 0x3 is not an instruction boundary/.test(e.reason));
});

test('errors: EH rules', () => {
  synthFails('Ints', ['T:', 'ldarg.0', ['brtrue.s', 'OUT'], ['leave.s', 'OUT'], 'H:', 'endfinally', 'OUT:', 'ldarg.0', 'ret'],
    /brtrue.s to 0x\w+ leaves a try region/, [{ kind: EhKind.Finally, try: ['T', 'H'], handler: ['H', 'OUT'] }]);
  synthFails('Ints', ['T:', 'ldarg.0', 'ret', 'H:', 'endfinally', 'OUT:', 'ldarg.0', 'ret'],
    /ret inside a try region/, [{ kind: EhKind.Finally, try: ['T', 'H'], handler: ['H', 'OUT'] }]);
  synthFails('Ints', ['ldarg.0', 'pop', 'endfinally'], /endfinally outside a finally or fault handler/);
  synthFails('Ints', ['rethrow'], /rethrow outside a catch handler/);
  synthFails('Ints', ['T:', ['leave.s', 'OUT'], 'H:', ['leave.s', 'OUT'], 'OUT:', 'ldarg.0', 'ret'],
    /leave out of a finally region/, [{ kind: EhKind.Finally, try: ['T', 'H'], handler: ['H', 'OUT'] }]);
  synthFails('Ints', [['br.s', 'H'], 'T:', ['leave.s', 'OUT'], 'H:', 'endfinally', 'OUT:', 'ldarg.0', 'ret'],
    /targets the start of a finally region/, [{ kind: EhKind.Finally, try: ['T', 'H'], handler: ['H', 'OUT'] }]);
  synthFails('Ints', ['ldc.i4.0', 'T:', ['leave.s', 'OUT'], 'H:', 'endfinally', 'OUT:', 'ldarg.0', 'ret'],
    /stack is not empty \(1 values\) at the start of a try block/, [{ kind: EhKind.Finally, try: ['T', 'H'], handler: ['H', 'OUT'] }]);
});

// ---- breadth ----------------------------------------------------------------------------------

interface Breadth { methods: number; failures: Map<string, number>; unverified: number; examples: string[] }

function importAll(file: AssemblyFile): Breadth {
  const r: Breadth = { methods: 0, failures: new Map(), unverified: 0, examples: [] };
  for (let rid = 1; rid <= file.md.rows('TypeDef'); rid++) {
    for (const m of ctx.typeForDefinition(file, rid).methods) {
      if (!m.hasIL) continue;
      r.methods++;
      try {
        const ir = importMethod(m);
        const problems = verifyIr(ir);
        if (problems.length) {
          r.unverified++;
          if (r.examples.length < 5) r.examples.push(`${m}: ${problems[0]}`);
        }
      } catch (e) {
        const key = e instanceof ImportError ? (e.unsupported ? `unsupported ${e.unsupported}` : e.reason.replace(/0x[0-9a-f]+|\d+/g, 'N')) : String(e);
        r.failures.set(key, (r.failures.get(key) ?? 0) + 1);
        if (r.examples.length < 5) r.examples.push((e as Error).message);
      }
    }
  }
  return r;
}

/** Instructions the importer reports as unsupported; anything else failing is a bug. */
const ALLOWED_UNSUPPORTED = new Set(['newobj (jagged array constructor)']);

test('breadth: every method of System.Private.CoreLib, System.Linq and the fixture (open definitions)', (t) => {
  for (const name of ['System.Private.CoreLib', 'System.Linq', 'IrFixture']) {
    const start = performance.now();
    const r = importAll(loader.load(name));
    const ms = Math.round(performance.now() - start);
    const failed = [...r.failures.values()].reduce((a, b) => a + b, 0);
    t.diagnostic(`${name}: ${r.methods} methods, ${failed} import failures, ${r.unverified} failing verifyIr, ${ms} ms`);
    for (const [k, n] of r.failures) t.diagnostic(`  ${n} x ${k}`);
    const unexpected = [...r.failures.keys()].filter((k) => !ALLOWED_UNSUPPORTED.has(k.replace(/^unsupported /, '')));
    assert.deepEqual(unexpected, [], r.examples.join('\n'));
    assert.equal(r.unverified, 0, r.examples.join('\n'));
    assert.ok(r.methods > (name === 'System.Private.CoreLib' ? 30000 : 100));
  }
});

test('breadth: exact instantiations reachable from the fixture through calls', (t) => {
  const start = performance.now();
  const queue: MethodDesc[] = [];
  const seen = new Set<MethodDesc>();
  const add = (m: MethodDesc) => {
    if (seen.has(m) || !m.hasIL || m.owningType.containsGenericParameters || m.instantiation.some((x) => x.containsGenericParameters)) return;
    seen.add(m);
    queue.push(m);
  };
  for (let rid = 1; rid <= fixture.md.rows('TypeDef'); rid++) {
    const ty = ctx.typeForDefinition(fixture, rid);
    if (!ty.instantiation.length) for (const m of ty.methods) if (!m.instantiation.length) add(m);
  }
  let count = 0;
  const LIMIT = 3000;
  for (; queue.length && count < LIMIT; count++) {
    const m = queue.shift()!;
    const ir = importMethod(m);
    assert.deepEqual(verifyIr(ir), [], String(m));
    for (const s of stmts(ir)) {
      if (s.kind === 'call') add(s.method);
      else if (s.kind === 'newobj' && s.ctor.owningType instanceof DefType) add(s.ctor);
      else if (s.kind === 'ldftn') add(s.method);
      if (s.kind === 'call') assert.equal(s.constrained, undefined, `exact code keeps no constrained. (${m})`);
    }
  }
  t.diagnostic(`${count} exact methods imported and verified in ${Math.round(performance.now() - start)} ms`);
  assert.ok(count > 1000);
});
