import { accessProblemTexts, MIN_PASSWORD_LENGTH, usernameProblemText } from '../../../core/auth/local-users';
import { Role, type Viewer } from '../../../core/auth/viewer';
import { DomainError, ErrorCode, errorText } from '../../../core/errors';
import { type FieldProblem, fieldProblem } from '../../../core/validate-input';

export const MAX_NAME_LENGTH = 100;
/** Long passphrases are welcome; past this, a body is more likely a mistake than a password. */
export const MAX_PASSWORD_LENGTH = 256;

/** What only an ADMIN does with users, as the refusal names it. */
export type AdminTask = 'userList' | 'userHistory' | 'invite' | 'changeRole' | 'deactivate' | 'reactivate' | 'passwordLinks';

/** Users are managed by ADMIN alone. */
export function assertAdmin(viewer: Viewer, task: AdminTask): void {
  if (viewer.role === Role.ADMIN) return;
  throw new DomainError(ErrorCode.FORBIDDEN, errorText('adminsOnly', { task }));
}

/** What is wrong with a new password, each said so that the person knows what to type instead. */
export function passwordProblems(password: string, field = 'password'): FieldProblem[] {
  if (password.length < MIN_PASSWORD_LENGTH) return [fieldProblem(field, errorText('atLeastCharactersLong', { min: MIN_PASSWORD_LENGTH }))];
  if (password.length > MAX_PASSWORD_LENGTH) return [fieldProblem(field, errorText('atMostCharactersLong', { max: MAX_PASSWORD_LENGTH }))];
  return [];
}

/** A role and its regions, as an ADMIN gives them: each problem named by its field. */
export function accessFieldProblems(role: string, regions: readonly string[]): FieldProblem[] {
  return accessProblemTexts(role, regions).map((problem) => fieldProblem(problem.field, problem.text));
}

export function newUserProblems(input: { username: string; name: string; role: string; regions: readonly string[] }): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const badUsername = usernameProblemText(input.username);
  if (badUsername) problems.push(fieldProblem('username', badUsername));
  if (input.name.trim() === '' || input.name.length > MAX_NAME_LENGTH)
    problems.push(fieldProblem('name', errorText('charactersBetween', { min: 1, max: MAX_NAME_LENGTH })));
  return [...problems, ...accessFieldProblems(input.role, input.regions)];
}

/** A role's regions as stored: a COORDINATOR's without repeats, none for another role. */
export const regionsFor = (role: string, regions: readonly string[]): string[] => (role === Role.COORDINATOR ? [...new Set(regions)] : []);
