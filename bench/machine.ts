/** What every benchmark prints first: when, on what, at which commit, under what load. */
import { execFileSync } from 'node:child_process';
import os from 'node:os';

export function loadAverage(): string {
  return `load average: ${os
    .loadavg()
    .map((load) => load.toFixed(2))
    .join(' ')}`;
}

/** The checked-out commit, with "+ changes" when the working tree differs from it. */
export function commit(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
      encoding: 'utf8',
    }).trim();
    return dirty ? `${head} + changes` : head;
  } catch (error) {
    return `unknown (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`;
  }
}

export function machine(): string[] {
  const cpus = os.cpus();
  return [
    `date: ${new Date().toISOString()}`,
    `commit: ${commit()}`,
    `node: ${process.version} (${process.platform} ${process.arch})`,
    `cpu: ${cpus[0]?.model ?? 'unknown'} x ${os.availableParallelism()}`,
    `memory: ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    loadAverage(),
  ];
}
