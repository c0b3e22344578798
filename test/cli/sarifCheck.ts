/**
 * The properties SARIF 2.1.0 requires (the `required` lists and value constraints of
 * sarif-schema-2.1.0.json) plus what GitHub code scanning needs to place a result: a rule behind each
 * ruleId, relative artifact URIs and 1-based regions. Returns every problem, so a failure says what is wrong.
 */
export function sarifProblems(log: unknown): string[] {
  const problems: string[] = [];
  const need = (ok: boolean, what: string) => {
    if (!ok) problems.push(what);
  };
  need(at(log, 'version') === '2.1.0', 'sarifLog.version must be "2.1.0"');
  need(/sarif-(schema-)?2\.1\.0/.test(String(at(log, '$schema'))), 'sarifLog.$schema should name the 2.1.0 schema');
  const runs = at(log, 'runs');
  if (!Array.isArray(runs) || runs.length === 0) return [...problems, 'sarifLog.runs must be a non-empty array'];

  runs.forEach((run: unknown, r) => {
    const where = `runs[${r}]`;
    const driver = at(run, 'tool', 'driver');
    if (!isObject(driver)) return problems.push(`${where}.tool.driver is required`);
    need(nonEmptyString(driver.name), `${where}.tool.driver.name is required`);
    need(nonEmptyString(driver.version), `${where}.tool.driver.version is expected`);
    need(driver.informationUri === undefined || isAbsoluteUri(driver.informationUri), `${where}.tool.driver.informationUri, when given, must be an absolute URI`);
    const rules: unknown[] = Array.isArray(driver.rules) ? driver.rules : [];
    need(Array.isArray(driver.rules), `${where}.tool.driver.rules must be an array`);
    const ids = new Set<unknown>();
    rules.forEach((rule, i) => {
      const ra = `${where}.tool.driver.rules[${i}]`;
      need(nonEmptyString(at(rule, 'id')), `${ra}.id is required`);
      need(!ids.has(at(rule, 'id')), `${ra}.id is not unique`);
      ids.add(at(rule, 'id'));
      need(nonEmptyString(at(rule, 'shortDescription', 'text')), `${ra}.shortDescription.text is required`);
      need(at(rule, 'helpUri') === undefined || isAbsoluteUri(at(rule, 'helpUri')), `${ra}.helpUri, when given, must be an absolute URI`);
      need(at(rule, 'help') === undefined || nonEmptyString(at(rule, 'help', 'text')), `${ra}.help.text is required when help is given`);
      need(isLevel(at(rule, 'defaultConfiguration', 'level')), `${ra}.defaultConfiguration.level must be none, note, warning or error`);
    });
    const results = at(run, 'results');
    if (!Array.isArray(results)) return problems.push(`${where}.results must be an array`);
    results.forEach((result: unknown, i) => {
      const ra = `${where}.results[${i}]`;
      need(nonEmptyString(at(result, 'message', 'text')), `${ra}.message.text is required`);
      const ruleId = at(result, 'ruleId');
      const ruleIndex = at(result, 'ruleIndex');
      need(nonEmptyString(ruleId), `${ra}.ruleId is required by code scanning`);
      need(typeof ruleIndex === 'number' && at(rules[ruleIndex], 'id') === ruleId, `${ra}.ruleIndex must point at the rule whose id is ruleId`);
      need(isLevel(at(result, 'level')), `${ra}.level must be none, note, warning or error`);
      const locations = at(result, 'locations');
      if (!Array.isArray(locations) || locations.length === 0) return problems.push(`${ra}.locations must be a non-empty array`);
      locations.forEach((location: unknown, l) => {
        const la = `${ra}.locations[${l}].physicalLocation`;
        const uri = at(location, 'physicalLocation', 'artifactLocation', 'uri');
        need(isRelativeUri(uri), `${la}.artifactLocation.uri must be a relative URI with forward slashes (got ${JSON.stringify(uri)})`);
        const [startLine, startColumn, endLine, endColumn] = ['startLine', 'startColumn', 'endLine', 'endColumn'].map((k) =>
          at(location, 'physicalLocation', 'region', k),
        );
        const numbers = [startLine, startColumn, endLine, endColumn].filter((n): n is number => Number.isInteger(n) && (n as number) >= 1);
        need(numbers.length === 4, `${la}.region lines and columns must be integers >= 1`);
        need(numbers.length < 4 || numbers[2] > numbers[0] || (numbers[2] === numbers[0] && numbers[3] >= numbers[1]), `${la}.region must not end before it starts`);
      });
    });
  });
  return problems;
}

/** The value at a property path, or undefined when any step is not an object. */
function at(value: unknown, ...path: string[]): unknown {
  let current = value;
  for (const key of path) {
    if (!isObject(current)) return undefined;
    current = current[key];
  }
  return current;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

function isAbsoluteUri(value: unknown): boolean {
  return typeof value === 'string' && /^https?:\/\/\S+$/.test(value);
}

function isRelativeUri(value: unknown): boolean {
  return nonEmptyString(value) && !/^[a-z][a-z0-9+.-]*:/i.test(value) && !value.startsWith('/') && !value.includes('\\') && !/\s/.test(value);
}

function isLevel(value: unknown): boolean {
  return value === 'none' || value === 'note' || value === 'warning' || value === 'error';
}
