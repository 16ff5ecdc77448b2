/**
 * Errors shaped like OfficeExtension.Error: `name` 'RichApi.Error', a `code` from Excel.ErrorCodes or
 * OfficeExtension.ErrorCodes, a message, and debugInfo with the failing statement.
 */
export type FakeErrorCode =
  | 'ItemNotFound'
  | 'InvalidArgument'
  | 'PropertyNotLoaded'
  | 'RequestPayloadSizeLimitExceeded'
  | 'ResponsePayloadSizeLimitExceeded'
  | 'ItemAlreadyExists'
  | 'InvalidOperation'
  | 'ApiNotFound'
  | 'AccessDenied'
  | 'InvalidRequestContext'
  | 'InvalidSelection'
  | 'InsertDeleteConflict'
  | 'MergedRangeConflict';

export class FakeOfficeError extends Error {
  readonly code: FakeErrorCode;
  readonly debugInfo: { code: FakeErrorCode; message: string; errorLocation?: string };
  readonly traceMessages: string[] = [];

  constructor(code: FakeErrorCode, message: string, errorLocation?: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
  }

  withLocation(location: string): FakeOfficeError {
    if (this.debugInfo.errorLocation) return this;
    const e = new FakeOfficeError(this.code, this.message, location);
    return e;
  }
}

export function notLoaded(what: string): FakeOfficeError {
  return new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${what}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}
