import type { CliCommand } from './types';
import { exampleCommand } from './example';
import { compareCommand } from './compare';

/** Every subcommand, in the order `--help` lists them. */
export const COMMANDS: CliCommand[] = [exampleCommand, compareCommand];
