// Entry of dist/validationWorker.js: validates large documents off the server's main thread (see offThreadValidation.ts).
import { parentPort } from 'node:worker_threads';
import { openCatalog } from '../service/catalog/nodeCatalogSource';
import { PolicyLanguageService } from '../service/languageService';
import { withDefaults } from '../service/options';
import type { CatalogInUse, ValidationJob, ValidationOutcome } from './offThreadValidation';

/**
 * Documents whose last version the worker keeps, most recent last, so that the next version is checked
 * incrementally; a parse costs about 15 times its text, and a few large documents are edited at a time.
 */
const DOCUMENTS_KEPT = 3;
const kept: string[] = [];

function keep(service: PolicyLanguageService, uri: string): void {
  const at = kept.indexOf(uri);
  if (at >= 0) kept.splice(at, 1);
  kept.push(uri);
  while (kept.length > DOCUMENTS_KEPT) service.forget(kept.shift() as string);
}

/** The service for the AWS data of the latest job: "Update AWS data" moves the server, and then this worker, to new data. */
let current: { catalog: CatalogInUse; service: PolicyLanguageService } | undefined;

function serviceFor(catalog: CatalogInUse): PolicyLanguageService {
  if (current?.catalog.dir !== catalog.dir || current.catalog.generation !== catalog.generation) {
    current = { catalog, service: new PolicyLanguageService(openCatalog(catalog.dir)) };
    kept.length = 0;
  }
  return current.service;
}

parentPort?.on('message', (job: ValidationJob) => {
  let outcome: ValidationOutcome;
  const service = serviceFor(job.catalog);
  try {
    const diagnostics = service.validate(job.input, job.options);
    outcome = { id: job.id, diagnostics, policies: service.parse(job.input, withDefaults(job.options)).policies.length };
  } catch (error) {
    outcome = { id: job.id, error: String(error) };
  }
  keep(service, job.input.uri);
  parentPort?.postMessage(outcome);
});
