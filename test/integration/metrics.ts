/**
 * Figures the suite measures in the real VS Code (activation time, ...), reported by the
 * launchers beside the test results. Kept on globalThis because every test file is its own bundle.
 */
export interface Metric {
  name: string;
  value: number;
  unit: string;
}

const KEY = '__articleAnnotatorMetrics';

export function recordMetric(name: string, value: number, unit: string): void {
  collectedMetrics().push({ name, value, unit });
}

export function collectedMetrics(): Metric[] {
  const holder = globalThis as unknown as Record<string, Metric[] | undefined>;
  return (holder[KEY] ??= []);
}
