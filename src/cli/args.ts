import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UserError } from '../core/errors';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Parses a subcommand's arguments strictly (unknown options refused) and turns parse errors into
 * refused input (exit 2) with a Swedish message.
 */
export function parseCommandArgs<O extends Options>(args: string[], options: O, allowPositionals = false) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (e) {
    throw new UserError('cli.badArguments', { message: e instanceof Error ? e.message : String(e) });
  }
}

/** A required option: refuses with a Swedish message naming it. */
export function required<T>(value: T | undefined, option: string): T {
  if (value === undefined || value === '') throw new UserError('cli.missingOption', { option });
  return value;
}
