import type { CliCommand } from './types';
import { EXIT_INTERNAL } from '../io';

/** `ifo-prognos example --out DIR`: writes the Exempelkommun files. (Filled in by the example generator.) */
export const exampleCommand: CliCommand = {
  name: 'example',
  summary: 'cli.example.summary',
  help: 'cli.example.help',
  async run(_args, io) {
    io.err('example: inte byggt ännu');
    return EXIT_INTERNAL;
  },
};
