/** Linux /proc readings: machine CPU idle, and CPU time used by this process's descendants. */
import { readdirSync, readFileSync } from 'node:fs';

/** Idle and total CPU jiffies since boot (/proc/stat), or null where unavailable. */
export function cpuTimes(): { idle: number; total: number } | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
    const f = line.trim().split(/\s+/).slice(1).map(Number);
    const idle = (f[3] ?? 0) + (f[4] ?? 0); // idle + iowait
    return { idle, total: f.reduce((a, b) => a + b, 0) };
  } catch {
    return null;
  }
}

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ; 100 on Linux). */
const TICKS_PER_S = 100;

/**
 * User + system CPU time (ms) of every live descendant of this Node process — the browser
 * and all of its processes (GPU, network, renderers) — or null where /proc is unavailable.
 * Resolution 10 ms; a process that exits between two readings drops out of the sum.
 */
export function descendantsCpuMs(root: number = process.pid): number | null {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return null;
  }
  const parent = new Map<number, number>();
  const cpu = new Map<number, number>();
  for (const d of entries) {
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      // Fields after the parenthesised command name: state, ppid, … utime (14th), stime (15th).
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(d), Number(f[1]));
      cpu.set(Number(d), Number(f[11]) + Number(f[12]));
    } catch {
      // the process ended while we read
    }
  }
  let ticks = 0;
  for (const [pid, t] of cpu) {
    for (
      let p = parent.get(pid), hops = 0;
      p !== undefined && hops < 64;
      p = parent.get(p), hops++
    ) {
      if (p === root) {
        ticks += t;
        break;
      }
    }
  }
  return (1000 * ticks) / TICKS_PER_S;
}
