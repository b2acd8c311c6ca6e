// Every CLI command, in the order --help lists them. Add a command by adding its module here.
import type { Command } from '../command.js';
import { checkCommand } from './check.js';
import { initCommand } from './init.js';

export const commands: Command[] = [checkCommand, initCommand];
