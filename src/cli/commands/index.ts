import type { CliCommand } from './types';
import { exampleCommand } from './example';
import { importCommand } from './import';
import { statusCommand } from './status';
import { compareCommand } from './compare';
import { forecastCommand } from './forecast';
import { reportCommand } from './report';
import { placementsCommand } from './placements';

/** Every subcommand, in the order `--help` lists them. */
export const COMMANDS: CliCommand[] = [exampleCommand, importCommand, statusCommand, forecastCommand, placementsCommand, reportCommand, compareCommand];
