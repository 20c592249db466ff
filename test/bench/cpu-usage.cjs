// Preloaded (`node --require`) into a timed command: prints the process's CPU time (user + system,
// all threads) at exit, so a benchmark on a busy machine can tell work from waiting for a CPU.
process.on('exit', () => {
  const u = process.cpuUsage();
  process.stderr.write(`\nGONGWEN_CPU_US ${u.user + u.system}\n`);
});
