// Runs the real CLI as a child process and measures it: wall time, CPU time, peak RSS
// (from /usr/bin/time when the machine has it, else by sampling VmHWM in /proc), and the
// output it wrote (bytes and lines, counted as it streams, never stored).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const GNU_TIME = '/usr/bin/time';

/** How peak memory is measured on this machine, or null when it cannot be. */
export function rssMethod() {
  if (fs.existsSync(GNU_TIME)) return 'time';
  if (fs.existsSync('/proc/self/status')) return 'proc';
  return null;
}

function readHwmKb(pid) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const m = /^VmHWM:\s*(\d+) kB$/m.exec(status);
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

/**
 * Runs `node args…` and resolves to { wallS, userS, sysS, rssKb, outBytes, outLines,
 * code, stderr }. stderr is kept (it is short: diagnostics only).
 */
export function runNode(args, { cwd, env } = {}) {
  const method = rssMethod();
  const timeFile = method === 'time' ? path.join(os.tmpdir(), `crisis-bench-time-${process.pid}-${Date.now()}.txt`) : null;
  const command = method === 'time' ? GNU_TIME : process.execPath;
  const argv = method === 'time'
    ? ['-o', timeFile, '-f', '%M %U %S', process.execPath, ...args]
    : args;
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, argv, { cwd, env: env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let outBytes = 0;
    let outLines = 0;
    let stderr = '';
    let hwm = null;
    let sampler = null;
    if (method === 'proc') {
      sampler = setInterval(() => {
        const kb = readHwmKb(child.pid);
        if (kb !== null) hwm = Math.max(hwm ?? 0, kb);
      }, 20);
    }
    child.stdout.on('data', (chunk) => {
      outBytes += chunk.length;
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) outLines++;
    });
    child.stderr.on('data', (chunk) => {
      if (stderr.length < 1e6) stderr += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const wallS = Number(process.hrtime.bigint() - started) / 1e9;
      if (sampler) clearInterval(sampler);
      let rssKb = hwm;
      let userS = null;
      let sysS = null;
      if (timeFile) {
        try {
          const fields = fs.readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(' ');
          rssKb = Number(fields[0]);
          userS = Number(fields[1]);
          sysS = Number(fields[2]);
        } catch { /* time could not write: leave the figures empty */ }
        fs.rmSync(timeFile, { force: true });
      }
      resolve({ wallS, userS, sysS, rssKb, outBytes, outLines, code, stderr });
    });
  });
}
