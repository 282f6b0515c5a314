// Custom attribute decoding (src/metadata/customattributes.ts) against the attributes of
// test/fixtures/AttrFixture (every argument kind), plus malformed blobs and type name parsing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  type CaArgument, type CaType, type CaValue, type CustomAttributeResolver, type DecodedCustomAttribute,
  LoaderAttributeResolver, attributeConstructor, decodeCustomAttribute, decodeCustomAttributeRow,
  parseSerializedTypeName, typeDefFullName, typeRefFullName,
} from '../src/metadata/customattributes.js';
import { BadImageError } from '../src/metadata/errors.js';
import { AssemblyLoader, AssemblyNotFoundError } from '../src/metadata/loader.js';
import { TableId, makeToken, tokenTable } from '../src/metadata/schema.js';
import type { MethodSig, TypeSig } from '../src/metadata/signatures.js';
import { fixtureDll } from './support/fixtures.js';

const loader = AssemblyLoader.forApp(fixtureDll('AttrFixture'));
const file = loader.loaded[0]!;
const md = file.md;
const resolver = new LoaderAttributeResolver(loader, file);

function typeDef(fullName: string): number {
  for (let rid = 1; rid <= md.rows('TypeDef'); rid++) if (typeDefFullName(md, rid) === fullName) return makeToken(TableId.TypeDef, rid);
  throw new Error(`no TypeDef ${fullName}`);
}
function typeRef(fullName: string): number {
  for (let rid = 1; rid <= md.rows('TypeRef'); rid++) if (typeRefFullName(md, rid) === fullName) return makeToken(TableId.TypeRef, rid);
  throw new Error(`no TypeRef ${fullName}`);
}

/** The decoded attributes of one attribute class on one fixture type, in table order. */
function attrsOn(target: string, attribute: string): DecodedCustomAttribute[] {
  return md.customAttributesOf(typeDef('AttrFixture.' + target))
    .map((rid) => decodeCustomAttributeRow(md, rid, resolver))
    .filter((a) => a.ctor.typeName === 'AttrFixture.' + attribute);
}

// Expected-value builders.
type Prim = Extract<CaType, { kind: 'prim' }>['prim'];
const p = (prim: Prim, value: CaValue): CaArgument => ({ type: { kind: 'prim', prim }, value });
const pt = (prim: Prim): CaType => ({ kind: 'prim', prim });
const enumTok = (token: number, underlying: Extract<CaType, { kind: 'enum' }>['underlying']): CaType => ({ kind: 'enum', underlying, token });
const enumName = (name: string, underlying: Extract<CaType, { kind: 'enum' }>['underlying']): CaType => ({ kind: 'enum', underlying, name });
const e = (type: CaType, value: CaValue): CaArgument => ({ type, value });
const ty = (name: string | null): CaArgument => ({ type: { kind: 'type' }, value: name });
const boxed = (inner: CaArgument): CaArgument => ({ type: { kind: 'object' }, value: inner });
const arr = (elem: CaType, values: CaArgument[] | null): CaArgument => ({ type: { kind: 'szarray', elem }, value: values });

const runtime = 'System.Runtime, Version=10.0.0.0, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a';
const collections = 'System.Collections, Version=10.0.0.0, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a';

const Perm = typeDef('AttrFixture.Perm');
const LongEnum = typeDef('AttrFixture.LongEnum');

test('primitives, strings and the null string', () => {
  const attrs = attrsOn('PrimTarget', 'PrimAttribute');
  assert.equal(attrs.length, 3);
  assert.deepEqual(attrs.map((a) => a.value.named), [[], [], []]);
  assert.deepEqual(attrs[0]!.value.fixed, [
    p('bool', true), p('char', 'A'), p('i1', -128), p('u1', 255), p('i2', -32768), p('u2', 65535),
    p('i4', -2147483648), p('u4', 4294967295), p('i8', -9223372036854775808n), p('u8', 18446744073709551615n),
    p('r4', 1.5), p('r8', -0.25), p('string', 'h\u00e9llo \u2603 \u{1D11E}'),
  ]);
  assert.deepEqual(attrs[1]!.value.fixed, [
    p('bool', false), p('char', '\u2603'), p('i1', 127), p('u1', 0), p('i2', 32767), p('u2', 0),
    p('i4', 2147483647), p('u4', 0), p('i8', 9223372036854775807n), p('u8', 0n),
    p('r4', NaN), p('r8', -Infinity), p('string', null),
  ]);
  assert.deepEqual(attrs[2]!.value.fixed, [
    p('bool', false), p('char', '\0'), p('i1', 0), p('u1', 0), p('i2', 0), p('u2', 0),
    p('i4', 0), p('u4', 0), p('i8', 0n), p('u8', 0n),
    p('r4', -0), p('r8', 5e-324), p('string', ''),
  ]);
});

test('enums of every underlying type, [Flags], nested and from another assembly', () => {
  const [a] = attrsOn('EnumsTarget', 'EnumsAttribute');
  assert.deepEqual(a!.value.fixed, [
    e(enumTok(typeDef('AttrFixture.ByteEnum'), 'u1'), 200),
    e(enumTok(typeDef('AttrFixture.SByteEnum'), 'i1'), -5),
    e(enumTok(typeDef('AttrFixture.ShortEnum'), 'i2'), -300),
    e(enumTok(typeDef('AttrFixture.UShortEnum'), 'u2'), 65000),
    e(enumTok(typeRef('System.AttributeTargets'), 'i4'), 4 | 64),
    e(enumTok(typeDef('AttrFixture.UIntEnum'), 'u4'), 4000000000),
    e(enumTok(LongEnum, 'i8'), -9223372036854775808n),
    e(enumTok(typeDef('AttrFixture.ULongEnum'), 'u8'), 18446744073709551615n),
    e(enumTok(Perm, 'i4'), 5),
    e(enumTok(typeDef('AttrFixture.Outer+Inner+NestedEnum'), 'u2'), 7),
  ]);
  // An enum nested in a generic type: GENERICINST in the constructor signature.
  const [g] = attrsOn('GenericEnumTarget', 'GenericEnumAttribute');
  assert.deepEqual(g!.value.fixed, [e(enumTok(typeDef('AttrFixture.Holder`1+E'), 'i2'), 3)]);
});

test('System.Type arguments: assembly-qualified, generic, nested, open generic, arrays, null', () => {
  const [a] = attrsOn('TypesTarget', 'TypesAttribute');
  assert.deepEqual(a!.value.fixed, [
    ty(`System.Int32, ${runtime}`),
    ty(`System.Collections.Generic.List\`1[[System.String, ${runtime}]], ${collections}`),
    ty('AttrFixture.Outer+Inner'),
    ty('AttrFixture.Gen`1+Nested`1'),
    ty(`System.Collections.Generic.Dictionary\`2[[System.Int32, ${runtime}],AttrFixture.Outer+Inner[]], ${collections}`),
    ty(`System.Int32[,], ${runtime}`),
    ty(null),
  ]);
});

test('object parameters box values with their actual types', () => {
  const [a] = attrsOn('ObjectTarget', 'ObjectAttribute');
  assert.deepEqual(a!.value.fixed, [
    boxed(p('i4', 42)),
    boxed(p('string', 'str')),
    boxed(ty(`System.String, ${runtime}`)),
    boxed(e(enumName('AttrFixture.Perm', 'i4'), 2)),
    boxed(arr(pt('i4'), [p('i4', 1), p('i4', 2)])),
    boxed(p('string', null)),
    boxed(p('char', 'x')),
    boxed(e(enumName('AttrFixture.LongEnum', 'i8'), 1099511627776n)),
  ]);
});

test('arrays of every element kind, empty and null arrays, object[] of mixed values', () => {
  const [a] = attrsOn('ArraysTarget', 'ArraysAttribute');
  const PermT = enumTok(Perm, 'i4');
  const LongT = enumTok(LongEnum, 'i8');
  assert.deepEqual(a!.value.fixed, [
    arr(pt('i4'), [p('i4', 1), p('i4', -2), p('i4', 3)]),
    arr(pt('string'), [p('string', 'a'), p('string', null), p('string', '')]),
    arr({ kind: 'type' }, [ty(`System.Int32, ${runtime}`), ty('AttrFixture.Outer+Inner')]),
    arr(PermT, [e(PermT, 1), e(PermT, 7)]),
    arr({ kind: 'object' }, [
      boxed(p('i4', 1)), boxed(p('string', 'two')), boxed(p('r8', 3)), boxed(ty('AttrFixture.Perm')),
      boxed(e(enumName('AttrFixture.Perm', 'i4'), 4)), boxed(p('string', null)),
      boxed(arr(pt('i8'), [p('i8', 5n)])), boxed(p('u1', 9)),
    ]),
    arr(pt('i4'), null),
    arr(LongT, [e(LongT, 1099511627776n)]),
    arr(pt('u1'), []),
    arr(pt('char'), [p('char', 'x'), p('char', 'y')]),
  ]);
});

test('named field and property arguments', () => {
  const [a, b] = attrsOn('NamedTarget', 'NamedAttribute');
  assert.deepEqual(a!.value.fixed, []);
  const NestedT = enumName('AttrFixture.Outer+Inner+NestedEnum', 'u2');
  assert.deepEqual(a!.value.named, [
    { kind: 'field', name: 'IntField', ...p('i4', -7) },
    { kind: 'field', name: 'StrField', ...p('string', 'field') },
    { kind: 'field', name: 'TypeField', ...ty('AttrFixture.Perm') },
    { kind: 'field', name: 'PermField', ...e(enumName('AttrFixture.Perm', 'i4'), 7) },
    { kind: 'field', name: 'ObjField', ...boxed(e(enumName('AttrFixture.ShortEnum', 'i2'), -300)) },
    { kind: 'field', name: 'ArrField', ...arr(pt('i8'), [p('i8', 1n), p('i8', 9223372036854775807n)]) },
    { kind: 'property', name: 'TargetsProp', ...e(enumName(`System.AttributeTargets, ${runtime}`, 'i4'), 16) },
    { kind: 'property', name: 'DoubleProp', ...p('r8', 2.5) },
    { kind: 'property', name: 'ObjArrProp', ...arr({ kind: 'object' }, [boxed(e(NestedT, 7)), boxed(p('u4', 1))]) },
    { kind: 'property', name: 'LongEnumProp', ...e(enumName('AttrFixture.LongEnum', 'i8'), 1099511627776n) },
    { kind: 'property', name: 'NestedProp', ...e(NestedT, 7) },
  ]);
  assert.deepEqual(b!.value.named, [
    { kind: 'field', name: 'StrField', ...p('string', null) },
    { kind: 'field', name: 'ArrField', ...arr(pt('i8'), null) },
    { kind: 'property', name: 'ObjArrProp', ...arr({ kind: 'object' }, null) },
  ]);
});

test('generic attributes: parameters typed by the instantiation', () => {
  const attrs = attrsOn('GenTarget', 'GenAttribute`1');
  assert.deepEqual(attrs.map((a) => a.value.fixed), [
    [p('i4', 5)],
    [e(enumTok(Perm, 'i4'), 2)],
    [arr(pt('string'), [p('string', 'g')])],
    [boxed(e(enumName('AttrFixture.ByteEnum', 'u1'), 1))],
  ]);
  const c = attrs[0]!.ctor;
  assert.equal(tokenTable(c.token), TableId.MemberRef);
  assert.equal(tokenTable(c.parent), TableId.TypeSpec);
  assert.equal(c.typeToken, typeDef('AttrFixture.GenAttribute`1'));
  assert.deepEqual(c.typeArgs, [{ kind: 'prim', prim: 'i4' }] satisfies TypeSig[]);
  assert.deepEqual(c.signature.params, [{ kind: 'var', index: 0 }]);
});

test('attribute constructors: MethodDef in this module, MemberRef to another assembly', () => {
  const [prim] = attrsOn('PrimTarget', 'PrimAttribute');
  assert.equal(tokenTable(prim!.ctor.token), TableId.MethodDef);
  assert.equal(prim!.ctor.parent, typeDef('AttrFixture.PrimAttribute'));
  assert.equal(prim!.ctor.signature.params.length, 13);
  assert.ok(prim!.ctor.signature.hasThis);
  const usage = md.customAttributesOf(typeDef('AttrFixture.PrimAttribute')).map((rid) => decodeCustomAttributeRow(md, rid, resolver));
  const u = usage.find((a) => a.ctor.typeName === 'System.AttributeUsageAttribute')!;
  assert.equal(tokenTable(u.ctor.token), TableId.MemberRef);
  assert.equal(u.ctor.parent, typeRef('System.AttributeUsageAttribute'));
  assert.deepEqual(u.ctor.typeArgs, []);
  assert.deepEqual(u.value, {
    fixed: [e(enumTok(typeRef('System.AttributeTargets'), 'i4'), 32767)],
    named: [{ kind: 'property', name: 'AllowMultiple', ...p('bool', true) }],
  });
  assert.throws(() => attributeConstructor(md, typeDef('AttrFixture.Perm')), BadImageError);
});

test('the loader resolver: forwarded, nested, CoreLib-default and unknown enums', () => {
  assert.equal(resolver.enumUnderlyingTypeOfName(`System.AttributeTargets, ${runtime}`), 'i4');
  assert.equal(resolver.enumUnderlyingTypeOfName('System.DayOfWeek'), 'i4');
  assert.equal(resolver.enumUnderlyingTypeOfName('System.TypeCode, System.Private.CoreLib'), 'i4');
  assert.equal(resolver.enumUnderlyingTypeOfName('AttrFixture.ULongEnum'), 'u8');
  assert.equal(resolver.enumUnderlyingTypeOfName('AttrFixture.Outer+Inner+NestedEnum, AttrFixture'), 'u2');
  assert.equal(resolver.enumUnderlyingTypeOfToken(typeRef('System.AttributeTargets')), 'i4');
  assert.equal(resolver.isSystemType(typeRef('System.Type')), true);
  assert.equal(resolver.isSystemType(Perm), false);
  assert.throws(() => resolver.enumUnderlyingTypeOfName('AttrFixture.NoSuchEnum'), BadImageError);
  assert.throws(() => resolver.enumUnderlyingTypeOfName('AttrFixture.Outer'), BadImageError); // not an enum
  assert.throws(() => resolver.enumUnderlyingTypeOfName('X.Y, NoSuchAssembly'), AssemblyNotFoundError);
});

test('serialized type names', () => {
  assert.deepEqual(parseSerializedTypeName(`System.AttributeTargets, ${runtime}`), { fullName: 'System.AttributeTargets', assembly: 'System.Runtime' });
  assert.deepEqual(parseSerializedTypeName('AttrFixture.Outer+Inner+NestedEnum'), { fullName: 'AttrFixture.Outer+Inner+NestedEnum' });
  assert.deepEqual(parseSerializedTypeName(`System.Collections.Generic.List\`1[[System.String, ${runtime}]], ${collections}`),
    { fullName: 'System.Collections.Generic.List`1', assembly: 'System.Collections' });
  assert.deepEqual(parseSerializedTypeName(`System.Int32[,], ${runtime}`), { fullName: 'System.Int32', assembly: 'System.Runtime' });
  assert.deepEqual(parseSerializedTypeName('N.A\\,B\\+C, Asm'), { fullName: 'N.A,B+C', assembly: 'Asm' });
});

// ---------------------------------------------------------------------------------------------
// Malformed blobs.

/** Answers every question without looking anything up. */
const stub: CustomAttributeResolver = {
  isSystemType: () => false,
  enumUnderlyingTypeOfToken: () => 'i4',
  enumUnderlyingTypeOfName: () => 'i4',
};

const ctor = (...params: TypeSig[]): MethodSig => ({
  hasThis: true, explicitThis: false, callingConvention: 0, genericParamCount: 0,
  returnType: { kind: 'prim', prim: 'void' }, params, varargParams: [],
});
const obj: TypeSig = { kind: 'prim', prim: 'object' };
const i4: TypeSig = { kind: 'prim', prim: 'i4' };

function decodesOrBadImage(blob: Uint8Array, sig: MethodSig, typeArgs: TypeSig[]): void {
  try {
    decodeCustomAttribute(blob, sig, stub, typeArgs);
  } catch (err) {
    if (!(err instanceof BadImageError)) throw new Error(`non-BadImageError ${String(err)} for blob ${Buffer.from(blob).toString('hex')}`);
  }
}

test('malformed blobs raise BadImageError', () => {
  const bad = (bytes: number[], sig: MethodSig, why: RegExp) =>
    assert.throws(() => decodeCustomAttribute(Uint8Array.from(bytes), sig, stub), (err: unknown) => err instanceof BadImageError && why.test(err.message));
  bad([], ctor(), /truncated/);
  bad([0x02, 0x00, 0x00, 0x00], ctor(), /prolog/);
  bad([0x01, 0x00], ctor(), /truncated/); // no NumNamed
  bad([0x01, 0x00, 0x05, 0x00, 0x00], ctor(i4), /truncated/);
  bad([0x01, 0x00, 0xbf, 0xff, 0x41, 0x00, 0x00], ctor({ kind: 'prim', prim: 'string' }), /truncated/);
  bad([0x01, 0x00, 0xff, 0xff, 0xff, 0x7f, 0x00, 0x00], ctor({ kind: 'szarray', elem: i4 }), /exceeds/);
  bad([0x01, 0x00, 0xfe, 0xff, 0xff, 0xff, 0x00, 0x00], ctor({ kind: 'szarray', elem: i4 }), /negative/);
  bad([0x01, 0x00, 0x42, 0x00, 0x00], ctor(obj), /argument type code/);
  bad([0x01, 0x00, 0x51, 0x00, 0x00], ctor(obj), /box/);
  bad([0x01, 0x00, 0x1d, 0x1d, 0x08, 0x00, 0x00], ctor(obj), /arrays of arrays/);
  bad([0x01, 0x00, 0x01, 0x00, 0x52, 0x08, 0x01, 0x41, 0, 0, 0, 0], ctor(), /neither FIELD nor PROPERTY/);
  bad([0x01, 0x00, 0x01, 0x00, 0x53, 0x08, 0xff, 0, 0, 0, 0], ctor(), /without a name/);
  bad([0x01, 0x00, 0x01, 0x00, 0x53, 0x55, 0xff, 0x01, 0x41, 0, 0, 0, 0], ctor(), /enum argument without a type name/);
  bad([0x01, 0x00, 0x00, 0x00], ctor({ kind: 'prim', prim: 'i' }), /cannot be an attribute argument/);
  bad([0x01, 0x00, 0x00, 0x00], ctor({ kind: 'var', index: 0 }), /instantiation/);
  bad([0x01, 0x00, 0x00, 0x00], ctor({ kind: 'szarray', elem: { kind: 'szarray', elem: i4 } }), /arrays of arrays/);
  // object[] boxing object[] boxing ... far deeper than any real attribute: refused, not a stack overflow.
  const deep = [0x01, 0x00];
  for (let i = 0; i < 20000; i++) deep.push(0x1d, 0x51, 0x01, 0x00, 0x00, 0x00);
  bad(deep, ctor(obj), /nested too deeply/);
});

test('every truncation and many corruptions of the fixture blobs raise only BadImageError', () => {
  let blobs = 0;
  for (let rid = 1; rid <= md.rows('CustomAttribute'); rid++) {
    const row = md.row('CustomAttribute', rid);
    const c = attributeConstructor(md, row.Type);
    const blob = md.blobs.get(row.Value);
    blobs++;
    // The real resolver, so that the whole blob is exactly what the decoder consumes.
    for (let n = 0; n < blob.length; n++) {
      assert.throws(() => decodeCustomAttribute(blob.subarray(0, n), c.signature, resolver, c.typeArgs), BadImageError);
    }
    for (let i = 0; i < blob.length; i++) {
      for (const v of [0x00, 0x01, 0x1d, 0x50, 0x51, 0x55, 0x7f, 0x80, 0xc0, 0xfe, 0xff]) {
        const copy = Uint8Array.from(blob);
        copy[i] = v;
        decodesOrBadImage(copy, c.signature, c.typeArgs);
      }
    }
  }
  assert.ok(blobs > 30);
});
