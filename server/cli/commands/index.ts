import type { Command } from '../command';
import { catalogCommand } from './catalog';
import { explainCommand } from './explain';
import { lintCommand } from './lint';
import { testCommand } from './test';

/** The subcommands, in the order `connect-iam --help` lists them. Add a command by appending it here. */
export const COMMANDS: readonly Command[] = [lintCommand, explainCommand, testCommand, catalogCommand];
