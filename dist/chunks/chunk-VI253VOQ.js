import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  GetCallerIdentity$,
  commonParams,
  commonParams2
} from "./chunk-6K3JKW4T.js";
import {
  getEndpointPlugin,
  makeBuilder
} from "./chunk-MPC2C2CM.js";

// node_modules/@aws-sdk/client-sts/dist-es/commandBuilder.js
var command = makeBuilder(commonParams2, "AWSSecurityTokenServiceV20110615", "STSClient", getEndpointPlugin);
var _ep0 = {};
var _mw0 = (Command, cs, config, o) => [];

// node_modules/@aws-sdk/client-sts/dist-es/commands/GetCallerIdentityCommand.js
var GetCallerIdentityCommand = class extends command(_ep0, _mw0, "GetCallerIdentity", GetCallerIdentity$) {
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commandBuilder.js
var command2 = makeBuilder(commonParams, "CloudFormation", "CloudFormationClient", getEndpointPlugin);
var _ep02 = {};
var _mw02 = (Command, cs, config, o) => [];

export {
  command2 as command,
  _ep02 as _ep0,
  _mw02 as _mw0,
  GetCallerIdentityCommand
};
//# sourceMappingURL=chunk-VI253VOQ.js.map
