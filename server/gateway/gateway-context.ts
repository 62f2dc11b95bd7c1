import type { Viewer } from '../core/auth/viewer';
import type { RequestInfo } from '../core/context';

export interface GatewayContext {
  request: RequestInfo;
  viewer: Viewer;
}
