import type { RequestInfo } from '../core/context';

export interface GatewayContext {
  request: RequestInfo;
}
