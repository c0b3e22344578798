import { cloudFormationTemplate } from './fixtures';
import { loadCatalog } from '../server/service/catalog/nodeCatalogSource';
import { PolicyLanguageService } from '../server/service/languageService';
const { text } = cloudFormationTemplate();
const svc = new PolicyLanguageService(loadCatalog());
const at = text.indexOf('"Effect": "Allow"', text.length >> 1) + '"Effect": "Allow'.length;
const variant = (i: number) => (i % 2 ? text.slice(0, at) + 'x' + text.slice(at) : text);
svc.validate({ uri: 'file:///t.json', text, version: 0 });
for (let i = 1; i < 10; i++) svc.validate({ uri: 'file:///t.json', text: variant(i), version: i });
const t: number[] = [];
for (let i = 10; i < 40; i++) { const s = performance.now(); svc.validate({ uri: 'file:///t.json', text: variant(i), version: i }); t.push(performance.now() - s); }
t.sort((a, b) => a - b); console.log('incremental validate median', t[15].toFixed(1), 'min', t[0].toFixed(1));
