/** Office.js error codes and message texts (from office-js's resource strings) that the simulated host raises. */
export const ErrorCodes = {
  accessDenied: 'AccessDenied',
  apiNotFound: 'ApiNotFound',
  generalException: 'GeneralException',
  invalidArgument: 'InvalidArgument',
  invalidObjectPath: 'InvalidObjectPath',
  invalidOperation: 'InvalidOperation',
  invalidSelection: 'InvalidSelection',
  itemNotFound: 'ItemNotFound',
  propertyNotLoaded: 'PropertyNotLoaded',
  requestPayloadSizeLimitExceeded: 'RequestPayloadSizeLimitExceeded',
  runMustReturnPromise: 'RunMustReturnPromise',
  valueNotLoaded: 'ValueNotLoaded',
} as const;

export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];

const messages: Record<ErrorCode, string> = {
  AccessDenied: 'You cannot perform the requested operation.',
  ApiNotFound: 'The API you are trying to use could not be found. It may be available in a newer version of Excel.',
  GeneralException: 'An internal error has occurred.',
  InvalidArgument: 'The argument is invalid or missing or has an incorrect format.',
  InvalidObjectPath:
    'The object path \'{0}\' isn\'t working for what you\'re trying to do. If you\'re using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object\'s lifetime.',
  InvalidOperation: 'The operation is invalid for the object or the current state of the object.',
  InvalidSelection: 'The current selection is invalid for this operation.',
  ItemNotFound: "The requested resource doesn't exist.",
  PropertyNotLoaded:
    "The property '{0}' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
  RequestPayloadSizeLimitExceeded: 'The request payload size has exceeded the limit.',
  RunMustReturnPromise:
    'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation. Typically, you return a promise by returning the response from "context.sync()".',
  ValueNotLoaded:
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
};

/** The shape of OfficeExtension.Error: name 'RichApi.Error', a code, and debugInfo naming where it happened. */
export class SimOfficeError extends Error {
  readonly code: ErrorCode;
  readonly debugInfo: { code: ErrorCode; message: string; errorLocation?: string };

  constructor(code: ErrorCode, errorLocation?: string, detail?: string) {
    const message = messages[code].replace('{0}', detail ?? errorLocation ?? '');
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

/** A member of the Excel API that this double does not implement: a test-setup failure, not an Office error. */
export class NotSimulatedError extends Error {
  constructor(member: string) {
    super(`sim-excel: ${member} is not simulated; add it to tests/sim-excel if the add-in needs it`);
    this.name = 'NotSimulatedError';
  }
}
