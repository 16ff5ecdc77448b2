import type { CliIO } from '../io';
import type { StringKey } from '../../core/strings';

/** One subcommand of `ifo-prognos`. */
export interface CliCommand {
  name: string;
  /** One-line summary for `ifo-prognos --help`. */
  summary: StringKey;
  /** Full help text for `ifo-prognos <name> --help`. */
  help: StringKey;
  run(args: string[], io: CliIO): Promise<number>;
}
