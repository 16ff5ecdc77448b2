/** Output, exit codes and error reporting shared by the CLI commands. */
import { isUserError, CancelledError } from '../core/errors';
import { t } from '../core/strings';

export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_REFUSED = 2;

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  cwd: string;
}

export const processIO: CliIO = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : text + '\n'),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : text + '\n'),
  cwd: process.cwd(),
};

/** Prints an error in Swedish and returns its exit code: 2 for refused input, 1 for anything else. */
export function reportError(io: CliIO, e: unknown): number {
  if (isUserError(e)) {
    io.err(e.message);
    for (const i of e.issues.slice(0, 200)) io.err('  ' + i.message);
    if (e.issues.length > 200) io.err('  ' + t('cli.moreIssues', { count: e.issues.length - 200 }));
    return EXIT_REFUSED;
  }
  if (e instanceof CancelledError) {
    io.err(e.message);
    return EXIT_INTERNAL;
  }
  const message = e instanceof Error ? e.message : String(e);
  io.err(t('common.internalError', { message }));
  if (process.env.IFO_DEBUG && e instanceof Error && e.stack) io.err(e.stack);
  return EXIT_INTERNAL;
}

/** JSON on stdout, one object, for scripts. */
export function printJson(io: CliIO, value: unknown): void {
  io.out(JSON.stringify(value, null, 2));
}
