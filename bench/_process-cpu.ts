/**
 * CPU time of other processes, for benchmarks whose work runs in child processes and in a local PostgreSQL
 * server. Read from Linux's /proc (clock ticks of user + system time); elsewhere each reading is null.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's times (USER_HZ, 100 on every Linux this runs on). */
const TICKS_PER_SECOND = 100;

/** utime, stime, cutime, cstime of a /proc/<pid>/stat line, after the command name in parentheses. */
function statTimes(stat: string): { comm: string; own: number; children: number } | null {
  const open = stat.indexOf('(');
  const close = stat.lastIndexOf(')');
  if (open < 0 || close < 0) return null;
  // Fields after ")" start at field 3 (state); utime is field 14, so index 11 here.
  const fields = stat.slice(close + 2).split(' ');
  const [utime, stime, cutime, cstime] = [11, 12, 13, 14].map((i) => Number(fields[i] ?? 0));
  return {
    comm: stat.slice(open + 1, close),
    own: (utime ?? 0) + (stime ?? 0),
    children: (cutime ?? 0) + (cstime ?? 0),
  };
}

/**
 * CPU milliseconds used so far by this process's children that have exited and been waited for (the worker
 * processes a benchmark spawned): `childrenCpuMs()` is like 81234, or null off Linux.
 */
export function childrenCpuMs(): number | null {
  try {
    const times = statTimes(readFileSync('/proc/self/stat', 'utf8'));
    return times ? (times.children * 1000) / TICKS_PER_SECOND : null;
  } catch {
    return null;
  }
}

/**
 * CPU milliseconds used so far by every PostgreSQL process on this machine: the live ones' own time plus the
 * time of those that have exited (the postmaster collects its ended backends' time as its children's), so the
 * difference of two readings is what PostgreSQL spent in between, backends, WAL writer and checkpointer alike.
 * It counts other clients' work too. `postgresCpuMs()` is like 51200, or null when no PostgreSQL runs here.
 */
export function postgresCpuMs(): number | null {
  let ticks = 0;
  let found = false;
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return null;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // ended while listing
    }
    const times = statTimes(stat);
    if (times?.comm !== 'postgres') continue;
    found = true;
    ticks += times.own + times.children;
  }
  return found ? (ticks * 1000) / TICKS_PER_SECOND : null;
}
