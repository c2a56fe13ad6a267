/**
 * Preloaded into a timed build (`node --import`): on exit, writes the process's CPU time (user and
 * system, all threads, microseconds) to BENCH_CPU_FILE. Wall time on a busy machine depends on the
 * neighbours; CPU time much less so.
 */
import { writeFileSync } from 'node:fs';

const file = process.env['BENCH_CPU_FILE'];
if (file) process.on('exit', () => writeFileSync(file, JSON.stringify(process.cpuUsage())));
