// The metadata tables of ECMA-335 II.22 and the Portable PDB tables, as data: each table's
// columns and each coded index's tag layout. Row decoding (tables.ts) is driven by this.

export const enum TableId {
  Module = 0x00, TypeRef = 0x01, TypeDef = 0x02, FieldPtr = 0x03, Field = 0x04, MethodPtr = 0x05,
  MethodDef = 0x06, ParamPtr = 0x07, Param = 0x08, InterfaceImpl = 0x09, MemberRef = 0x0a,
  Constant = 0x0b, CustomAttribute = 0x0c, FieldMarshal = 0x0d, DeclSecurity = 0x0e,
  ClassLayout = 0x0f, FieldLayout = 0x10, StandAloneSig = 0x11, EventMap = 0x12, EventPtr = 0x13,
  Event = 0x14, PropertyMap = 0x15, PropertyPtr = 0x16, Property = 0x17, MethodSemantics = 0x18,
  MethodImpl = 0x19, ModuleRef = 0x1a, TypeSpec = 0x1b, ImplMap = 0x1c, FieldRVA = 0x1d,
  EncLog = 0x1e, EncMap = 0x1f, Assembly = 0x20, AssemblyProcessor = 0x21, AssemblyOS = 0x22,
  AssemblyRef = 0x23, AssemblyRefProcessor = 0x24, AssemblyRefOS = 0x25, File = 0x26,
  ExportedType = 0x27, ManifestResource = 0x28, NestedClass = 0x29, GenericParam = 0x2a,
  MethodSpec = 0x2b, GenericParamConstraint = 0x2c,
  Document = 0x30, MethodDebugInformation = 0x31, LocalScope = 0x32, LocalVariable = 0x33,
  LocalConstant = 0x34, ImportScope = 0x35, StateMachineMethod = 0x36, CustomDebugInformation = 0x37,
}

/** Tokens that are not table rows. */
export const USER_STRING_TOKEN_TYPE = 0x70;

export const CodedIndexes = {
  TypeDefOrRef: [TableId.TypeDef, TableId.TypeRef, TableId.TypeSpec],
  HasConstant: [TableId.Field, TableId.Param, TableId.Property],
  HasCustomAttribute: [
    TableId.MethodDef, TableId.Field, TableId.TypeRef, TableId.TypeDef, TableId.Param,
    TableId.InterfaceImpl, TableId.MemberRef, TableId.Module, TableId.DeclSecurity, TableId.Property,
    TableId.Event, TableId.StandAloneSig, TableId.ModuleRef, TableId.TypeSpec, TableId.Assembly,
    TableId.AssemblyRef, TableId.File, TableId.ExportedType, TableId.ManifestResource,
    TableId.GenericParam, TableId.GenericParamConstraint, TableId.MethodSpec,
  ],
  HasFieldMarshal: [TableId.Field, TableId.Param],
  HasDeclSecurity: [TableId.TypeDef, TableId.MethodDef, TableId.Assembly],
  MemberRefParent: [TableId.TypeDef, TableId.TypeRef, TableId.ModuleRef, TableId.MethodDef, TableId.TypeSpec],
  HasSemantics: [TableId.Event, TableId.Property],
  MethodDefOrRef: [TableId.MethodDef, TableId.MemberRef],
  MemberForwarded: [TableId.Field, TableId.MethodDef],
  Implementation: [TableId.File, TableId.AssemblyRef, TableId.ExportedType],
  // Tags 0, 1 and 4 are unused; -1 marks them.
  CustomAttributeType: [-1, -1, TableId.MethodDef, TableId.MemberRef, -1],
  ResolutionScope: [TableId.Module, TableId.ModuleRef, TableId.AssemblyRef, TableId.TypeRef],
  TypeOrMethodDef: [TableId.TypeDef, TableId.MethodDef],
  HasCustomDebugInformation: [
    TableId.MethodDef, TableId.Field, TableId.TypeRef, TableId.TypeDef, TableId.Param,
    TableId.InterfaceImpl, TableId.MemberRef, TableId.Module, TableId.DeclSecurity, TableId.Property,
    TableId.Event, TableId.StandAloneSig, TableId.ModuleRef, TableId.TypeSpec, TableId.Assembly,
    TableId.AssemblyRef, TableId.File, TableId.ExportedType, TableId.ManifestResource,
    TableId.GenericParam, TableId.GenericParamConstraint, TableId.MethodSpec, TableId.Document,
    TableId.LocalScope, TableId.LocalVariable, TableId.LocalConstant, TableId.ImportScope,
  ],
} as const;

export type CodedIndexName = keyof typeof CodedIndexes;

/**
 * Column kinds: fixed-size integers, heap indexes, simple table indexes ('T:<Table>') and coded
 * indexes ('C:<CodedIndex>'). Decoded rows expose strings as JS strings, GUIDs as their
 * canonical text, blobs as heap offsets, table indexes as row ids and coded indexes as tokens.
 */
type Col = readonly [string, string];

export const Tables = {
  Module: [['Generation', 'u16'], ['Name', 'str'], ['Mvid', 'guid'], ['EncId', 'guid'], ['EncBaseId', 'guid']],
  TypeRef: [['ResolutionScope', 'C:ResolutionScope'], ['TypeName', 'str'], ['TypeNamespace', 'str']],
  TypeDef: [['Flags', 'u32'], ['TypeName', 'str'], ['TypeNamespace', 'str'], ['Extends', 'C:TypeDefOrRef'],
    ['FieldList', 'T:Field'], ['MethodList', 'T:MethodDef']],
  FieldPtr: [['Field', 'T:Field']],
  Field: [['Flags', 'u16'], ['Name', 'str'], ['Signature', 'blob']],
  MethodPtr: [['Method', 'T:MethodDef']],
  MethodDef: [['RVA', 'u32'], ['ImplFlags', 'u16'], ['Flags', 'u16'], ['Name', 'str'], ['Signature', 'blob'],
    ['ParamList', 'T:Param']],
  ParamPtr: [['Param', 'T:Param']],
  Param: [['Flags', 'u16'], ['Sequence', 'u16'], ['Name', 'str']],
  InterfaceImpl: [['Class', 'T:TypeDef'], ['Interface', 'C:TypeDefOrRef']],
  MemberRef: [['Class', 'C:MemberRefParent'], ['Name', 'str'], ['Signature', 'blob']],
  // Type is one byte followed by one byte of padding.
  Constant: [['Type', 'u16'], ['Parent', 'C:HasConstant'], ['Value', 'blob']],
  CustomAttribute: [['Parent', 'C:HasCustomAttribute'], ['Type', 'C:CustomAttributeType'], ['Value', 'blob']],
  FieldMarshal: [['Parent', 'C:HasFieldMarshal'], ['NativeType', 'blob']],
  DeclSecurity: [['Action', 'u16'], ['Parent', 'C:HasDeclSecurity'], ['PermissionSet', 'blob']],
  ClassLayout: [['PackingSize', 'u16'], ['ClassSize', 'u32'], ['Parent', 'T:TypeDef']],
  FieldLayout: [['Offset', 'u32'], ['Field', 'T:Field']],
  StandAloneSig: [['Signature', 'blob']],
  EventMap: [['Parent', 'T:TypeDef'], ['EventList', 'T:Event']],
  EventPtr: [['Event', 'T:Event']],
  Event: [['EventFlags', 'u16'], ['Name', 'str'], ['EventType', 'C:TypeDefOrRef']],
  PropertyMap: [['Parent', 'T:TypeDef'], ['PropertyList', 'T:Property']],
  PropertyPtr: [['Property', 'T:Property']],
  Property: [['Flags', 'u16'], ['Name', 'str'], ['Type', 'blob']],
  MethodSemantics: [['Semantics', 'u16'], ['Method', 'T:MethodDef'], ['Association', 'C:HasSemantics']],
  MethodImpl: [['Class', 'T:TypeDef'], ['MethodBody', 'C:MethodDefOrRef'], ['MethodDeclaration', 'C:MethodDefOrRef']],
  ModuleRef: [['Name', 'str']],
  TypeSpec: [['Signature', 'blob']],
  ImplMap: [['MappingFlags', 'u16'], ['MemberForwarded', 'C:MemberForwarded'], ['ImportName', 'str'],
    ['ImportScope', 'T:ModuleRef']],
  FieldRVA: [['RVA', 'u32'], ['Field', 'T:Field']],
  EncLog: [['Token', 'u32'], ['FuncCode', 'u32']],
  EncMap: [['Token', 'u32']],
  Assembly: [['HashAlgId', 'u32'], ['MajorVersion', 'u16'], ['MinorVersion', 'u16'], ['BuildNumber', 'u16'],
    ['RevisionNumber', 'u16'], ['Flags', 'u32'], ['PublicKey', 'blob'], ['Name', 'str'], ['Culture', 'str']],
  AssemblyProcessor: [['Processor', 'u32']],
  AssemblyOS: [['OSPlatformId', 'u32'], ['OSMajorVersion', 'u32'], ['OSMinorVersion', 'u32']],
  AssemblyRef: [['MajorVersion', 'u16'], ['MinorVersion', 'u16'], ['BuildNumber', 'u16'], ['RevisionNumber', 'u16'],
    ['Flags', 'u32'], ['PublicKeyOrToken', 'blob'], ['Name', 'str'], ['Culture', 'str'], ['HashValue', 'blob']],
  AssemblyRefProcessor: [['Processor', 'u32'], ['AssemblyRef', 'T:AssemblyRef']],
  AssemblyRefOS: [['OSPlatformId', 'u32'], ['OSMajorVersion', 'u32'], ['OSMinorVersion', 'u32'],
    ['AssemblyRef', 'T:AssemblyRef']],
  File: [['Flags', 'u32'], ['Name', 'str'], ['HashValue', 'blob']],
  ExportedType: [['Flags', 'u32'], ['TypeDefId', 'u32'], ['TypeName', 'str'], ['TypeNamespace', 'str'],
    ['Implementation', 'C:Implementation']],
  ManifestResource: [['Offset', 'u32'], ['Flags', 'u32'], ['Name', 'str'], ['Implementation', 'C:Implementation']],
  NestedClass: [['NestedClass', 'T:TypeDef'], ['EnclosingClass', 'T:TypeDef']],
  GenericParam: [['Number', 'u16'], ['Flags', 'u16'], ['Owner', 'C:TypeOrMethodDef'], ['Name', 'str']],
  MethodSpec: [['Method', 'C:MethodDefOrRef'], ['Instantiation', 'blob']],
  GenericParamConstraint: [['Owner', 'T:GenericParam'], ['Constraint', 'C:TypeDefOrRef']],
  Document: [['Name', 'blob'], ['HashAlgorithm', 'guid'], ['Hash', 'blob'], ['Language', 'guid']],
  MethodDebugInformation: [['Document', 'T:Document'], ['SequencePoints', 'blob']],
  LocalScope: [['Method', 'T:MethodDef'], ['ImportScope', 'T:ImportScope'], ['VariableList', 'T:LocalVariable'],
    ['ConstantList', 'T:LocalConstant'], ['StartOffset', 'u32'], ['Length', 'u32']],
  LocalVariable: [['Attributes', 'u16'], ['Index', 'u16'], ['Name', 'str']],
  LocalConstant: [['Name', 'str'], ['Signature', 'blob']],
  ImportScope: [['Parent', 'T:ImportScope'], ['Imports', 'blob']],
  StateMachineMethod: [['MoveNextMethod', 'T:MethodDef'], ['KickoffMethod', 'T:MethodDef']],
  CustomDebugInformation: [['Parent', 'C:HasCustomDebugInformation'], ['Kind', 'guid'], ['Value', 'blob']],
} as const satisfies Record<string, readonly Col[]>;

export type TableName = keyof typeof Tables;

type ColValue<K extends string> = K extends 'str' | 'guid' ? string : number;
export type Row<T extends TableName> = {
  readonly [C in (typeof Tables)[T][number] as C[0]]: ColValue<C[1]>;
};

/** Table names by id, in id order (holes for ids 0x2d-0x2f and above 0x37). */
export const TableNames: (TableName | undefined)[] = [];
{
  const ids: Record<string, number> = {
    Module: 0x00, TypeRef: 0x01, TypeDef: 0x02, FieldPtr: 0x03, Field: 0x04, MethodPtr: 0x05, MethodDef: 0x06,
    ParamPtr: 0x07, Param: 0x08, InterfaceImpl: 0x09, MemberRef: 0x0a, Constant: 0x0b, CustomAttribute: 0x0c,
    FieldMarshal: 0x0d, DeclSecurity: 0x0e, ClassLayout: 0x0f, FieldLayout: 0x10, StandAloneSig: 0x11,
    EventMap: 0x12, EventPtr: 0x13, Event: 0x14, PropertyMap: 0x15, PropertyPtr: 0x16, Property: 0x17,
    MethodSemantics: 0x18, MethodImpl: 0x19, ModuleRef: 0x1a, TypeSpec: 0x1b, ImplMap: 0x1c, FieldRVA: 0x1d,
    EncLog: 0x1e, EncMap: 0x1f, Assembly: 0x20, AssemblyProcessor: 0x21, AssemblyOS: 0x22, AssemblyRef: 0x23,
    AssemblyRefProcessor: 0x24, AssemblyRefOS: 0x25, File: 0x26, ExportedType: 0x27, ManifestResource: 0x28,
    NestedClass: 0x29, GenericParam: 0x2a, MethodSpec: 0x2b, GenericParamConstraint: 0x2c, Document: 0x30,
    MethodDebugInformation: 0x31, LocalScope: 0x32, LocalVariable: 0x33, LocalConstant: 0x34,
    ImportScope: 0x35, StateMachineMethod: 0x36, CustomDebugInformation: 0x37,
  };
  for (const [name, id] of Object.entries(ids)) TableNames[id] = name as TableName;
}

const tableIds = new Map<string, number>(TableNames.flatMap((n, i) => (n ? [[n, i] as [string, number]] : [])));

export function tableIdOf(name: TableName): number {
  return tableIds.get(name)!;
}

export const TABLE_COUNT = 64;

// Token helpers.
export const tokenTable = (token: number): number => token >>> 24;
export const tokenRid = (token: number): number => token & 0x00ffffff;
export const makeToken = (table: number, rid: number): number => ((table << 24) | rid) >>> 0;
export function tokenHex(token: number): string {
  return '0x' + (token >>> 0).toString(16).padStart(8, '0');
}
