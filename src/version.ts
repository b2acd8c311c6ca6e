// The package version, in one place: CLI --version, the AWS user agent, SARIF's tool version, the cdk-nag pack.
export const VERSION = '0.1.0';

/** The CLI flags that print it. */
export const VERSION_FLAGS: readonly string[] = ['--version', '-v', '-V'];
