// Entry of dist/validationWorker.js: validates large documents off the server's main thread (see offThreadValidation.ts).
import { parentPort } from 'node:worker_threads';
import { loadCatalog } from '../service/catalog/nodeCatalogSource';
import { PolicyLanguageService } from '../service/languageService';
import type { ValidationJob, ValidationOutcome } from './offThreadValidation';

const service = new PolicyLanguageService(loadCatalog());

parentPort?.on('message', (job: ValidationJob) => {
  let outcome: ValidationOutcome;
  try {
    outcome = { id: job.id, diagnostics: service.validate(job.input, job.options) };
  } catch (error) {
    outcome = { id: job.id, error: String(error) };
  }
  // Each large document is validated once per version: keeping its parse would only hold memory.
  service.forget(job.input.uri);
  parentPort?.postMessage(outcome);
});
