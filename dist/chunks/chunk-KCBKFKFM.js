import { createRequire as __iugCreateRequire } from 'node:module'; const require = __iugCreateRequire(import.meta.url);
import {
  ServiceException
} from "./chunk-MPC2C2CM.js";
import {
  TypeRegistry
} from "./chunk-TZDPQ2RJ.js";

// node_modules/@aws-sdk/client-iam/dist-es/endpoint/EndpointParameters.js
var resolveClientEndpointParameters = (options) => {
  return Object.assign(options, {
    useDualstackEndpoint: options.useDualstackEndpoint ?? false,
    useFipsEndpoint: options.useFipsEndpoint ?? false,
    defaultSigningName: "iam"
  });
};
var commonParams = {
  UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
  Endpoint: { type: "builtInParams", name: "endpoint" },
  Region: { type: "builtInParams", name: "region" },
  UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
};

// node_modules/@aws-sdk/client-iam/dist-es/models/IAMServiceException.js
var IAMServiceException = class _IAMServiceException extends ServiceException {
  static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.iam#IAMServiceException";
  constructor(options) {
    super(options);
    Object.setPrototypeOf(this, _IAMServiceException.prototype);
  }
};

// node_modules/@aws-sdk/client-iam/dist-es/models/errors.js
var ConcurrentModificationException = class _ConcurrentModificationException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#ConcurrentModificationException";
  name = "ConcurrentModificationException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ConcurrentModificationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ConcurrentModificationException.prototype);
  }
};
var NoSuchEntityException = class _NoSuchEntityException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#NoSuchEntityException";
  name = "NoSuchEntityException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NoSuchEntityException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoSuchEntityException.prototype);
  }
};
var ServiceFailureException = class _ServiceFailureException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#ServiceFailureException";
  name = "ServiceFailureException";
  $fault = "server";
  constructor(opts) {
    super({
      name: "ServiceFailureException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _ServiceFailureException.prototype);
  }
};
var AccountNotManagementOrDelegatedAdministratorException = class _AccountNotManagementOrDelegatedAdministratorException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#AccountNotManagementOrDelegatedAdministratorException";
  name = "AccountNotManagementOrDelegatedAdministratorException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "AccountNotManagementOrDelegatedAdministratorException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AccountNotManagementOrDelegatedAdministratorException.prototype);
    this.Message = opts.Message;
  }
};
var EntityAlreadyExistsException = class _EntityAlreadyExistsException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#EntityAlreadyExistsException";
  name = "EntityAlreadyExistsException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "EntityAlreadyExistsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _EntityAlreadyExistsException.prototype);
  }
};
var InvalidInputException = class _InvalidInputException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#InvalidInputException";
  name = "InvalidInputException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidInputException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidInputException.prototype);
  }
};
var LimitExceededException = class _LimitExceededException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#LimitExceededException";
  name = "LimitExceededException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "LimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _LimitExceededException.prototype);
  }
};
var MalformedPolicyDocumentException = class _MalformedPolicyDocumentException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#MalformedPolicyDocumentException";
  name = "MalformedPolicyDocumentException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "MalformedPolicyDocumentException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _MalformedPolicyDocumentException.prototype);
  }
};
var NameConflictException = class _NameConflictException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#NameConflictException";
  name = "NameConflictException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NameConflictException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NameConflictException.prototype);
  }
};
var RoleModifiedException = class _RoleModifiedException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#RoleModifiedException";
  name = "RoleModifiedException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "RoleModifiedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _RoleModifiedException.prototype);
  }
};
var RoleTemplateDisabledException = class _RoleTemplateDisabledException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#RoleTemplateDisabledException";
  name = "RoleTemplateDisabledException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "RoleTemplateDisabledException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _RoleTemplateDisabledException.prototype);
  }
};
var UnmodifiableEntityException = class _UnmodifiableEntityException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#UnmodifiableEntityException";
  name = "UnmodifiableEntityException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "UnmodifiableEntityException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UnmodifiableEntityException.prototype);
  }
};
var PolicyNotAttachableException = class _PolicyNotAttachableException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#PolicyNotAttachableException";
  name = "PolicyNotAttachableException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "PolicyNotAttachableException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _PolicyNotAttachableException.prototype);
  }
};
var EntityTemporarilyUnmodifiableException = class _EntityTemporarilyUnmodifiableException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#EntityTemporarilyUnmodifiableException";
  name = "EntityTemporarilyUnmodifiableException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "EntityTemporarilyUnmodifiableException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _EntityTemporarilyUnmodifiableException.prototype);
  }
};
var InvalidUserTypeException = class _InvalidUserTypeException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#InvalidUserTypeException";
  name = "InvalidUserTypeException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidUserTypeException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidUserTypeException.prototype);
  }
};
var PasswordPolicyViolationException = class _PasswordPolicyViolationException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#PasswordPolicyViolationException";
  name = "PasswordPolicyViolationException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "PasswordPolicyViolationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _PasswordPolicyViolationException.prototype);
  }
};
var OpenIdIdpCommunicationErrorException = class _OpenIdIdpCommunicationErrorException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#OpenIdIdpCommunicationErrorException";
  name = "OpenIdIdpCommunicationErrorException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "OpenIdIdpCommunicationErrorException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OpenIdIdpCommunicationErrorException.prototype);
  }
};
var ServiceNotSupportedException = class _ServiceNotSupportedException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#ServiceNotSupportedException";
  name = "ServiceNotSupportedException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ServiceNotSupportedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ServiceNotSupportedException.prototype);
  }
};
var DeleteConflictException = class _DeleteConflictException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#DeleteConflictException";
  name = "DeleteConflictException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DeleteConflictException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DeleteConflictException.prototype);
  }
};
var OrganizationNotFoundException = class _OrganizationNotFoundException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#OrganizationNotFoundException";
  name = "OrganizationNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "OrganizationNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OrganizationNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var OrganizationNotInAllFeaturesModeException = class _OrganizationNotInAllFeaturesModeException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#OrganizationNotInAllFeaturesModeException";
  name = "OrganizationNotInAllFeaturesModeException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "OrganizationNotInAllFeaturesModeException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OrganizationNotInAllFeaturesModeException.prototype);
    this.Message = opts.Message;
  }
};
var ServiceAccessNotEnabledException = class _ServiceAccessNotEnabledException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#ServiceAccessNotEnabledException";
  name = "ServiceAccessNotEnabledException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ServiceAccessNotEnabledException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ServiceAccessNotEnabledException.prototype);
    this.Message = opts.Message;
  }
};
var FeatureDisabledException = class _FeatureDisabledException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#FeatureDisabledException";
  name = "FeatureDisabledException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "FeatureDisabledException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _FeatureDisabledException.prototype);
  }
};
var InvalidAuthenticationCodeException = class _InvalidAuthenticationCodeException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#InvalidAuthenticationCodeException";
  name = "InvalidAuthenticationCodeException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidAuthenticationCodeException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidAuthenticationCodeException.prototype);
  }
};
var CallerIsNotManagementAccountException = class _CallerIsNotManagementAccountException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#CallerIsNotManagementAccountException";
  name = "CallerIsNotManagementAccountException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "CallerIsNotManagementAccountException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CallerIsNotManagementAccountException.prototype);
    this.Message = opts.Message;
  }
};
var FeatureEnabledException = class _FeatureEnabledException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#FeatureEnabledException";
  name = "FeatureEnabledException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "FeatureEnabledException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _FeatureEnabledException.prototype);
  }
};
var ReportGenerationLimitExceededException = class _ReportGenerationLimitExceededException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#ReportGenerationLimitExceededException";
  name = "ReportGenerationLimitExceededException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ReportGenerationLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ReportGenerationLimitExceededException.prototype);
  }
};
var CredentialReportExpiredException = class _CredentialReportExpiredException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#CredentialReportExpiredException";
  name = "CredentialReportExpiredException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "CredentialReportExpiredException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CredentialReportExpiredException.prototype);
  }
};
var CredentialReportNotPresentException = class _CredentialReportNotPresentException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#CredentialReportNotPresentException";
  name = "CredentialReportNotPresentException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "CredentialReportNotPresentException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CredentialReportNotPresentException.prototype);
  }
};
var CredentialReportNotReadyException = class _CredentialReportNotReadyException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#CredentialReportNotReadyException";
  name = "CredentialReportNotReadyException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "CredentialReportNotReadyException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CredentialReportNotReadyException.prototype);
  }
};
var UnrecognizedPublicKeyEncodingException = class _UnrecognizedPublicKeyEncodingException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#UnrecognizedPublicKeyEncodingException";
  name = "UnrecognizedPublicKeyEncodingException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "UnrecognizedPublicKeyEncodingException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UnrecognizedPublicKeyEncodingException.prototype);
  }
};
var PolicyEvaluationException = class _PolicyEvaluationException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#PolicyEvaluationException";
  name = "PolicyEvaluationException";
  $fault = "server";
  constructor(opts) {
    super({
      name: "PolicyEvaluationException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _PolicyEvaluationException.prototype);
  }
};
var KeyPairMismatchException = class _KeyPairMismatchException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#KeyPairMismatchException";
  name = "KeyPairMismatchException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "KeyPairMismatchException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _KeyPairMismatchException.prototype);
  }
};
var MalformedCertificateException = class _MalformedCertificateException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#MalformedCertificateException";
  name = "MalformedCertificateException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "MalformedCertificateException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _MalformedCertificateException.prototype);
  }
};
var DuplicateCertificateException = class _DuplicateCertificateException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#DuplicateCertificateException";
  name = "DuplicateCertificateException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DuplicateCertificateException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DuplicateCertificateException.prototype);
  }
};
var InvalidCertificateException = class _InvalidCertificateException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#InvalidCertificateException";
  name = "InvalidCertificateException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidCertificateException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidCertificateException.prototype);
  }
};
var DuplicateSSHPublicKeyException = class _DuplicateSSHPublicKeyException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#DuplicateSSHPublicKeyException";
  name = "DuplicateSSHPublicKeyException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DuplicateSSHPublicKeyException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DuplicateSSHPublicKeyException.prototype);
  }
};
var InvalidPublicKeyException = class _InvalidPublicKeyException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#InvalidPublicKeyException";
  name = "InvalidPublicKeyException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidPublicKeyException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidPublicKeyException.prototype);
  }
};

// node_modules/@aws-sdk/client-iam/dist-es/schemas/schemas_0.js
var _A = "Arn";
var _AAc = "AccountAliases";
var _ABO = "AllowedByOrganizations";
var _ABPB = "AllowedByPermissionsBoundary";
var _ACt = "AttachmentCount";
var _AI = "ApproverId";
var _AKI = "AccessKeyId";
var _AKLU = "AccessKeyLastUsed";
var _AKM = "AccessKeyMetadata";
var _AMP = "AttachedManagedPolicies";
var _AN = "AttachmentName";
var _ANMODAE = "AccountNotManagementOrDelegatedAdministratorException";
var _ANc = "ActionNames";
var _ANct = "ActionName";
var _AP = "AttachedPolicy";
var _APB = "AttachedPermissionsBoundary";
var _ARPD = "AssumeRolePolicyDocument";
var _ARPDT = "AssumeRolePolicyDocumentTemplate";
var _AT = "AttachmentType";
var _C = "Code";
var _CA = "CallerArn";
var _CD = "CreateDate";
var _CE = "ContextEntry";
var _CELT = "ContextEntryListType";
var _CEo = "ContextEntries";
var _CIDL = "ClientIDList";
var _CINMAE = "CallerIsNotManagementAccountException";
var _CKN = "ContextKeyName";
var _CKNo = "ContextKeyNames";
var _CKT = "ContextKeyType";
var _CKV = "ContextKeyValues";
var _CME = "ConcurrentModificationException";
var _COIDCPR = "CreateOpenIDConnectProviderRequest";
var _CREE = "CredentialReportExpiredException";
var _CRNPE = "CredentialReportNotPresentException";
var _CRNRE = "CredentialReportNotReadyException";
var _CT = "CreateTimestamp";
var _Ce = "Certifications";
var _Col = "Column";
var _D = "Description";
var _DCE = "DeleteConflictException";
var _DCEu = "DuplicateCertificateException";
var _DMV = "DefaultMinorVersion";
var _DORCMRi = "DisableOrganizationsRootCredentialsManagementResponse";
var _DORSRi = "DisableOrganizationsRootSessionsResponse";
var _DP = "DelegationPermission";
var _DR = "DelegationRequest";
var _DRI = "DelegationRequestId";
var _DSSHPKE = "DuplicateSSHPublicKeyException";
var _DV = "DefaultValue";
var _DVI = "DefaultVersionId";
var _Do = "Document";
var _E = "Error";
var _EAEE = "EntityAlreadyExistsException";
var _EAN = "EvalActionName";
var _ED = "EntityDetails";
var _EDD = "EvalDecisionDetails";
var _EDL = "EntityDetailsList";
var _EDn = "EnableDate";
var _EDr = "ErrorDetails";
var _EDv = "EvalDecision";
var _EF = "EnabledFeatures";
var _EI = "EntityInfo";
var _EN = "EntityName";
var _EORCMRn = "EnableOrganizationsRootCredentialsManagementResponse";
var _EORSRn = "EnableOrganizationsRootSessionsResponse";
var _EPn = "EndPosition";
var _ER = "EvaluationResult";
var _ERD = "EvalResourceDecision";
var _ERN = "EvalResourceName";
var _ET = "ExpirationTime";
var _ETUE = "EntityTemporarilyUnmodifiableException";
var _ETn = "EntityType";
var _Ena = "Enabled";
var _F = "Filter";
var _FDE = "FeatureDisabledException";
var _FEE = "FeatureEnabledException";
var _G = "Group";
var _GAADR = "GetAccountAuthorizationDetailsRequest";
var _GAKLU = "GetAccessKeyLastUsed";
var _GAKLUR = "GetAccessKeyLastUsedRequest";
var _GAKLURe = "GetAccessKeyLastUsedResponse";
var _GAPRe = "GetAccountPropertiesResponse";
var _GASR = "GetAccountSummaryResponse";
var _GCKFCPR = "GetContextKeysForCustomPolicyRequest";
var _GCKFPPR = "GetContextKeysForPrincipalPolicyRequest";
var _GCKFPR = "GetContextKeysForPolicyResponse";
var _GG = "GetGroup";
var _GGR = "GetGroupRequest";
var _GGRe = "GetGroupResponse";
var _GI = "GroupId";
var _GL = "GroupList";
var _GMFADRe = "GetMFADeviceResponse";
var _GN = "GroupName";
var _GOIDCPRe = "GetOpenIDConnectProviderResponse";
var _GP = "GetPolicy";
var _GPR = "GetPolicyRequest";
var _GPRe = "GetPolicyResponse";
var _GPV = "GetPolicyVersion";
var _GPVR = "GetPolicyVersionRequest";
var _GPVRe = "GetPolicyVersionResponse";
var _GR = "GetRole";
var _GRR = "GetRoleRequest";
var _GRRe = "GetRoleResponse";
var _GSLAD = "GenerateServiceLastAccessedDetails";
var _GSLADR = "GenerateServiceLastAccessedDetailsRequest";
var _GSLADRe = "GenerateServiceLastAccessedDetailsResponse";
var _GSLADRet = "GetServiceLastAccessedDetailsRequest";
var _GSLADRete = "GetServiceLastAccessedDetailsResponse";
var _GSLADWE = "GetServiceLastAccessedDetailsWithEntities";
var _GSLADWER = "GetServiceLastAccessedDetailsWithEntitiesRequest";
var _GSLADWERe = "GetServiceLastAccessedDetailsWithEntitiesResponse";
var _GSLADe = "GetServiceLastAccessedDetails";
var _GU = "GetUser";
var _GUR = "GetUserRequest";
var _GURe = "GetUserResponse";
var _Gr = "Granularity";
var _Gro = "Groups";
var _I = "Id";
var _IA = "IsAttachable";
var _IACE = "InvalidAuthenticationCodeException";
var _ICE = "InvalidCertificateException";
var _IDV = "IsDefaultVersion";
var _IIE = "InvalidInputException";
var _IPIT = "InlinePolicyIdentifierType";
var _IPIn = "InlinePolicyIdentifier";
var _IPKE = "InvalidPublicKeyException";
var _IPN = "InstanceProfileName";
var _IPT = "InlinePolicyTemplates";
var _IPn = "InlinePolicy";
var _IR = "IsRequired";
var _IT = "IsTruncated";
var _IUTE = "InvalidUserTypeException";
var _Im = "Immutable";
var _JCD = "JobCreationDate";
var _JCDo = "JobCompletionDate";
var _JI = "JobId";
var _JS = "JobStatus";
var _JT = "JobType";
var _K = "Key";
var _KPME = "KeyPairMismatchException";
var _LA = "LastAuthenticated";
var _LAARi = "ListAccountAliasesResponse";
var _LAE = "LastAuthenticatedEntity";
var _LAEa = "LastAccessedEntity";
var _LAK = "ListAccessKeys";
var _LAKR = "ListAccessKeysRequest";
var _LAKRi = "ListAccessKeysResponse";
var _LAR = "LastAuthenticatedRegion";
var _LARa = "LastAccessedRegion";
var _LATa = "LastAccessedTime";
var _LEE = "LimitExceededException";
var _LG = "ListGroups";
var _LGPRi = "ListGroupPoliciesResponse";
var _LGR = "ListGroupsRequest";
var _LGRi = "ListGroupsResponse";
var _LOFRi = "ListOrganizationsFeaturesResponse";
var _LPGSA = "ListPoliciesGrantingServiceAccess";
var _LPGSAE = "ListPoliciesGrantingServiceAccessEntry";
var _LPGSAR = "ListPoliciesGrantingServiceAccessRequest";
var _LPGSARi = "ListPoliciesGrantingServiceAccessResponse";
var _LPR = "ListPoliciesRequest";
var _LPRi = "ListPoliciesResponse";
var _LPi = "ListPolicies";
var _LR = "ListRoles";
var _LRPRi = "ListRolePoliciesResponse";
var _LRR = "ListRolesRequest";
var _LRRi = "ListRolesResponse";
var _LU = "ListUsers";
var _LUD = "LastUsedDate";
var _LUPRi = "ListUserPoliciesResponse";
var _LUR = "ListUsersRequest";
var _LURi = "ListUsersResponse";
var _Li = "Line";
var _M = "Message";
var _MBT = "ManagedByType";
var _MBV = "ManagedByValue";
var _MCE = "MalformedCertificateException";
var _MCV = "MissingContextValues";
var _MI = "MaxItems";
var _MPAa = "ManagedPolicyArns";
var _MPDE = "MalformedPolicyDocumentException";
var _MS = "MatchedStatements";
var _MSD = "MaxSessionDuration";
var _MV = "MinorVersion";
var _MVa = "MajorVersion";
var _Ma = "Marker";
var _N = "Name";
var _NCE = "NameConflictException";
var _NSEE = "NoSuchEntityException";
var _No = "Notes";
var _OA = "OnlyAttached";
var _OAI = "OwnerAccountId";
var _ODD = "OrganizationsDecisionDetail";
var _OI = "OwnerId";
var _OIDCPA = "OpenIDConnectProviderArn";
var _OIICEE = "OpenIdIdpCommunicationErrorException";
var _OIr = "OrganizationId";
var _ONFE = "OrganizationNotFoundException";
var _ONIAFME = "OrganizationNotInAllFeaturesModeException";
var _OOPIL = "OrderedOrganizationPolicyInputList";
var _OOPT = "OrderedOrganizationPolicyType";
var _OPLT = "OrganizationPolicyListType";
var _OSBO = "OnlySendByOwner";
var _P = "Permissions";
var _PA = "PolicyArn";
var _PAPR = "PutAccountPropertiesRequest";
var _PB = "PermissionsBoundary";
var _PBA = "PermissionsBoundaryArn";
var _PBAe = "PermissionBoundaryArn";
var _PBDD = "PermissionsBoundaryDecisionDetail";
var _PBPIL = "PermissionsBoundaryPolicyInputList";
var _PBT = "PermissionsBoundaryType";
var _PBUC = "PermissionsBoundaryUsageCount";
var _PD = "PolicyDocument";
var _PDa = "ParameterDefinition";
var _PDar = "ParametersDefinition";
var _PDo = "PolicyDetail";
var _PEE = "PolicyEvaluationException";
var _PEL = "PolicyExclusionList";
var _PELT = "PolicyExclusionsListType";
var _PGSA = "PoliciesGrantingServiceAccess";
var _PGSAo = "PolicyGrantingServiceAccess";
var _PI = "PolicyId";
var _PIL = "PolicyInputList";
var _PIo = "PolicyIdentifier";
var _PLU = "PasswordLastUsed";
var _PN = "PolicyName";
var _PNAE = "PolicyNotAttachableException";
var _PNo = "PolicyNames";
var _PP = "PermissionPolicy";
var _PPVE = "PasswordPolicyViolationException";
var _PPat = "PathPrefix";
var _PPo = "PolicyParameter";
var _PSA = "PolicySourceArn";
var _PT = "PolicyType";
var _PTA = "PolicyTemplateArn";
var _PUF = "PolicyUsageFilter";
var _PV = "PolicyVersion";
var _Pa = "Path";
var _Par = "Parameters";
var _Po = "Policy";
var _Pol = "Policies";
var _Pos = "Position";
var _Pr = "Properties";
var _R = "Region";
var _RA = "ResourceArns";
var _RDP = "RoleDescriptionPattern";
var _RGLEE = "ReportGenerationLimitExceededException";
var _RHO = "ResourceHandlingOption";
var _RI = "RequestorId";
var _RIo = "RoleId";
var _RLU = "RoleLastUsed";
var _RM = "RequestMessage";
var _RME = "RoleModifiedException";
var _RN = "RoleName";
var _RNP = "RoleNamePattern";
var _RNe = "RequestorName";
var _RO = "ResourceOwner";
var _RP = "ResourcePolicy";
var _RPP = "RolePathPattern";
var _RPRA = "RolePermissionRestrictionArns";
var _RR = "RejectionReason";
var _RSR = "ResourceSpecificResults";
var _RSRLT = "ResourceSpecificResultListType";
var _RSRe = "ResourceSpecificResult";
var _RTDE = "RoleTemplateDisabledException";
var _RTT = "RoleTagsTemplate";
var _RTV = "RoleTemplateVersion";
var _RU = "RedirectUrl";
var _RUT = "RoleUsageType";
var _RVE = "ReplacementValueEntry";
var _Res = "Resources";
var _Ro = "Role";
var _Rol = "Roles";
var _S = "Status";
var _SAMLPA = "SAMLProviderArn";
var _SANEE = "ServiceAccessNotEnabledException";
var _SCN = "ServerCertificateName";
var _SCPIL = "ServiceControlPolicyInputList";
var _SCPR = "SimulateCustomPolicyRequest";
var _SD = "SessionDuration";
var _SFE = "ServiceFailureException";
var _SLA = "ServicesLastAccessed";
var _SLAe = "ServiceLastAccessed";
var _SLT = "StatementListType";
var _SM = "SummaryMap";
var _SN = "ServiceName";
var _SNSE = "ServiceNotSupportedException";
var _SNe = "ServiceNamespace";
var _SNer = "SerialNumber";
var _SNerv = "ServiceNamespaces";
var _SPI = "SourcePolicyId";
var _SPPR = "SimulatePrincipalPolicyRequest";
var _SPT = "SourcePolicyType";
var _SPt = "StartPosition";
var _SRT = "SourceRoleTemplate";
var _ST = "SubType";
var _Sc = "Scope";
var _St = "State";
var _Sta = "Statement";
var _T = "Tags";
var _TA = "TemplateArn";
var _TAE = "TotalAuthenticatedEntities";
var _TALA = "TrackedActionsLastAccessed";
var _TALAr = "TrackedActionLastAccessed";
var _TK = "TagKeys";
var _TL = "ThumbprintList";
var _TMV = "TemplateMinorVersion";
var _TN = "TemplateName";
var _TT = "TagTemplate";
var _TVI = "TemplateVersionId";
var _Ta = "Tag";
var _Ty = "Type";
var _U = "Url";
var _UD = "UpdateDate";
var _UDs = "UserDetail";
var _UEE = "UnmodifiableEntityException";
var _UI = "UserId";
var _UIPR = "UntagInstanceProfileRequest";
var _UMFADR = "UntagMFADeviceRequest";
var _UN = "UserName";
var _UOIDCPR = "UntagOpenIDConnectProviderRequest";
var _UOIDCPTR = "UpdateOpenIDConnectProviderThumbprintRequest";
var _UPKEE = "UnrecognizedPublicKeyEncodingException";
var _UPL = "UserPolicyList";
var _UPR = "UntagPolicyRequest";
var _URR = "UntagRoleRequest";
var _USAMLPR = "UntagSAMLProviderRequest";
var _USCR = "UntagServerCertificateRequest";
var _UT = "UpdatedTime";
var _UTp = "UpdateTimestamp";
var _UUR = "UntagUserRequest";
var _Us = "User";
var _Use = "Users";
var _VE = "VersionEnabled";
var _VI = "VersionId";
var _Va = "Values";
var _Val = "Value";
var _aKMLT = "accessKeyMetadataListType";
var _aPLT = "attachedPoliciesListType";
var _aQE = "awsQueryError";
var _c = "client";
var _e = "error";
var _eDLT = "entityDetailsListType";
var _gLT = "groupListType";
var _hE = "httpError";
var _iPTLT = "inlinePolicyTemplateListType";
var _lPGSARLT = "listPolicyGrantingServiceAccessResponseListType";
var _m = "message";
var _pDLT = "parametersDefinitionListType";
var _pDLTo = "policyDetailListType";
var _pGSALT = "policyGrantingServiceAccessListType";
var _pLT = "policyListType";
var _pPLT = "policyParameterListType";
var _rLT = "roleListType";
var _s = "smithy.ts.sdk.synthetic.com.amazonaws.iam";
var _se = "server";
var _tLT = "tagListType";
var _tTLT = "tagTemplateListType";
var _uLT = "userListType";
var n0 = "com.amazonaws.iam";
var _s_registry = new TypeRegistry(_s);
var IAMServiceException$ = [-3, _s, "IAMServiceException", 0, [], []];
_s_registry.registerError(IAMServiceException$, IAMServiceException);
var n0_registry = new TypeRegistry(n0);
var AccountNotManagementOrDelegatedAdministratorException$ = [
  -3,
  n0,
  _ANMODAE,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(AccountNotManagementOrDelegatedAdministratorException$, AccountNotManagementOrDelegatedAdministratorException);
var CallerIsNotManagementAccountException$ = [
  -3,
  n0,
  _CINMAE,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(CallerIsNotManagementAccountException$, CallerIsNotManagementAccountException);
var ConcurrentModificationException$ = [
  -3,
  n0,
  _CME,
  { [_aQE]: [`ConcurrentModification`, 409], [_e]: _c, [_hE]: 409 },
  [_m],
  [0]
];
n0_registry.registerError(ConcurrentModificationException$, ConcurrentModificationException);
var CredentialReportExpiredException$ = [
  -3,
  n0,
  _CREE,
  { [_aQE]: [`ReportExpired`, 410], [_e]: _c, [_hE]: 410 },
  [_m],
  [0]
];
n0_registry.registerError(CredentialReportExpiredException$, CredentialReportExpiredException);
var CredentialReportNotPresentException$ = [
  -3,
  n0,
  _CRNPE,
  { [_aQE]: [`ReportNotPresent`, 410], [_e]: _c, [_hE]: 410 },
  [_m],
  [0]
];
n0_registry.registerError(CredentialReportNotPresentException$, CredentialReportNotPresentException);
var CredentialReportNotReadyException$ = [
  -3,
  n0,
  _CRNRE,
  { [_aQE]: [`ReportInProgress`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(CredentialReportNotReadyException$, CredentialReportNotReadyException);
var DeleteConflictException$ = [
  -3,
  n0,
  _DCE,
  { [_aQE]: [`DeleteConflict`, 409], [_e]: _c, [_hE]: 409 },
  [_m],
  [0]
];
n0_registry.registerError(DeleteConflictException$, DeleteConflictException);
var DuplicateCertificateException$ = [
  -3,
  n0,
  _DCEu,
  { [_aQE]: [`DuplicateCertificate`, 409], [_e]: _c, [_hE]: 409 },
  [_m],
  [0]
];
n0_registry.registerError(DuplicateCertificateException$, DuplicateCertificateException);
var DuplicateSSHPublicKeyException$ = [
  -3,
  n0,
  _DSSHPKE,
  { [_aQE]: [`DuplicateSSHPublicKey`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(DuplicateSSHPublicKeyException$, DuplicateSSHPublicKeyException);
var EntityAlreadyExistsException$ = [
  -3,
  n0,
  _EAEE,
  { [_aQE]: [`EntityAlreadyExists`, 409], [_e]: _c, [_hE]: 409 },
  [_m],
  [0]
];
n0_registry.registerError(EntityAlreadyExistsException$, EntityAlreadyExistsException);
var EntityTemporarilyUnmodifiableException$ = [
  -3,
  n0,
  _ETUE,
  { [_aQE]: [`EntityTemporarilyUnmodifiable`, 409], [_e]: _c, [_hE]: 409 },
  [_m],
  [0]
];
n0_registry.registerError(EntityTemporarilyUnmodifiableException$, EntityTemporarilyUnmodifiableException);
var FeatureDisabledException$ = [
  -3,
  n0,
  _FDE,
  { [_aQE]: [`FeatureDisabled`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(FeatureDisabledException$, FeatureDisabledException);
var FeatureEnabledException$ = [
  -3,
  n0,
  _FEE,
  { [_aQE]: [`FeatureEnabled`, 409], [_e]: _c, [_hE]: 409 },
  [_m],
  [0]
];
n0_registry.registerError(FeatureEnabledException$, FeatureEnabledException);
var InvalidAuthenticationCodeException$ = [
  -3,
  n0,
  _IACE,
  { [_aQE]: [`InvalidAuthenticationCode`, 403], [_e]: _c, [_hE]: 403 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidAuthenticationCodeException$, InvalidAuthenticationCodeException);
var InvalidCertificateException$ = [
  -3,
  n0,
  _ICE,
  { [_aQE]: [`InvalidCertificate`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidCertificateException$, InvalidCertificateException);
var InvalidInputException$ = [
  -3,
  n0,
  _IIE,
  { [_aQE]: [`InvalidInput`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidInputException$, InvalidInputException);
var InvalidPublicKeyException$ = [
  -3,
  n0,
  _IPKE,
  { [_aQE]: [`InvalidPublicKey`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidPublicKeyException$, InvalidPublicKeyException);
var InvalidUserTypeException$ = [
  -3,
  n0,
  _IUTE,
  { [_aQE]: [`InvalidUserType`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidUserTypeException$, InvalidUserTypeException);
var KeyPairMismatchException$ = [
  -3,
  n0,
  _KPME,
  { [_aQE]: [`KeyPairMismatch`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(KeyPairMismatchException$, KeyPairMismatchException);
var LimitExceededException$ = [
  -3,
  n0,
  _LEE,
  { [_aQE]: [`LimitExceeded`, 409], [_e]: _c, [_hE]: 409 },
  [_m],
  [0]
];
n0_registry.registerError(LimitExceededException$, LimitExceededException);
var MalformedCertificateException$ = [
  -3,
  n0,
  _MCE,
  { [_aQE]: [`MalformedCertificate`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(MalformedCertificateException$, MalformedCertificateException);
var MalformedPolicyDocumentException$ = [
  -3,
  n0,
  _MPDE,
  { [_aQE]: [`MalformedPolicyDocument`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(MalformedPolicyDocumentException$, MalformedPolicyDocumentException);
var NameConflictException$ = [
  -3,
  n0,
  _NCE,
  { [_aQE]: [`NameConflict`, 409], [_e]: _c, [_hE]: 409 },
  [_m],
  [0]
];
n0_registry.registerError(NameConflictException$, NameConflictException);
var NoSuchEntityException$ = [
  -3,
  n0,
  _NSEE,
  { [_aQE]: [`NoSuchEntity`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(NoSuchEntityException$, NoSuchEntityException);
var OpenIdIdpCommunicationErrorException$ = [
  -3,
  n0,
  _OIICEE,
  { [_aQE]: [`OpenIdIdpCommunicationError`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(OpenIdIdpCommunicationErrorException$, OpenIdIdpCommunicationErrorException);
var OrganizationNotFoundException$ = [
  -3,
  n0,
  _ONFE,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(OrganizationNotFoundException$, OrganizationNotFoundException);
var OrganizationNotInAllFeaturesModeException$ = [
  -3,
  n0,
  _ONIAFME,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(OrganizationNotInAllFeaturesModeException$, OrganizationNotInAllFeaturesModeException);
var PasswordPolicyViolationException$ = [
  -3,
  n0,
  _PPVE,
  { [_aQE]: [`PasswordPolicyViolation`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(PasswordPolicyViolationException$, PasswordPolicyViolationException);
var PolicyEvaluationException$ = [
  -3,
  n0,
  _PEE,
  { [_aQE]: [`PolicyEvaluation`, 500], [_e]: _se, [_hE]: 500 },
  [_m],
  [0]
];
n0_registry.registerError(PolicyEvaluationException$, PolicyEvaluationException);
var PolicyNotAttachableException$ = [
  -3,
  n0,
  _PNAE,
  { [_aQE]: [`PolicyNotAttachable`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(PolicyNotAttachableException$, PolicyNotAttachableException);
var ReportGenerationLimitExceededException$ = [
  -3,
  n0,
  _RGLEE,
  { [_aQE]: [`ReportGenerationLimitExceeded`, 409], [_e]: _c, [_hE]: 409 },
  [_m],
  [0]
];
n0_registry.registerError(ReportGenerationLimitExceededException$, ReportGenerationLimitExceededException);
var RoleModifiedException$ = [
  -3,
  n0,
  _RME,
  { [_aQE]: [`RoleModified`, 409], [_e]: _c, [_hE]: 409 },
  [_m],
  [0]
];
n0_registry.registerError(RoleModifiedException$, RoleModifiedException);
var RoleTemplateDisabledException$ = [
  -3,
  n0,
  _RTDE,
  { [_aQE]: [`RoleTemplateDisabled`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(RoleTemplateDisabledException$, RoleTemplateDisabledException);
var ServiceAccessNotEnabledException$ = [
  -3,
  n0,
  _SANEE,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(ServiceAccessNotEnabledException$, ServiceAccessNotEnabledException);
var ServiceFailureException$ = [
  -3,
  n0,
  _SFE,
  { [_aQE]: [`ServiceFailure`, 500], [_e]: _se, [_hE]: 500 },
  [_m],
  [0]
];
n0_registry.registerError(ServiceFailureException$, ServiceFailureException);
var ServiceNotSupportedException$ = [
  -3,
  n0,
  _SNSE,
  { [_aQE]: [`NotSupportedService`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(ServiceNotSupportedException$, ServiceNotSupportedException);
var UnmodifiableEntityException$ = [
  -3,
  n0,
  _UEE,
  { [_aQE]: [`UnmodifiableEntity`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(UnmodifiableEntityException$, UnmodifiableEntityException);
var UnrecognizedPublicKeyEncodingException$ = [
  -3,
  n0,
  _UPKEE,
  { [_aQE]: [`UnrecognizedPublicKeyEncoding`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(UnrecognizedPublicKeyEncodingException$, UnrecognizedPublicKeyEncodingException);
var errorTypeRegistries = [
  _s_registry,
  n0_registry
];
var AccessKeyLastUsed$ = [
  3,
  n0,
  _AKLU,
  0,
  [_SN, _R, _LUD],
  [0, 0, 4],
  2
];
var AccessKeyMetadata$ = [
  3,
  n0,
  _AKM,
  0,
  [_UN, _AKI, _S, _CD],
  [0, 0, 0, 4]
];
var AttachedPermissionsBoundary$ = [
  3,
  n0,
  _APB,
  0,
  [_PBT, _PBA],
  [0, 0]
];
var AttachedPolicy$ = [
  3,
  n0,
  _AP,
  0,
  [_PN, _PA],
  [0, 0]
];
var ContextEntry$ = [
  3,
  n0,
  _CE,
  0,
  [_CKN, _CKV, _CKT],
  [0, 64 | 0, 0]
];
var CreateOpenIDConnectProviderRequest$ = [
  3,
  n0,
  _COIDCPR,
  0,
  [_U, _CIDL, _TL, _T],
  [0, 64 | 0, 64 | 0, () => tagListType],
  1
];
var DelegationPermission$ = [
  3,
  n0,
  _DP,
  0,
  [_PTA, _Par],
  [0, () => policyParameterListType]
];
var DelegationRequest$ = [
  3,
  n0,
  _DR,
  0,
  [_DRI, _OAI, _D, _RM, _P, _PP, _RPRA, _OI, _AI, _St, _ET, _RI, _RNe, _CD, _SD, _RU, _No, _RR, _OSBO, _UT],
  [0, 0, 0, 0, () => DelegationPermission$, 0, 64 | 0, 0, 0, 0, 4, 0, 0, 4, 1, 0, 0, 0, 2, 4]
];
var DisableOrganizationsRootCredentialsManagementResponse$ = [
  3,
  n0,
  _DORCMRi,
  0,
  [_OIr, _EF],
  [0, 64 | 0]
];
var DisableOrganizationsRootSessionsResponse$ = [
  3,
  n0,
  _DORSRi,
  0,
  [_OIr, _EF],
  [0, 64 | 0]
];
var EnableOrganizationsRootCredentialsManagementResponse$ = [
  3,
  n0,
  _EORCMRn,
  0,
  [_OIr, _EF],
  [0, 64 | 0]
];
var EnableOrganizationsRootSessionsResponse$ = [
  3,
  n0,
  _EORSRn,
  0,
  [_OIr, _EF],
  [0, 64 | 0]
];
var EntityDetails$ = [
  3,
  n0,
  _ED,
  0,
  [_EI, _LA],
  [() => EntityInfo$, 4],
  1
];
var EntityInfo$ = [
  3,
  n0,
  _EI,
  0,
  [_A, _N, _Ty, _I, _Pa],
  [0, 0, 0, 0, 0],
  4
];
var ErrorDetails$ = [
  3,
  n0,
  _EDr,
  0,
  [_M, _C],
  [0, 0],
  2
];
var EvaluationResult$ = [
  3,
  n0,
  _ER,
  0,
  [_EAN, _EDv, _ERN, _MS, _MCV, _ODD, _PBDD, _EDD, _RSR],
  [0, 0, 0, () => StatementListType, 64 | 0, () => OrganizationsDecisionDetail$, () => PermissionsBoundaryDecisionDetail$, 128 | 0, () => ResourceSpecificResultListType],
  2
];
var GenerateServiceLastAccessedDetailsRequest$ = [
  3,
  n0,
  _GSLADR,
  0,
  [_A, _Gr],
  [0, 0],
  1
];
var GenerateServiceLastAccessedDetailsResponse$ = [
  3,
  n0,
  _GSLADRe,
  0,
  [_JI],
  [0]
];
var GetAccessKeyLastUsedRequest$ = [
  3,
  n0,
  _GAKLUR,
  0,
  [_AKI],
  [0],
  1
];
var GetAccessKeyLastUsedResponse$ = [
  3,
  n0,
  _GAKLURe,
  0,
  [_UN, _AKLU],
  [0, () => AccessKeyLastUsed$]
];
var GetAccountAuthorizationDetailsRequest$ = [
  3,
  n0,
  _GAADR,
  0,
  [_F, _MI, _Ma],
  [64 | 0, 1, 0]
];
var GetAccountPropertiesResponse$ = [
  3,
  n0,
  _GAPRe,
  0,
  [_Pr],
  [128 | 0]
];
var GetAccountSummaryResponse$ = [
  3,
  n0,
  _GASR,
  0,
  [_SM],
  [128 | 1]
];
var GetContextKeysForCustomPolicyRequest$ = [
  3,
  n0,
  _GCKFCPR,
  0,
  [_PIL],
  [64 | 0],
  1
];
var GetContextKeysForPolicyResponse$ = [
  3,
  n0,
  _GCKFPR,
  0,
  [_CKNo],
  [64 | 0]
];
var GetContextKeysForPrincipalPolicyRequest$ = [
  3,
  n0,
  _GCKFPPR,
  0,
  [_PSA, _PIL],
  [0, 64 | 0],
  1
];
var GetGroupRequest$ = [
  3,
  n0,
  _GGR,
  0,
  [_GN, _Ma, _MI],
  [0, 0, 1],
  1
];
var GetGroupResponse$ = [
  3,
  n0,
  _GGRe,
  0,
  [_G, _Use, _IT, _Ma],
  [() => Group$, () => userListType, 2, 0],
  2
];
var GetMFADeviceResponse$ = [
  3,
  n0,
  _GMFADRe,
  0,
  [_SNer, _UN, _EDn, _Ce],
  [0, 0, 4, 128 | 0],
  1
];
var GetOpenIDConnectProviderResponse$ = [
  3,
  n0,
  _GOIDCPRe,
  0,
  [_U, _CIDL, _TL, _CD, _T],
  [0, 64 | 0, 64 | 0, 4, () => tagListType]
];
var GetPolicyRequest$ = [
  3,
  n0,
  _GPR,
  0,
  [_PA],
  [0],
  1
];
var GetPolicyResponse$ = [
  3,
  n0,
  _GPRe,
  0,
  [_Po],
  [() => Policy$]
];
var GetPolicyVersionRequest$ = [
  3,
  n0,
  _GPVR,
  0,
  [_PA, _VI],
  [0, 0],
  2
];
var GetPolicyVersionResponse$ = [
  3,
  n0,
  _GPVRe,
  0,
  [_PV],
  [() => PolicyVersion$]
];
var GetRoleRequest$ = [
  3,
  n0,
  _GRR,
  0,
  [_RN],
  [0],
  1
];
var GetRoleResponse$ = [
  3,
  n0,
  _GRRe,
  0,
  [_Ro],
  [() => Role$],
  1
];
var GetServiceLastAccessedDetailsRequest$ = [
  3,
  n0,
  _GSLADRet,
  0,
  [_JI, _MI, _Ma],
  [0, 1, 0],
  1
];
var GetServiceLastAccessedDetailsResponse$ = [
  3,
  n0,
  _GSLADRete,
  0,
  [_JS, _JCD, _SLA, _JCDo, _JT, _IT, _Ma, _E],
  [0, 4, () => ServicesLastAccessed, 4, 0, 2, 0, () => ErrorDetails$],
  4
];
var GetServiceLastAccessedDetailsWithEntitiesRequest$ = [
  3,
  n0,
  _GSLADWER,
  0,
  [_JI, _SNe, _MI, _Ma],
  [0, 0, 1, 0],
  2
];
var GetServiceLastAccessedDetailsWithEntitiesResponse$ = [
  3,
  n0,
  _GSLADWERe,
  0,
  [_JS, _JCD, _JCDo, _EDL, _IT, _Ma, _E],
  [0, 4, 4, () => entityDetailsListType, 2, 0, () => ErrorDetails$],
  4
];
var GetUserRequest$ = [
  3,
  n0,
  _GUR,
  0,
  [_UN],
  [0]
];
var GetUserResponse$ = [
  3,
  n0,
  _GURe,
  0,
  [_Us],
  [() => User$],
  1
];
var Group$ = [
  3,
  n0,
  _G,
  0,
  [_Pa, _GN, _GI, _A, _CD],
  [0, 0, 0, 0, 4],
  5
];
var InlinePolicy$ = [
  3,
  n0,
  _IPn,
  0,
  [_PN, _PD],
  [0, 0],
  2
];
var InlinePolicyIdentifierType$ = [
  3,
  n0,
  _IPIT,
  0,
  [_PN, _AT, _AN],
  [0, 0, 0],
  3
];
var ListAccessKeysRequest$ = [
  3,
  n0,
  _LAKR,
  0,
  [_UN, _Ma, _MI],
  [0, 0, 1]
];
var ListAccessKeysResponse$ = [
  3,
  n0,
  _LAKRi,
  0,
  [_AKM, _IT, _Ma],
  [() => accessKeyMetadataListType, 2, 0],
  1
];
var ListAccountAliasesResponse$ = [
  3,
  n0,
  _LAARi,
  0,
  [_AAc, _IT, _Ma],
  [64 | 0, 2, 0],
  1
];
var ListGroupPoliciesResponse$ = [
  3,
  n0,
  _LGPRi,
  0,
  [_PNo, _IT, _Ma],
  [64 | 0, 2, 0],
  1
];
var ListGroupsRequest$ = [
  3,
  n0,
  _LGR,
  0,
  [_PPat, _Ma, _MI],
  [0, 0, 1]
];
var ListGroupsResponse$ = [
  3,
  n0,
  _LGRi,
  0,
  [_Gro, _IT, _Ma],
  [() => groupListType, 2, 0],
  1
];
var ListOrganizationsFeaturesResponse$ = [
  3,
  n0,
  _LOFRi,
  0,
  [_OIr, _EF],
  [0, 64 | 0]
];
var ListPoliciesGrantingServiceAccessEntry$ = [
  3,
  n0,
  _LPGSAE,
  0,
  [_SNe, _Pol],
  [0, () => policyGrantingServiceAccessListType]
];
var ListPoliciesGrantingServiceAccessRequest$ = [
  3,
  n0,
  _LPGSAR,
  0,
  [_A, _SNerv, _Ma],
  [0, 64 | 0, 0],
  2
];
var ListPoliciesGrantingServiceAccessResponse$ = [
  3,
  n0,
  _LPGSARi,
  0,
  [_PGSA, _IT, _Ma],
  [() => listPolicyGrantingServiceAccessResponseListType, 2, 0],
  1
];
var ListPoliciesRequest$ = [
  3,
  n0,
  _LPR,
  0,
  [_Sc, _OA, _PPat, _PUF, _Ma, _MI],
  [0, 2, 0, 0, 0, 1]
];
var ListPoliciesResponse$ = [
  3,
  n0,
  _LPRi,
  0,
  [_Pol, _IT, _Ma],
  [() => policyListType, 2, 0]
];
var ListRolePoliciesResponse$ = [
  3,
  n0,
  _LRPRi,
  0,
  [_PNo, _IT, _Ma],
  [64 | 0, 2, 0],
  1
];
var ListRolesRequest$ = [
  3,
  n0,
  _LRR,
  0,
  [_PPat, _Ma, _MI],
  [0, 0, 1]
];
var ListRolesResponse$ = [
  3,
  n0,
  _LRRi,
  0,
  [_Rol, _IT, _Ma],
  [() => roleListType, 2, 0],
  1
];
var ListUserPoliciesResponse$ = [
  3,
  n0,
  _LUPRi,
  0,
  [_PNo, _IT, _Ma],
  [64 | 0, 2, 0],
  1
];
var ListUsersRequest$ = [
  3,
  n0,
  _LUR,
  0,
  [_PPat, _Ma, _MI],
  [0, 0, 1]
];
var ListUsersResponse$ = [
  3,
  n0,
  _LURi,
  0,
  [_Use, _IT, _Ma],
  [() => userListType, 2, 0],
  1
];
var OrderedOrganizationPolicyType$ = [
  3,
  n0,
  _OOPT,
  0,
  [_SCPIL],
  [64 | 0]
];
var OrganizationsDecisionDetail$ = [
  3,
  n0,
  _ODD,
  0,
  [_ABO],
  [2]
];
var ParameterDefinition$ = [
  3,
  n0,
  _PDa,
  0,
  [_N, _Ty, _ST, _D, _IR, _DV, _Im],
  [0, 0, 0, 0, 2, 0, 2],
  2
];
var PermissionsBoundaryDecisionDetail$ = [
  3,
  n0,
  _PBDD,
  0,
  [_ABPB],
  [2]
];
var Policy$ = [
  3,
  n0,
  _Po,
  0,
  [_PN, _PI, _A, _Pa, _DVI, _ACt, _PBUC, _IA, _D, _CD, _UD, _T],
  [0, 0, 0, 0, 0, 1, 1, 2, 0, 4, 4, () => tagListType]
];
var PolicyDetail$ = [
  3,
  n0,
  _PDo,
  0,
  [_PN, _PD],
  [0, 0]
];
var PolicyGrantingServiceAccess$ = [
  3,
  n0,
  _PGSAo,
  0,
  [_PN, _PT, _PA, _ETn, _EN],
  [0, 0, 0, 0, 0],
  2
];
var PolicyParameter$ = [
  3,
  n0,
  _PPo,
  0,
  [_N, _Va, _Ty],
  [0, 64 | 0, 0]
];
var PolicyVersion$ = [
  3,
  n0,
  _PV,
  0,
  [_Do, _VI, _IDV, _CD],
  [0, 0, 2, 4]
];
var Position$ = [
  3,
  n0,
  _Pos,
  0,
  [_Li, _Col],
  [1, 1]
];
var PutAccountPropertiesRequest$ = [
  3,
  n0,
  _PAPR,
  0,
  [_Pr],
  [128 | 0],
  1
];
var ReplacementValueEntry$ = [
  3,
  n0,
  _RVE,
  0,
  [_Va],
  [64 | 0],
  1
];
var ResourceSpecificResult$ = [
  3,
  n0,
  _RSRe,
  0,
  [_ERN, _ERD, _MS, _MCV, _EDD, _PBDD],
  [0, 0, () => StatementListType, 64 | 0, 128 | 0, () => PermissionsBoundaryDecisionDetail$],
  2
];
var Role$ = [
  3,
  n0,
  _Ro,
  0,
  [_Pa, _RN, _RIo, _A, _CD, _ARPD, _D, _MSD, _PB, _T, _RLU, _SRT],
  [0, 0, 0, 0, 4, 0, 0, 1, () => AttachedPermissionsBoundary$, () => tagListType, () => RoleLastUsed$, () => SourceRoleTemplate$],
  5
];
var RoleLastUsed$ = [
  3,
  n0,
  _RLU,
  0,
  [_LUD, _R],
  [4, 0]
];
var RoleTemplateVersion$ = [
  3,
  n0,
  _RTV,
  0,
  [_TA, _TN, _TVI, _D, _MVa, _DMV, _MBT, _MBV, _Ena, _MV, _RNP, _RPP, _RDP, _ARPDT, _IPT, _MPAa, _PBAe, _PDar, _RTT, _MSD, _VE, _CT, _UTp],
  [0, 0, 0, 0, 1, 1, 0, 0, 2, 1, 0, 0, 0, 0, () => inlinePolicyTemplateListType, 64 | 0, 0, () => parametersDefinitionListType, () => tagTemplateListType, 1, 2, 4, 4]
];
var RoleUsageType$ = [
  3,
  n0,
  _RUT,
  0,
  [_R, _Res],
  [0, 64 | 0]
];
var ServiceLastAccessed$ = [
  3,
  n0,
  _SLAe,
  0,
  [_SN, _SNe, _LA, _LAE, _LAR, _TAE, _TALA],
  [0, 0, 4, 0, 0, 1, () => TrackedActionsLastAccessed],
  2
];
var SimulateCustomPolicyRequest$ = [
  3,
  n0,
  _SCPR,
  0,
  [_PIL, _ANc, _PBPIL, _OOPIL, _RA, _RP, _RO, _CA, _CEo, _RHO, _MI, _Ma],
  [64 | 0, 64 | 0, 64 | 0, () => OrganizationPolicyListType, 64 | 0, 0, 0, 0, () => ContextEntryListType, 0, 1, 0],
  2
];
var SimulatePrincipalPolicyRequest$ = [
  3,
  n0,
  _SPPR,
  0,
  [_PSA, _ANc, _PIL, _PBPIL, _PEL, _RA, _RP, _RO, _CA, _CEo, _RHO, _MI, _Ma],
  [0, 64 | 0, 64 | 0, 64 | 0, () => PolicyExclusionsListType, 64 | 0, 0, 0, 0, () => ContextEntryListType, 0, 1, 0],
  2
];
var SourceRoleTemplate$ = [
  3,
  n0,
  _SRT,
  0,
  [_TA, _TMV],
  [0, 1],
  2
];
var Statement$ = [
  3,
  n0,
  _Sta,
  0,
  [_SPI, _SPT, _SPt, _EPn],
  [0, 0, () => Position$, () => Position$]
];
var Tag$ = [
  3,
  n0,
  _Ta,
  0,
  [_K, _Val],
  [0, 0],
  2
];
var TagTemplate$ = [
  3,
  n0,
  _TT,
  0,
  [_K, _Val],
  [0, 0],
  2
];
var TrackedActionLastAccessed$ = [
  3,
  n0,
  _TALAr,
  0,
  [_ANct, _LAEa, _LATa, _LARa],
  [0, 0, 4, 0]
];
var UntagInstanceProfileRequest$ = [
  3,
  n0,
  _UIPR,
  0,
  [_IPN, _TK],
  [0, 64 | 0],
  2
];
var UntagMFADeviceRequest$ = [
  3,
  n0,
  _UMFADR,
  0,
  [_SNer, _TK],
  [0, 64 | 0],
  2
];
var UntagOpenIDConnectProviderRequest$ = [
  3,
  n0,
  _UOIDCPR,
  0,
  [_OIDCPA, _TK],
  [0, 64 | 0],
  2
];
var UntagPolicyRequest$ = [
  3,
  n0,
  _UPR,
  0,
  [_PA, _TK],
  [0, 64 | 0],
  2
];
var UntagRoleRequest$ = [
  3,
  n0,
  _URR,
  0,
  [_RN, _TK],
  [0, 64 | 0],
  2
];
var UntagSAMLProviderRequest$ = [
  3,
  n0,
  _USAMLPR,
  0,
  [_SAMLPA, _TK],
  [0, 64 | 0],
  2
];
var UntagServerCertificateRequest$ = [
  3,
  n0,
  _USCR,
  0,
  [_SCN, _TK],
  [0, 64 | 0],
  2
];
var UntagUserRequest$ = [
  3,
  n0,
  _UUR,
  0,
  [_UN, _TK],
  [0, 64 | 0],
  2
];
var UpdateOpenIDConnectProviderThumbprintRequest$ = [
  3,
  n0,
  _UOIDCPTR,
  0,
  [_OIDCPA, _TL],
  [0, 64 | 0],
  2
];
var User$ = [
  3,
  n0,
  _Us,
  0,
  [_Pa, _UN, _UI, _A, _CD, _PLU, _PB, _T],
  [0, 0, 0, 0, 4, 4, () => AttachedPermissionsBoundary$, () => tagListType],
  5
];
var UserDetail$ = [
  3,
  n0,
  _UDs,
  0,
  [_Pa, _UN, _UI, _A, _CD, _UPL, _GL, _AMP, _PB, _T],
  [0, 0, 0, 0, 4, () => policyDetailListType, 64 | 0, () => attachedPoliciesListType, () => AttachedPermissionsBoundary$, () => tagListType]
];
var accessKeyMetadataListType = [
  1,
  n0,
  _aKMLT,
  0,
  () => AccessKeyMetadata$
];
var accountAliasListType = 64 | 0;
var ActionNameListType = 64 | 0;
var ArnListType = 64 | 0;
var attachedPoliciesListType = [
  1,
  n0,
  _aPLT,
  0,
  () => AttachedPolicy$
];
var clientIDListType = 64 | 0;
var ContextEntryListType = [
  1,
  n0,
  _CELT,
  0,
  () => ContextEntry$
];
var ContextKeyNamesResultListType = 64 | 0;
var ContextKeyValueListType = 64 | 0;
var entityDetailsListType = [
  1,
  n0,
  _eDLT,
  0,
  () => EntityDetails$
];
var entityListType = 64 | 0;
var FeaturesListType = 64 | 0;
var groupListType = [
  1,
  n0,
  _gLT,
  0,
  () => Group$
];
var groupNameListType = 64 | 0;
var inlinePolicyTemplateListType = [
  1,
  n0,
  _iPTLT,
  0,
  () => InlinePolicy$
];
var listPolicyGrantingServiceAccessResponseListType = [
  1,
  n0,
  _lPGSARLT,
  0,
  () => ListPoliciesGrantingServiceAccessEntry$
];
var managedPolicyArnListType = 64 | 0;
var OrganizationPolicyListType = [
  1,
  n0,
  _OPLT,
  0,
  () => OrderedOrganizationPolicyType$
];
var parametersDefinitionListType = [
  1,
  n0,
  _pDLT,
  0,
  () => ParameterDefinition$
];
var policyDetailListType = [
  1,
  n0,
  _pDLTo,
  0,
  () => PolicyDetail$
];
var PolicyExclusionsListType = [
  1,
  n0,
  _PELT,
  0,
  () => PolicyIdentifier$
];
var policyGrantingServiceAccessListType = [
  1,
  n0,
  _pGSALT,
  0,
  () => PolicyGrantingServiceAccess$
];
var policyListType = [
  1,
  n0,
  _pLT,
  0,
  () => Policy$
];
var policyNameListType = 64 | 0;
var policyParameterListType = [
  1,
  n0,
  _pPLT,
  0,
  () => PolicyParameter$
];
var policyParameterValuesListType = 64 | 0;
var replacementValueListType = 64 | 0;
var ResourceNameListType = 64 | 0;
var ResourceSpecificResultListType = [
  1,
  n0,
  _RSRLT,
  0,
  () => ResourceSpecificResult$
];
var roleListType = [
  1,
  n0,
  _rLT,
  0,
  () => Role$
];
var rolePermissionRestrictionArnListType = 64 | 0;
var serviceNamespaceListType = 64 | 0;
var ServicesLastAccessed = [
  1,
  n0,
  _SLA,
  0,
  () => ServiceLastAccessed$
];
var SimulationPolicyListType = 64 | 0;
var StatementListType = [
  1,
  n0,
  _SLT,
  0,
  () => Statement$
];
var tagKeyListType = 64 | 0;
var tagListType = [
  1,
  n0,
  _tLT,
  0,
  () => Tag$
];
var tagTemplateListType = [
  1,
  n0,
  _tTLT,
  0,
  () => TagTemplate$
];
var thumbprintListType = 64 | 0;
var TrackedActionsLastAccessed = [
  1,
  n0,
  _TALA,
  0,
  () => TrackedActionLastAccessed$
];
var userListType = [
  1,
  n0,
  _uLT,
  0,
  () => User$
];
var accountPropertiesMapType = 128 | 0;
var CertificationMapType = 128 | 0;
var EvalDecisionDetailsType = 128 | 0;
var summaryMapType = 128 | 1;
var PolicyIdentifier$ = [
  4,
  n0,
  _PIo,
  0,
  [_PT, _PA, _IPIn],
  [0, 0, () => InlinePolicyIdentifierType$]
];
var GenerateServiceLastAccessedDetails$ = [
  9,
  n0,
  _GSLAD,
  0,
  () => GenerateServiceLastAccessedDetailsRequest$,
  () => GenerateServiceLastAccessedDetailsResponse$
];
var GetAccessKeyLastUsed$ = [
  9,
  n0,
  _GAKLU,
  0,
  () => GetAccessKeyLastUsedRequest$,
  () => GetAccessKeyLastUsedResponse$
];
var GetGroup$ = [
  9,
  n0,
  _GG,
  0,
  () => GetGroupRequest$,
  () => GetGroupResponse$
];
var GetPolicy$ = [
  9,
  n0,
  _GP,
  0,
  () => GetPolicyRequest$,
  () => GetPolicyResponse$
];
var GetPolicyVersion$ = [
  9,
  n0,
  _GPV,
  0,
  () => GetPolicyVersionRequest$,
  () => GetPolicyVersionResponse$
];
var GetRole$ = [
  9,
  n0,
  _GR,
  0,
  () => GetRoleRequest$,
  () => GetRoleResponse$
];
var GetServiceLastAccessedDetails$ = [
  9,
  n0,
  _GSLADe,
  0,
  () => GetServiceLastAccessedDetailsRequest$,
  () => GetServiceLastAccessedDetailsResponse$
];
var GetServiceLastAccessedDetailsWithEntities$ = [
  9,
  n0,
  _GSLADWE,
  0,
  () => GetServiceLastAccessedDetailsWithEntitiesRequest$,
  () => GetServiceLastAccessedDetailsWithEntitiesResponse$
];
var GetUser$ = [
  9,
  n0,
  _GU,
  0,
  () => GetUserRequest$,
  () => GetUserResponse$
];
var ListAccessKeys$ = [
  9,
  n0,
  _LAK,
  0,
  () => ListAccessKeysRequest$,
  () => ListAccessKeysResponse$
];
var ListGroups$ = [
  9,
  n0,
  _LG,
  0,
  () => ListGroupsRequest$,
  () => ListGroupsResponse$
];
var ListPolicies$ = [
  9,
  n0,
  _LPi,
  0,
  () => ListPoliciesRequest$,
  () => ListPoliciesResponse$
];
var ListPoliciesGrantingServiceAccess$ = [
  9,
  n0,
  _LPGSA,
  0,
  () => ListPoliciesGrantingServiceAccessRequest$,
  () => ListPoliciesGrantingServiceAccessResponse$
];
var ListRoles$ = [
  9,
  n0,
  _LR,
  0,
  () => ListRolesRequest$,
  () => ListRolesResponse$
];
var ListUsers$ = [
  9,
  n0,
  _LU,
  0,
  () => ListUsersRequest$,
  () => ListUsersResponse$
];

export {
  resolveClientEndpointParameters,
  commonParams,
  errorTypeRegistries,
  GenerateServiceLastAccessedDetails$,
  GetAccessKeyLastUsed$,
  GetGroup$,
  GetPolicy$,
  GetPolicyVersion$,
  GetRole$,
  GetServiceLastAccessedDetails$,
  GetServiceLastAccessedDetailsWithEntities$,
  GetUser$,
  ListAccessKeys$,
  ListGroups$,
  ListPolicies$,
  ListPoliciesGrantingServiceAccess$,
  ListRoles$,
  ListUsers$
};
//# sourceMappingURL=chunk-KCBKFKFM.js.map
