// Entry of dist/cliWorker.js: one lint thread of a parallel `connect-iam lint` run (see lintFiles.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { loadCatalog } from '../../service/catalog/nodeCatalogSource';
import { PolicyLanguageService } from '../../service/languageService';
import { claimIndices } from './batches';
import { lintFile } from './lintFile';
import type { WorkerInput, WorkerOutput } from './workerProtocol';

const { files, settings, next, reservedStart } = workerData as WorkerInput;
const service = new PolicyLanguageService(loadCatalog());
const output: WorkerOutput = { indices: [], outcomes: [] };
for (const index of claimIndices(next, files.length, reservedStart)) {
  output.indices.push(index);
  output.outcomes.push(lintFile(files[index], settings, service));
}
parentPort?.postMessage(output);
