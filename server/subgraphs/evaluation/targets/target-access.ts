import { Role, type Viewer } from '../../../core/auth/viewer';
import { DomainError, ErrorCode, errorText } from '../../../core/errors';

const SETS_TARGETS = new Set<Role>([Role.ADMIN, Role.EVALUATOR]);

/** Baselines and targets are the evaluator's: set by EVALUATOR and ADMIN users only. */
export function assertMaySetTargets(viewer: Viewer): void {
  if (SETS_TARGETS.has(viewer.role)) return;
  throw new DomainError(ErrorCode.FORBIDDEN, errorText('targetsSetByEvaluators', { role: viewer.role }));
}
