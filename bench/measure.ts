/**
 * Operations per second, measured fairly between contenders: each gets the same warm-up and
 * time, in rounds that take turns in a rotating order, and its result is the median round.
 */

/** One round of one contender. */
export interface Round {
  /** Operations per second of wall-clock time. */
  readonly wall: number;
  /**
   * Operations per second of CPU time (the process's user + system time, all threads, so the
   * thread pool that runs crypto.subtle counts too; see CpuClock). Time spent waiting for a
   * core while other processes run does not count: steadier than wall time on a shared machine.
   */
  readonly cpu: number;
}

export interface Measurement {
  /** Median of the rounds' wall-clock operations per second. */
  readonly opsPerSecond: number;
  /** Median of the rounds' operations per CPU second. */
  readonly opsPerCpuSecond: number;
  /** (fastest - slowest round) / median, wall clock: how noisy the figure is. */
  readonly spread: number;
  /** Every round, in round order. */
  readonly rounds: readonly Round[];
}

/**
 * Microseconds of CPU time used so far by the process that runs the operations, all threads:
 * Node's own in Node; in Chromium the renderer's, read from outside (bench/core-browser.ts).
 */
export type CpuClock = () => number | Promise<number>;

export const nodeCpuClock: CpuClock = () => {
  const { user, system } = process.cpuUsage();
  return user + system;
};

/** Runs `operation` one call after another for at least `ms`. */
async function runFor(
  operation: () => Promise<unknown>,
  ms: number,
  cpuClock: CpuClock,
): Promise<Round> {
  let calls = 0;
  const cpuStart = await cpuClock();
  const start = performance.now();
  let now: number;
  do {
    await operation();
    calls++;
    now = performance.now();
  } while (now - start < ms);
  const cpu = (await cpuClock()) - cpuStart;
  // A round too short to register any CPU time is counted as 1 µs.
  return {
    wall: (calls * 1000) / (now - start),
    cpu: (calls * 1e6) / Math.max(1, cpu),
  };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * How many times faster `a` is than `b`: the median of their ratios round by round. Load from
 * outside hits the contenders of one round alike, so this is steadier than a ratio of medians.
 */
export function ratio(a: Measurement, b: Measurement, clock: keyof Round): number {
  return median(a.rounds.map((round, r) => round[clock] / b.rounds[r]![clock]));
}

/**
 * Measures each named operation for `budgetMs` in all, split into `rounds`, after a warm-up of
 * one round each. Round r runs the contenders starting from the r-th, so none always goes first.
 */
export async function compare<Name extends string>(
  operations: Readonly<Record<Name, () => Promise<unknown>>>,
  budgetMs: number,
  rounds: number,
  cpuClock: CpuClock = nodeCpuClock,
): Promise<Record<Name, Measurement>> {
  const names = Object.keys(operations) as Name[];
  const roundMs = budgetMs / rounds;
  for (const name of names) await runFor(operations[name], roundMs, cpuClock);
  const samples = new Map<Name, Round[]>(names.map((name) => [name, []]));
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(r + k) % names.length]!;
      samples.get(name)!.push(await runFor(operations[name], roundMs, cpuClock));
    }
  }
  const result = {} as Record<Name, Measurement>;
  for (const name of names) {
    const measured = samples.get(name)!;
    const wall = measured.map((round) => round.wall);
    const mid = median(wall);
    result[name] = {
      opsPerSecond: mid,
      opsPerCpuSecond: median(measured.map((round) => round.cpu)),
      spread: (Math.max(...wall) - Math.min(...wall)) / mid,
      rounds: measured,
    };
  }
  return result;
}
