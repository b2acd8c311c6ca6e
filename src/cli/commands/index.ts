// Every CLI command, in the order --help lists them. Add a command by adding its module here.
import type { Command } from '../command.js';
import { accessKeyCommand } from './access-key.js';
import { checkCommand } from './check.js';
import { fixCommand } from './fix.js';
import { grantsCommand } from './grants.js';
import { initCommand } from './init.js';
import { localIamCommand } from './local-iam.js';
import { reportCommand } from './report.js';
import { snapshotCommand } from './snapshot.js';

export const commands: Command[] = [
  grantsCommand,
  checkCommand,
  fixCommand,
  initCommand,
  snapshotCommand,
  reportCommand,
  accessKeyCommand,
  localIamCommand,
];
