import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  VERSION,
  VERSION_FLAGS
} from "./chunks/chunk-4OTJ2ZHJ.js";
import {
  errorMessage
} from "./chunks/chunk-PSDFGU3R.js";
import "./chunks/chunk-5246H675.js";

// src/cli/index.ts
var argv = process.argv.slice(2);
if (argv.length === 1 && VERSION_FLAGS.includes(argv[0])) {
  process.stdout.write(`${VERSION}
`);
} else {
  process.env["AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED"] ??= "true";
  process.stdout.on("error", (error) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
  const { processIo, runCli } = await import("./chunks/main-FQQ6XD6N.js");
  runCli(argv, processIo()).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`iam-usage-guard: ${errorMessage(error)}
`);
      process.exitCode = 2;
    }
  );
}
//# sourceMappingURL=cli.js.map
