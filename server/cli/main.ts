import './interpreterOnly';
import { readFileSync } from 'node:fs';
import { loadCatalog } from '../service/catalog/nodeCatalogSource';
import { closestMatch } from '../service/text/similarity';
import { EXIT_ERROR, EXIT_OK, UsageError, type CliIO } from './command';
import { COMMANDS } from './commands';
import { TOOL_NAME, versionText } from './version';

function helpText(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const list = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n');
  return `Usage: ${TOOL_NAME} <command> [options]

Lints AWS IAM policies (Amazon Connect chat and beyond), offline.

Commands:
${list}

Options:
  -h, --help      show this help (or "${TOOL_NAME} <command> --help")
  -v, --version   show the version and the date of the AWS data
`;
}

/** Runs one command line and returns the exit code; usage and I/O errors become a message and 2. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  const [first, ...rest] = argv;
  try {
    if (first === '--version' || first === '-v') {
      io.out(versionText(loadCatalog()));
      return EXIT_OK;
    }
    if (first === '--help' || first === '-h') {
      io.out(helpText());
      return EXIT_OK;
    }
    if (first === undefined) {
      io.err(helpText());
      return EXIT_ERROR;
    }
    const command = COMMANDS.find((c) => c.name === first);
    if (!command) {
      const suggestion = closestMatch(first, COMMANDS.map((c) => c.name));
      throw new UsageError(`Unknown command "${first}".${suggestion ? ` Did you mean "${suggestion}"?` : ''}`);
    }
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${TOOL_NAME}: ${error.message}\nRun "${TOOL_NAME} --help" for usage.\n`);
    } else {
      io.err(`${TOOL_NAME}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    }
    return EXIT_ERROR;
  }
}

const processIO: CliIO = {
  cwd: process.cwd(),
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  readStdin: () => readFileSync(0, 'utf8'),
};

// Set the exit code rather than calling process.exit() so that piped output is flushed first.
void main(process.argv.slice(2), processIO).then((code) => {
  process.exitCode = code;
});
