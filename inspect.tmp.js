const m=require("/tmp/amp/package/dist/managedPolicies.json");

const {loadCatalog}=require("/work/main/server/service/catalog/nodeCatalogSource.ts");
const c=loadCatalog();
const [name, st, act]=process.argv.slice(2);
const p=m[name]; const doc=p.versions[p.latestVersionId].document;
const s=doc.Statement[+st];
console.log(JSON.stringify({...s, Action: Array.isArray(s.Action)? s.Action.length+" actions" : s.Action}, null, 1).slice(0,1500));
const a=c.action(act); console.log(act, JSON.stringify(a && a.resourceTypes));
for (const rt of (a?.resourceTypes||[])) { const svc=c.service(act.split(':')[0]); const info=svc.resourceType(rt.name); console.log(' ', rt.name, rt.required, info && info.arnTemplates); }
