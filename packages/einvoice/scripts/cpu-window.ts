/**
 * One measuring window of the benches: calls `f` for at least `ms` milliseconds of wall time and at
 * least `minCalls` times; how many calls, and the CPU microseconds this process used meanwhile (the
 * work is synchronous: one core).
 */
export function cpuWindow(
  f: (call: number) => void,
  ms: number,
  minCalls = 1,
): { calls: number; cpuMicros: number } {
  const start = performance.now();
  const cpu0 = process.cpuUsage();
  let calls = 0;
  while (performance.now() - start < ms || calls < minCalls) f(calls++);
  const cpu = process.cpuUsage(cpu0);
  return { calls, cpuMicros: cpu.user + cpu.system };
}
