import { oneMessagePerProblem } from '../one-message';

describe('the problems the form shows', () => {
  const overTotal = {
    field: 'attendance.online',
    message: 'must be at most the number of participants (20)',
    ruleCode: 'ONLINE_WITHIN_TOTAL',
  };

  it('says a field refused for a reason of its own once, not also what a rule finds about it', () => {
    const limit = { field: 'attendance.online', message: 'must be at most 100,000' };
    expect(oneMessagePerProblem([limit], [overTotal])).toEqual([limit]);
  });

  it("keeps the rule checked as it is typed rather than the answer's copy of it, and other fields' problems alike", () => {
    const date = { field: 'date', message: 'is required' };
    expect(oneMessagePerProblem([date, { ...overTotal, message: 'old words' }], [overTotal])).toEqual([date, overTotal]);
  });

  it('drops a message said twice about one field', () => {
    const date = { field: 'date', message: 'is required' };
    expect(oneMessagePerProblem([date, { ...date }], [])).toEqual([date]);
  });
});
