// Summary statistics for repeated measurements: median with min and max, and ratios taken pair
// by pair (run i of one configuration against run i of another, both from the same round).

export interface Summary {
  n: number;
  median: number;
  min: number;
  max: number;
}

export function median(values: number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function summarize(values: number[]): Summary | null {
  if (values.length === 0) return null;
  return { n: values.length, median: median(values), min: Math.min(...values), max: Math.max(...values) };
}

/**
 * Ratios numerator[i] / denominator[i] over the rounds where both have a value, summarized.
 * Pairing by round keeps slow drifts of the machine (thermal, other load) out of the ratio.
 */
export function pairedRatios(numerator: (number | null)[], denominator: (number | null)[]): Summary | null {
  const ratios: number[] = [];
  for (let i = 0; i < Math.min(numerator.length, denominator.length); i++) {
    const a = numerator[i], b = denominator[i];
    if (a != null && b != null && b > 0) ratios.push(a / b);
  }
  return summarize(ratios);
}
