// Entry of dist/validationWorker.js: validates large documents off the server's main thread (see offThreadValidation.ts).
import { parentPort } from 'node:worker_threads';
import { openCatalog } from '../service/catalog/nodeCatalogSource';
import { PolicyLanguageService } from '../service/languageService';
import type { CatalogInUse, ValidationJob, ValidationOutcome } from './offThreadValidation';

/** The service for the AWS data of the latest job: "Update AWS data" moves the server, and then this worker, to new data. */
let current: { catalog: CatalogInUse; service: PolicyLanguageService } | undefined;

function serviceFor(catalog: CatalogInUse): PolicyLanguageService {
  if (current?.catalog.dir !== catalog.dir || current.catalog.generation !== catalog.generation) {
    current = { catalog, service: new PolicyLanguageService(openCatalog(catalog.dir)) };
  }
  return current.service;
}

parentPort?.on('message', (job: ValidationJob) => {
  let outcome: ValidationOutcome;
  const service = serviceFor(job.catalog);
  try {
    outcome = { id: job.id, diagnostics: service.validate(job.input, job.options) };
  } catch (error) {
    outcome = { id: job.id, error: String(error) };
  }
  // Each large document is validated once per version: keeping its parse would only hold memory.
  service.forget(job.input.uri);
  parentPort?.postMessage(outcome);
});
