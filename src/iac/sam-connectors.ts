// SAM connector profiles that grant an IAM role (AWS_IAM_ROLE_MANAGED_POLICY): per source and destination type,
// the actions of each access category, statement by statement, as SAM's translator documents them
// (samtranslator/model/connector_profiles/profiles.json). Profiles that write a resource policy or a Lambda
// permission (SNS→SQS, S3→Lambda, API→Lambda, …) grant no identity and are not listed. Resources are not kept.

export interface ConnectorProfile {
  /** The policy goes on the source's role; else on the destination's (an event source mapping's function). */
  sourcePolicy: boolean;
  Read?: readonly (readonly string[])[];
  Write?: readonly (readonly string[])[];
}

const S3_ACCESS: ConnectorProfile = {
  sourcePolicy: true,
  Read: [
    [
      's3:GetObject',
      's3:GetObjectAcl',
      's3:GetObjectLegalHold',
      's3:GetObjectRetention',
      's3:GetObjectTorrent',
      's3:GetObjectVersion',
      's3:GetObjectVersionAcl',
      's3:GetObjectVersionForReplication',
      's3:GetObjectVersionTorrent',
      's3:ListBucket',
      's3:ListBucketMultipartUploads',
      's3:ListBucketVersions',
      's3:ListMultipartUploadParts',
    ],
  ],
  Write: [
    [
      's3:AbortMultipartUpload',
      's3:DeleteObject',
      's3:DeleteObjectVersion',
      's3:PutObject',
      's3:PutObjectLegalHold',
      's3:PutObjectRetention',
      's3:RestoreObject',
    ],
  ],
};

const DYNAMODB_ACCESS: ConnectorProfile = {
  sourcePolicy: true,
  Read: [
    [
      'dynamodb:GetItem',
      'dynamodb:Query',
      'dynamodb:Scan',
      'dynamodb:BatchGetItem',
      'dynamodb:ConditionCheckItem',
      'dynamodb:PartiQLSelect',
    ],
  ],
  Write: [
    [
      'dynamodb:PutItem',
      'dynamodb:UpdateItem',
      'dynamodb:DeleteItem',
      'dynamodb:BatchWriteItem',
      'dynamodb:PartiQLDelete',
      'dynamodb:PartiQLInsert',
      'dynamodb:PartiQLUpdate',
    ],
  ],
};

const INVOKE_LAMBDA: ConnectorProfile = {
  sourcePolicy: true,
  Write: [['lambda:InvokeAsync', 'lambda:InvokeFunction']],
};
const PUT_EVENTS: ConnectorProfile = { sourcePolicy: true, Write: [['events:PutEvents']] };
const PUBLISH: ConnectorProfile = { sourcePolicy: true, Write: [['sns:Publish']] };

export const CONNECTOR_PROFILES: Readonly<Record<string, Readonly<Record<string, ConnectorProfile>>>> = {
  'AWS::DynamoDB::Table': {
    'AWS::Lambda::Function': {
      sourcePolicy: false,
      Read: [
        [
          'dynamodb:DescribeStream',
          'dynamodb:GetRecords',
          'dynamodb:GetShardIterator',
          'dynamodb:ListStreams',
        ],
      ],
    },
  },
  'AWS::Events::Rule': {
    'AWS::Events::EventBus': PUT_EVENTS,
    'AWS::StepFunctions::StateMachine': { sourcePolicy: true, Write: [['states:StartExecution']] },
  },
  'AWS::Lambda::Function': {
    'AWS::Lambda::Function': INVOKE_LAMBDA,
    'AWS::S3::Bucket': S3_ACCESS,
    'AWS::DynamoDB::Table': DYNAMODB_ACCESS,
    'AWS::SQS::Queue': {
      sourcePolicy: true,
      Read: [['sqs:ReceiveMessage', 'sqs:GetQueueAttributes']],
      Write: [['sqs:DeleteMessage', 'sqs:SendMessage', 'sqs:ChangeMessageVisibility', 'sqs:PurgeQueue']],
    },
    'AWS::SNS::Topic': PUBLISH,
    'AWS::StepFunctions::StateMachine': {
      sourcePolicy: true,
      Write: [['states:StartExecution', 'states:StartSyncExecution'], ['states:StopExecution']],
      Read: [
        ['states:DescribeStateMachine', 'states:ListExecutions'],
        ['states:DescribeExecution', 'states:DescribeStateMachineForExecution', 'states:GetExecutionHistory'],
      ],
    },
    'AWS::Events::EventBus': PUT_EVENTS,
    'AWS::Location::PlaceIndex': {
      sourcePolicy: true,
      Read: [
        [
          'geo:DescribePlaceIndex',
          'geo:GetPlace',
          'geo:SearchPlaceIndexForPosition',
          'geo:SearchPlaceIndexForSuggestions',
          'geo:SearchPlaceIndexForText',
        ],
      ],
    },
  },
  'AWS::SQS::Queue': {
    'AWS::Lambda::Function': {
      sourcePolicy: false,
      Write: [['sqs:DeleteMessage']],
      Read: [['sqs:ReceiveMessage', 'sqs:GetQueueAttributes']],
    },
  },
  'AWS::StepFunctions::StateMachine': {
    'AWS::Lambda::Function': INVOKE_LAMBDA,
    'AWS::SNS::Topic': PUBLISH,
    'AWS::SQS::Queue': { sourcePolicy: true, Write: [['sqs:SendMessage']] },
    'AWS::S3::Bucket': S3_ACCESS,
    'AWS::DynamoDB::Table': DYNAMODB_ACCESS,
    'AWS::StepFunctions::StateMachine': {
      sourcePolicy: true,
      Read: [['states:DescribeExecution'], ['events:DescribeRule']],
      Write: [['states:StartExecution'], ['states:StopExecution'], ['events:PutTargets', 'events:PutRule']],
    },
    'AWS::Events::EventBus': PUT_EVENTS,
  },
  'AWS::AppSync::DataSource': {
    'AWS::DynamoDB::Table': DYNAMODB_ACCESS,
    'AWS::Lambda::Function': INVOKE_LAMBDA,
  },
};

/** Connector profiles name CloudFormation types; SAM resources stand for the ones they become. */
export const SAM_TYPE_OF: Readonly<Record<string, string>> = {
  'AWS::Serverless::Function': 'AWS::Lambda::Function',
  'AWS::Serverless::StateMachine': 'AWS::StepFunctions::StateMachine',
  'AWS::Serverless::SimpleTable': 'AWS::DynamoDB::Table',
  'AWS::Serverless::Api': 'AWS::ApiGateway::RestApi',
  'AWS::Serverless::HttpApi': 'AWS::ApiGatewayV2::Api',
  'AWS::Serverless::GraphQLApi': 'AWS::AppSync::GraphQLApi',
};

/** Profiles SAM knows that grant no identity (a resource policy or Lambda permission instead). */
export const RESOURCE_POLICY_CONNECTORS: ReadonlySet<string> = new Set([
  'AWS::Events::Rule>AWS::SNS::Topic',
  'AWS::Events::Rule>AWS::Lambda::Function',
  'AWS::Events::Rule>AWS::SQS::Queue',
  'AWS::ApiGatewayV2::Api>AWS::Lambda::Function',
  'AWS::ApiGateway::RestApi>AWS::Lambda::Function',
  'AWS::SNS::Topic>AWS::SQS::Queue',
  'AWS::SNS::Topic>AWS::Lambda::Function',
  'AWS::S3::Bucket>AWS::Lambda::Function',
  'AWS::AppSync::GraphQLApi>AWS::Lambda::Function',
]);
