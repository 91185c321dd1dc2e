/** `--help` / `-h` on any CLI: prints its usage to stdout and exits 0 before anything else runs. */
export function handleHelp(usage: string): void {
  if (!process.argv.slice(2).some((arg) => arg === '--help' || arg === '-h')) return;
  process.stdout.write(`${usage.trim()}\n`);
  process.exit(0);
}
