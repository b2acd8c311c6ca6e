// The example CDK app: a worker role whose head version adds a tracked S3 action it has never used.
// Synthesize both states with `node examples/cdk-app/synth.mjs` (writes examples/base/cdk.out and examples/head/cdk.out).
import { App, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';

/** @param {'base' | 'head'} state @param {string} outdir */
export function synth(state, outdir) {
  const app = new App({ outdir, analyticsReporting: false });
  const stack = new Stack(app, 'DemoWorkerStack', { env: { account: '123456789012', region: 'us-east-1' } });
  const role = new iam.Role(stack, 'WorkerRole', {
    assumedBy: new iam.ServicePrincipal('ecs-tasks.amazonaws.com'),
    description: 'Reads jobs from the queue and writes results to the bucket',
  });
  role.addToPolicy(
    new iam.PolicyStatement({
      actions: ['sqs:ReceiveMessage', 'sqs:DeleteMessage'],
      resources: ['arn:aws:sqs:us-east-1:123456789012:demo-jobs'],
    }),
  );
  const s3Actions = ['s3:GetObject', 's3:PutObject'];
  // The change under review: the worker may now delete buckets.
  if (state === 'head') s3Actions.push('s3:DeleteBucket');
  role.addToPolicy(new iam.PolicyStatement({ actions: s3Actions, resources: ['*'] }));
  return app.synth();
}
