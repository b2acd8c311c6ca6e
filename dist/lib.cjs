// The CommonJS entry of iam-usage-guard: the ES module library (lib.js), through Node's require() of ES modules.
'use strict';
try {
  module.exports = require('./lib.js');
} catch (error) {
  if (error && error.code === 'ERR_REQUIRE_ESM') {
    throw new Error("iam-usage-guard is an ES module: load it with import('iam-usage-guard'), or use Node.js 20.19 or later, whose require() loads ES modules.");
  }
  throw error;
}
