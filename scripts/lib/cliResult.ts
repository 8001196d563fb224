/** What a command-line tool prints and its exit code, so its logic runs (and is tested) in-process. */
export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Writes a tool's output to the process streams and sets its exit code (the process exits once
 * the output is flushed; `process.exit` could cut a long listing written to a pipe).
 */
export function finish(result: CliResult): void {
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.code;
}
