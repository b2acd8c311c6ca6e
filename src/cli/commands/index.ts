// Every CLI command, in the order --help lists them. Add a command by adding its module here.
import type { Command } from '../command.js';

export const commands: Command[] = [];
