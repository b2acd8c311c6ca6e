// Entry point of the action bundle (dist/index.js): everything else is in main.ts.
import { run } from './main.js';

void run();
