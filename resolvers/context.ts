// placeholder replaced below
export interface RequestContext {
  readonly requestId: string;
}
