// Feature switches: the AppContext settings that decide, at compile time, which framework code
// paths exist (as `dotnet publish -p:PublishAot=true` sets them), overridden by the app's
// runtimeconfig.json `configProperties`. InvariantGlobalization is on by default.
import { existsSync, readFileSync } from 'node:fs';

export type FeatureSettings = Map<string, string>;

/** dotnative's defaults, following what Native AOT publishing sets. */
export const DEFAULT_FEATURES: Readonly<Record<string, string>> = {
  'System.Globalization.Invariant': 'true',
  'System.Globalization.PredefinedCulturesOnly': 'true',
  'System.Diagnostics.Debugger.IsSupported': 'false',
  'System.Diagnostics.Tracing.EventSource.IsSupported': 'false',
  'System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported': 'false',
  'System.Resources.ResourceManager.AllowCustomResourceTypes': 'false',
  'System.Resources.UseSystemResourceKeys': 'false',
  'System.Runtime.InteropServices.BuiltInComInterop.IsSupported': 'false',
  'System.Runtime.InteropServices.EnableConsumingManagedCodeFromNativeHosting': 'false',
  'System.Runtime.InteropServices.EnableCppCLIHostActivation': 'false',
  'System.Runtime.Serialization.EnableUnsafeBinaryFormatterSerialization': 'false',
  'System.StartupHookProvider.IsSupported': 'false',
  'System.Reflection.Metadata.MetadataUpdater.IsSupported': 'false',
  'System.Text.Encoding.EnableUnsafeUTF7Encoding': 'false',
  'System.Threading.Thread.EnableAutoreleasePool': 'false',
  'System.Linq.Enumerable.IsSizeOptimized': 'true',
};

/** Set to false by `<StackTraceSupport>false</StackTraceSupport>`: no stack trace data. */
export const STACK_TRACE_SUPPORT = 'System.Diagnostics.StackTrace.IsSupported';

/** The `configProperties` of an app's runtimeconfig.json (empty when there is none), as text. */
export function runtimeConfigProperties(runtimeConfigPath?: string): Map<string, string> {
  const props = new Map<string, string>();
  if (runtimeConfigPath && existsSync(runtimeConfigPath)) {
    try {
      const json = JSON.parse(readFileSync(runtimeConfigPath, 'utf8')) as { runtimeOptions?: { configProperties?: Record<string, unknown> } };
      for (const [k, v] of Object.entries(json.runtimeOptions?.configProperties ?? {})) props.set(k, String(v));
    } catch {
      // A malformed runtimeconfig.json is the SDK's problem; the defaults stand.
    }
  }
  return props;
}

/** The defaults overlaid with the `configProperties` of an app's runtimeconfig.json, if any. */
export function featureSettings(runtimeConfigPath?: string): FeatureSettings {
  const settings: FeatureSettings = new Map(Object.entries(DEFAULT_FEATURES));
  for (const [k, v] of runtimeConfigProperties(runtimeConfigPath)) settings.set(k, v);
  return settings;
}
