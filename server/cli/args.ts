import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './command';

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs in strict mode, with its complaints (unknown flag, missing value) as usage errors. */
export function parseCommandArgs<T extends Options>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** The --format of the commands that print either text or JSON. */
export function textOrJsonFormat(format: string | undefined): 'text' | 'json' {
  if (format !== 'text' && format !== 'json') throw new UsageError(`Unknown format "${format}"; use text, json.`);
  return format;
}
