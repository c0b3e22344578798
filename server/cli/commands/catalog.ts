import { bundledCatalogDir, bundledData, loadCatalog, preferredCatalogDir } from '../../service/catalog/nodeCatalogSource';
import { CACHE_DIR_ENV, defaultCacheDir, readDownloadedCatalog } from '../../service/catalog/update/catalogStore';
import { DEFAULT_ENDPOINT } from '../../service/catalog/update/serviceReference';
import { DEFAULT_TIMEOUT_MS, updateCatalog } from '../../service/catalog/update/updateCatalog';
import { parseCommandArgs } from '../args';
import { EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, UsageError, type CliIO, type Command } from '../command';

const USAGE = `Usage: connect-iam catalog update [--cache-dir DIR] [--endpoint URL] [--timeout SECONDS]
       connect-iam catalog status [--cache-dir DIR]

update  downloads AWS's Service Reference (the machine-readable Service Authorization
        Reference), converts it and keeps it in the cache folder; every command then uses it
        instead of the data bundled with connect-iam. On any failure the previous data stays
        in use and the failure is printed. HTTPS_PROXY (an http:// proxy) is honoured.
status  shows which AWS data is in use, its source and its date.

Options:
  --cache-dir DIR     where the downloaded data is kept (default: $${CACHE_DIR_ENV}, else
                      $XDG_CACHE_HOME/connect-iam, else the user's cache folder; here:
                      ${defaultCacheDir()})
  --endpoint URL      the Service Reference index to download
                      (default: ${DEFAULT_ENDPOINT})
  --timeout SECONDS   give up after this long (default: ${DEFAULT_TIMEOUT_MS / 1000})
  -h, --help          show this help

Exit codes: 0 done, 1 the update failed (the previous data stays in use), 2 usage error.
`;

/** A progress line every this many services downloaded. */
const PROGRESS_EVERY = 100;

function status(cacheDir: string, io: CliIO): number {
  const inUse = loadCatalog(preferredCatalogDir(cacheDir));
  const bundled = loadCatalog(bundledCatalogDir());
  const downloaded = readDownloadedCatalog(cacheDir);
  io.out(`In use: ${inUse.sourceName}, data of ${inUse.date}\n`);
  io.out(`Bundled: ${bundled.sourceName}, data of ${bundled.date}\n`);
  io.out(
    downloaded
      ? `Downloaded: ${downloaded.record.services} services, ${downloaded.record.actions} actions from ${downloaded.record.endpoint} at ${downloaded.record.downloadedAt}, in ${downloaded.dir}\n`
      : `Downloaded: none in ${cacheDir} (run "connect-iam catalog update")\n`,
  );
  return EXIT_OK;
}

async function update(cacheDir: string, endpoint: string | undefined, timeoutSeconds: string | undefined, io: CliIO): Promise<number> {
  const timeoutMs = timeoutSeconds === undefined ? DEFAULT_TIMEOUT_MS : Number(timeoutSeconds) * 1000;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) throw new UsageError(`--timeout takes a number of seconds, not "${timeoutSeconds}".`);
  if (endpoint !== undefined && !/^https?:\/\//.test(endpoint)) throw new UsageError(`--endpoint takes an http or https URL, not "${endpoint}".`);
  io.err(`Downloading the AWS Service Reference from ${endpoint ?? DEFAULT_ENDPOINT} ...\n`);
  const onProgress = (done: number, total: number) => {
    if (done > 0 && (done % PROGRESS_EVERY === 0 || done === total)) io.err(`  ${done} of ${total} services\n`);
  };
  const result = await updateCatalog({ cacheDir, endpoint, timeoutMs, bundled: bundledData(), onProgress });
  if (!result.ok) {
    io.err(`connect-iam: ${result.message}\n`);
    return EXIT_FINDINGS;
  }
  io.out(`Updated: ${result.services} services, ${result.actions} actions, data of ${result.date}, in ${result.dir}\n`);
  return EXIT_OK;
}

export const catalogCommand: Command = {
  name: 'catalog',
  summary: 'update the AWS data from AWS (catalog update) or show which data is in use (catalog status)',
  usage: USAGE,
  async run(args: string[], io: CliIO): Promise<number> {
    const { values, positionals } = parseCommandArgs(args, {
      'cache-dir': { type: 'string' },
      endpoint: { type: 'string' },
      timeout: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
      io.out(USAGE);
      return EXIT_OK;
    }
    const [action, ...extra] = positionals;
    if (extra.length > 0) throw new UsageError(`Unexpected argument "${extra[0]}".`);
    const cacheDir = values['cache-dir'] ?? defaultCacheDir();
    if (action === 'update') return update(cacheDir, values.endpoint, values.timeout, io);
    if (action === 'status') {
      if (values.endpoint !== undefined || values.timeout !== undefined) throw new UsageError('catalog status takes only --cache-dir.');
      return status(cacheDir, io);
    }
    if (action === undefined) {
      io.err(USAGE);
      return EXIT_ERROR;
    }
    throw new UsageError(`Unknown catalog action "${action}"; use update or status.`);
  },
};
