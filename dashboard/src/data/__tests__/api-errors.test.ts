import { CombinedGraphQLErrors } from '@apollo/client';
import { readWriteRefusal } from '../api-errors';

const refusal = (message: string, extensions: Record<string, unknown>) => new CombinedGraphQLErrors({ errors: [{ message, extensions }] });

describe('readWriteRefusal', () => {
  it('keeps every field problem of a BAD_USER_INPUT, and the rule that found it', () => {
    const problems = [
      {
        field: 'attendance',
        message: 'online (30) + onsite (5) must be at most the number of participants (20); correct the split or the participants',
        ruleCode: 'SPLIT_WITHIN_TOTAL',
      },
      { field: 'categories.0.code', message: '"BOGUS" is not a stakeholder category' },
    ];
    expect(readWriteRefusal(refusal('Please correct: ...', { code: 'BAD_USER_INPUT', problems }))).toEqual({
      kind: 'problems',
      problems,
      message: 'Please correct: ...',
    });
  });

  it('tells a stale version from any other conflict', () => {
    expect(readWriteRefusal(refusal('Someone else changed it', { code: 'CONFLICT', currentVersion: 3 }))).toEqual({
      kind: 'staleVersion',
      currentVersion: 3,
      message: 'Someone else changed it',
    });
    expect(readWriteRefusal(refusal('soria already has a roundtable number 4', { code: 'CONFLICT' }))).toEqual({
      kind: 'refused',
      code: 'CONFLICT',
      message: 'soria already has a roundtable number 4',
    });
  });

  it("keeps a lock's reason, so a form can point at the field it concerns", () => {
    const closed = 'Roundtable soria #4 is dated inside reporting period 2023 (2023-01-01 to 2023-03-31), closed to changes.';
    expect(readWriteRefusal(refusal(closed, { code: 'CONFLICT', reason: 'PERIOD_CLOSED' }))).toEqual({
      kind: 'refused',
      code: 'CONFLICT',
      reason: 'PERIOD_CLOSED',
      message: closed,
    });
  });

  it('passes on the words of any other refusal or failure', () => {
    expect(readWriteRefusal(refusal('You coordinate soria; teruel is not one of your regions.', { code: 'FORBIDDEN' }))).toEqual({
      kind: 'refused',
      code: 'FORBIDDEN',
      message: 'You coordinate soria; teruel is not one of your regions.',
    });
    expect(readWriteRefusal(new TypeError('Failed to fetch'))).toEqual({ kind: 'refused', code: undefined, message: 'Failed to fetch' });
    expect(readWriteRefusal(refusal('Bad input', { code: 'BAD_USER_INPUT' }))).toMatchObject({ kind: 'refused', code: 'BAD_USER_INPUT' });
  });
});
