import type { Command } from '../command';
import { lintCommand } from './lint';

/** The subcommands, in the order `connect-iam --help` lists them. Add a command by appending it here. */
export const COMMANDS: readonly Command[] = [lintCommand];
