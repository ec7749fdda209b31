/**
 * Runs a command and measures it as a whole: wall time, and the peak memory
 * of its whole process tree (the command and every process it starts, such
 * as Pagefind's indexer), sampled from /proc every 100 ms and summed per
 * sample. `/usr/bin/time` would report the largest single process only.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';

export interface TreeSample {
  /** Milliseconds since the start. */
  ms: number;
  /** Resident memory of the whole tree, bytes. */
  rss: number;
  processes: number;
}

export interface MeasuredRun {
  exitCode: number | null;
  wallMs: number;
  /** Largest sum of resident memory of the tree over all samples, bytes. */
  peakRss: number;
  /** The largest single process at any sample, bytes (what `/usr/bin/time` reports). */
  peakProcessRss: number;
  /**
   * CPU time (user + system) of the command and the processes it waited for,
   * ms: unlike wall time, it hardly moves when other work shares the machine.
   */
  cpuMs: number;
  samples: TreeSample[];
  /** Last lines of stdout and stderr, for errors. */
  tail: string;
}

const PAGE = 4096;
/** Clock ticks per second of /proc's times (USER_HZ, 100 on Linux). */
const TICKS = 100;

/** CPU time of this process's waited-for children so far, ms (cutime + cstime of /proc/self/stat). */
function childrenCpuMs(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[13]) + Number(fields[14])) * 1000) / TICKS;
}

/** Parent and resident pages of every process, from /proc/<pid>/stat. */
function processTable(): Map<number, { ppid: number; rss: number }> {
  const table = new Map<number, { ppid: number; rss: number }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name is in parentheses and may hold spaces: read after the last ")".
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      table.set(Number(name), { ppid: Number(fields[1]), rss: Number(fields[21]) * PAGE });
    } catch {
      /* the process ended between listing and reading */
    }
  }
  return table;
}

/** Resident memory of `root` and all its descendants. */
export function treeMemory(root: number): { rss: number; processes: number; largest: number } {
  const table = processTable();
  const children = new Map<number, number[]>();
  for (const [pid, { ppid }] of table) {
    const list = children.get(ppid);
    if (list) list.push(pid);
    else children.set(ppid, [pid]);
  }
  let rss = 0;
  let processes = 0;
  let largest = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    const entry = table.get(pid);
    if (!entry) continue;
    rss += entry.rss;
    largest = Math.max(largest, entry.rss);
    processes++;
    stack.push(...(children.get(pid) ?? []));
  }
  return { rss, processes, largest };
}

/**
 * Runs `command` with `args`, sampling its tree every `intervalMs`. Output
 * goes to `logFile` when given (builds print thousands of lines).
 */
export function runMeasured(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; logFile?: string; intervalMs?: number },
): Promise<MeasuredRun> {
  const started = performance.now();
  const cpuBefore = childrenCpuMs();
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const log = options.logFile ? createWriteStream(options.logFile) : undefined;
  let tail = '';
  const keep = (chunk: Buffer) => {
    log?.write(chunk);
    tail = (tail + chunk.toString('utf8')).slice(-8000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const samples: TreeSample[] = [];
  let peakRss = 0;
  let peakProcessRss = 0;
  const sample = () => {
    if (child.pid === undefined) return;
    const { rss, processes, largest } = treeMemory(child.pid);
    if (!processes) return;
    samples.push({ ms: Math.round(performance.now() - started), rss, processes });
    peakRss = Math.max(peakRss, rss);
    peakProcessRss = Math.max(peakProcessRss, largest);
  };
  const timer = setInterval(sample, options.intervalMs ?? 100);
  return new Promise((resolve, reject) => {
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (exitCode) => {
      clearInterval(timer);
      const wallMs = performance.now() - started;
      const done = () => resolve({ exitCode, wallMs, peakRss, peakProcessRss, cpuMs: childrenCpuMs() - cpuBefore, samples, tail });
      if (log) log.end(done);
      else done();
    });
  });
}
