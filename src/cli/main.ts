/** `ifo-prognos`: the command line for the ekonom's monthly batch (import, forecast, report, placements, compare). */
import { COMMANDS } from './commands';
import { EXIT_OK, EXIT_REFUSED, processIO, reportError, type CliIO } from './io';
import { t } from '../core/strings';
import { PRODUCT_VERSION } from '../core/version';

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length)) + 2;
  const lines = [t('cli.usage'), '', t('cli.commands')];
  for (const c of COMMANDS) lines.push('  ' + c.name.padEnd(width) + t(c.summary));
  lines.push('', t('cli.globalOptions'), '  --help      ' + t('cli.option.help'), '  --version   ' + t('cli.option.version'));
  lines.push('', t('cli.exitCodes'));
  return lines.join('\n');
}

export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  try {
    const [first, ...rest] = argv;
    if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
      io.out(usage());
      return first === undefined ? EXIT_REFUSED : EXIT_OK;
    }
    if (first === '--version' || first === '-v') {
      io.out(PRODUCT_VERSION);
      return EXIT_OK;
    }
    const cmd = COMMANDS.find((c) => c.name === first);
    if (!cmd) {
      io.err(t('cli.unknownCommand', { name: first }));
      io.err(usage());
      return EXIT_REFUSED;
    }
    if (rest.includes('--help') || rest.includes('-h')) {
      io.out(t(cmd.help));
      return EXIT_OK;
    }
    return await cmd.run(rest, io);
  } catch (e) {
    return reportError(io, e);
  }
}
