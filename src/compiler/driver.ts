// The compiler driver: `dotnative publish` calls compileProgram (src/toolchain/types.ts has the
// contract). It loads the application with the shared framework, finds the entry point, runs
// the whole-program analysis with the feature switches of the app's runtimeconfig.json,
// imports every kept method to IR (pruning constant branches as analysis did), generates C
// (src/codegen/) and writes the translation units into the C directory.
//
// Generating code can need more than analysis found (the constructors of the exceptions the
// runtime raises, String's allocating constructors behind `newobj string`, ...): those become
// new roots of the same dependency graph, analysis runs on from where it stopped, and the new
// methods are compiled in the next round, until nothing new is asked for.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeProgram, type AnalysisResult } from '../analysis/analyze.js';
import { ConstantMethods } from '../analysis/constant-methods.js';
import { STACK_TRACE_SUPPORT, featureSettings, runtimeConfigProperties } from '../analysis/features.js';
import { MAX_GENERIC_DEPTH } from '../analysis/generic-depth.js';
import { ConstructedTypeNode, MethodNode, StaticBaseNode, TypeHandleNode, VirtualUseNode } from '../analysis/nodes.js';
import { explain } from '../analysis/why.js';
import { CliError } from '../cli/errors.js';
import { CodegenError } from '../codegen/ctypes.js';
import { HELPER_HEADER, HELPER_HEADER_NAME } from '../codegen/helpers.js';
import { Hooks } from '../codegen/hooks.js';
import { methodName } from '../ir/importer.js';
import { type Fragment, ProgramGen } from '../codegen/program.js';
import { dataUnit, methodUnits } from '../codegen/units.js';
import { STACK_WALK_CFLAG, stackWalkUnit } from '../codegen/stack-walk.js';
import { ImportError } from '../ir/errors.js';
import { importMethod } from '../ir/importer.js';
import { AssemblyLoader } from '../metadata/loader.js';
import { TypeSystemContext } from '../typesystem/context.js';
import type { MethodDesc } from '../typesystem/members.js';
import { ArrayType } from '../typesystem/types.js';
import type { CompileProgramOptions, CompileProgramResult } from '../toolchain/types.js';
import { CodegenSubstitutions } from './analysis-view.js';
import { pruneConstantBranches } from './prune.js';
import { exactTargetsMissedByAnalysis, fixOpenStaticCalls } from './workarounds.js';

/** A failure to compile the program that is the input's fault or a limit of dotnative: one line for the user. */
export class CompileError extends CliError {
  constructor(message: string) {
    super(message);
    this.name = 'CompileError';
  }
}

export interface CompiledProgram {
  /** File name -> C text, in file-name order (the helper header included). */
  files: Map<string, string>;
  why: { query: string; text: string | undefined }[];
  warnings: string[];
  inputs: string[];
  stats: { methods: number; units: number; types: number };
  /** Compiler flags the generated units need (-DDN_STACK_WALK when the program walks its stack). */
  cflags: string[];
}

/** IL -> C for one application, in memory (compileProgram writes the files). */
export function generateProgram(assemblyPath: string, options: { why?: string[]; log?: (m: string) => void } = {}): CompiledProgram {
  const log = options.log ?? (() => {});
  const t0 = performance.now();
  const loader = AssemblyLoader.forApp(assemblyPath);
  const ctx = new TypeSystemContext(loader);
  const app = loader.loaded[0]!;
  const token = app.entryPointToken;
  if (!token) throw new CompileError(`${assemblyPath}: has no entry point (a library, not a program)`);
  const entry = ctx.resolver.resolveMethod(app, token, {});
  const runtimeConfig = assemblyPath.replace(/\.(dll|exe)$/i, '') + '.runtimeconfig.json';
  const features = featureSettings(runtimeConfig);
  const substitutions = new CodegenSubstitutions(ctx, features);
  const constants = new ConstantMethods(substitutions);
  const analysis = analyzeProgram([{ method: entry, why: 'entry point' }], substitutions);
  log(`analysis: ${analysis.methods.length} methods, ${analysis.constructedTypes.length} constructed types (${Math.round(performance.now() - t0)} ms)`);

  const gen: ProgramGen = new ProgramGen({
    ctx, analysis, substitutions, constants, entryPoint: entry, frameworkDir: loader.framework.dir,
    appContextProperties: runtimeConfigProperties(runtimeConfig),
    stackTraces: features.get(STACK_TRACE_SUPPORT) !== 'false',
    importMethod: (m) => {
      const ir = importMethod(m);
      pruneConstantBranches(ir, substitutions, constants);
      for (const target of fixOpenStaticCalls(ir)) gen.require(target, 'constrained call of a static virtual method');
      for (const target of exactTargetsMissedByAnalysis(ir, (x) => gen.kept.has(x))) gen.require(target, 'constrained call of a static virtual method');
      return ir;
    },
  });
  const hooks = new Hooks(gen, entry);
  const fragments = new Map<MethodDesc, Fragment | undefined>();
  const t1 = performance.now();
  for (let round = 0; ; round++) {
    for (const m of analysis.methods) {
      if (fragments.has(m) || m.owningType instanceof ArrayType) continue;
      if (m.owningType.containsGenericParameters || m.instantiation.some((a) => a.containsGenericParameters)) continue;
      fragments.set(m, compileOne(gen, m));
    }
    hooks.plan();
    if (!gen.pendingRoots.length) break;
    if (round > 50) throw new Error('code generation keeps asking for new methods');
    for (const { node, why } of gen.pendingRoots) analysis.graph.root(node, why);
    gen.pendingRoots = [];
    analysis.graph.run();
    refreshResult(analysis);
    gen.refresh();
  }
  log(`code generation: ${fragments.size} methods (${Math.round(performance.now() - t1)} ms)`);
  for (const m of [...analysis.cutOff].map(String).sort()) {
    gen.warn(`IL3054: generic expansion to ${m} was cut off (generic recursion deeper than ${MAX_GENERIC_DEPTH}); the program stops if it is called`);
  }

  const frameworkDir = loader.framework.dir;
  const compiled = [...fragments.values()].filter((f): f is Fragment => f !== undefined);
  const units = methodUnits(gen, compiled, frameworkDir);
  const walkUnit = stackWalkUnit(gen, compiled);
  if (walkUnit) units.push(walkUnit);
  const usedVirtuals = new Set(analysis.virtualUses.map((m) => m.typicalDefinition));
  const data = dataUnit(gen, hooks, [...analysis.constructedTypes, ...analysis.typeHandles], usedVirtuals);
  const files = new Map<string, string>();
  files.set(HELPER_HEADER_NAME, HELPER_HEADER);
  for (const u of [...units, data]) files.set(u.file, u.text);
  const why = (options.why ?? []).map((query) => ({ query, text: explain(analysis, query) }));
  return {
    files,
    why,
    warnings: gen.warnings,
    inputs: loader.loaded.map((f) => f.path).sort(),
    stats: { methods: fragments.size, units: units.length + 1, types: gen.mtsUsed.size },
    cflags: walkUnit ? [STACK_WALK_CFLAG] : [],
  };
}

function compileOne(gen: ProgramGen, m: MethodDesc): Fragment | undefined {
  try {
    return gen.compile(m);
  } catch (e) {
    if (e instanceof ImportError) throw new CompileError(e.message);
    if (e instanceof CodegenError) {
      const asm = m.def?.assembly.name ?? String(m.owningType);
      const m2 = /^(IL_[0-9a-f]{4}): (.*)$/.exec(e.message);
      throw new CompileError(`${asm}: ${methodName(m)}${m2 ? ` ${m2[1]}: ${m2[2]}` : `: ${e.message}`}`);
    }
    throw e;
  }
}

/** Re-reads the marked nodes of the analysis graph into the result lists (after new roots). */
function refreshResult(r: AnalysisResult): void {
  r.methods.length = 0;
  r.constructedTypes.length = 0;
  r.typeHandles.length = 0;
  r.staticBases.length = 0;
  r.virtualUses.length = 0;
  for (const n of r.graph.marked) {
    if (n instanceof MethodNode) r.methods.push(n.method);
    else if (n instanceof ConstructedTypeNode) r.constructedTypes.push(n.type);
    else if (n instanceof TypeHandleNode) r.typeHandles.push(n.type);
    else if (n instanceof StaticBaseNode) r.staticBases.push(n.type);
    else if (n instanceof VirtualUseNode) r.virtualUses.push(n.method);
  }
}

/** `dotnative publish`'s entry into the compiler (src/toolchain/types.ts). */
export async function compileProgram(o: CompileProgramOptions): Promise<CompileProgramResult> {
  if (o.target.pointerSize !== 8) throw new CompileError(`${o.target.rid}: dotnative generates code for 64-bit targets only`);
  const program = generateProgram(o.assemblyPath, { why: o.why, log: o.log });
  const cFiles: string[] = [];
  for (const [file, text] of program.files) {
    const path = join(o.cDir, file);
    writeFileSync(path, text);
    if (file.endsWith('.c')) cFiles.push(path);
  }
  o.log(`wrote ${cFiles.length} C files (${program.stats.methods} methods, ${program.stats.types} type descriptors) to ${o.cDir}`);
  return { cFiles, cflags: program.cflags, inputs: program.inputs, why: program.why, warnings: program.warnings };
}
