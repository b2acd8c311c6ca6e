import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  GetCallerIdentityCommand,
  _ep0,
  _mw0,
  command
} from "./chunk-VI253VOQ.js";
import {
  abortOption
} from "./chunk-U7HWZH6S.js";
import {
  CALL_PRIORITY,
  RetryBudgetError,
  Scheduler,
  realSleep
} from "./chunk-GFKYLCAV.js";
import {
  GetTemplate$,
  refreshCredentials
} from "./chunk-6K3JKW4T.js";
import "./chunk-NDXWQF3A.js";
import "./chunk-R5BDUPL3.js";
import "./chunk-KCBKFKFM.js";
import {
  awsEnvironmentError,
  classifyAwsError
} from "./chunk-CXI7UASZ.js";
import "./chunk-YGTLDSZU.js";
import "./chunk-4ZWNXYQU.js";
import "./chunk-B726XDZN.js";
import "./chunk-4OTJ2ZHJ.js";
import {
  errorMessage
} from "./chunk-PSDFGU3R.js";
import "./chunk-7I2SBVZX.js";
import "./chunk-M2E5TCJ3.js";
import "./chunk-I4SHNQEC.js";
import "./chunk-CJ7DZS37.js";
import "./chunk-MPC2C2CM.js";
import "./chunk-HN5S7QPZ.js";
import "./chunk-X4BHS5VY.js";
import "./chunk-EUHIGNXF.js";
import "./chunk-TZDPQ2RJ.js";
import "./chunk-5246H675.js";

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/GetTemplateCommand.js
var GetTemplateCommand = class extends command(_ep0, _mw0, "GetTemplate", GetTemplate$) {
};

// src/usage/templates.ts
function isMissingStack(error) {
  return classifyAwsError(error) === "invalid" && /does not exist/i.test(errorMessage(error));
}
function reasonOf(error) {
  if (error instanceof RetryBudgetError) return error.message;
  const environment = awsEnvironmentError(error, "cloudformation:GetTemplate");
  return environment ? environment.message : errorMessage(error);
}
function createTemplateFetcher(clients, options = {}) {
  const clock = options.clock ?? (() => /* @__PURE__ */ new Date());
  const scheduler = new Scheduler({
    ...options.requestsPerSecond ? { requestsPerSecond: options.requestsPerSecond } : {},
    maxInFlight: 8,
    maxRetries: options.maxRetries ?? 4,
    baseBackoffMs: 250,
    maxBackoffMs: 8e3,
    deadlineAt: clock().getTime() + (options.deadlineMs ?? 12e4),
    clock,
    sleep: options.sleep ?? realSleep,
    refreshCredentials: () => refreshCredentials(clients)
  });
  let caller = null;
  const callerAccount = () => {
    caller ??= scheduler.call(
      "GetCallerIdentity",
      CALL_PRIORITY.resolve,
      (signal) => clients.sts.send(new GetCallerIdentityCommand({}), abortOption(signal))
    ).then((identity) => identity.Account ?? null);
    return caller;
  };
  const clientFor = (region) => region && clients.cloudformationIn ? clients.cloudformationIn(region) : clients.cloudformation;
  return async (request) => {
    const client = clientFor(request.region);
    try {
      if (request.account) {
        const account = await callerAccount();
        if (account && account !== request.account) {
          return {
            status: "failed",
            reason: `stack ${request.stackName} deploys to account ${request.account}, but the credentials are for account ${account}`
          };
        }
      }
      const answer = await scheduler.call(
        "GetTemplate",
        CALL_PRIORITY.resolve,
        (signal) => client.send(
          new GetTemplateCommand({ StackName: request.stackName, TemplateStage: request.stage }),
          abortOption(signal)
        )
      );
      const region = request.region ?? await client.config.region();
      if (typeof answer.TemplateBody !== "string") {
        return { status: "failed", reason: `GetTemplate ${request.stackName} returned no template body` };
      }
      return {
        status: "found",
        body: answer.TemplateBody,
        stage: request.stage,
        stagesAvailable: answer.StagesAvailable ?? [],
        region,
        account: request.account ?? await callerAccount().catch(() => null),
        fetchedAt: clock().toISOString()
      };
    } catch (error) {
      if (isMissingStack(error)) {
        return { status: "absent", reason: `GetTemplate: ${errorMessage(error)}` };
      }
      return { status: "failed", reason: `GetTemplate ${request.stackName}: ${reasonOf(error)}` };
    }
  };
}
export {
  createTemplateFetcher,
  isMissingStack
};
//# sourceMappingURL=templates-FVI56YEW.js.map
