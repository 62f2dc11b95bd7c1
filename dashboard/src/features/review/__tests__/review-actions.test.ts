import type { ReviewState } from '../../../__generated__/graphql';
import type { SessionViewer } from '../../../app/session/session';
import { commentText, isLocked, mayChangeRecord, nextSelection, reviewActionsFor } from '../review-actions';

const viewer = (role: SessionViewer['role'], regions: string[] = []): SessionViewer => ({ name: role, role, regions });
const STATES: ReviewState[] = ['DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED'];
const soria = (reviewState: ReviewState) => ({ regionSlug: 'soria', reviewState });

/** Each state, with the steps `who` is offered on a roundtable of Soria in it. */
const offered = (who: SessionViewer | null) => Object.fromEntries(STATES.map((state) => [state, reviewActionsFor(who, soria(state))]));

describe('the review steps a viewer is offered', () => {
  it('lets the coordinator of the region submit a draft or a returned record, and nothing else', () => {
    expect(offered(viewer('COORDINATOR', ['soria']))).toEqual({ DRAFT: ['SUBMIT'], SUBMITTED: [], APPROVED: [], RETURNED: ['SUBMIT'] });
  });

  it("offers another region's coordinator, an analyst, a funder and the public no step", () => {
    for (const who of [viewer('COORDINATOR', ['teruel']), viewer('ANALYST'), viewer('FUNDER'), null]) {
      expect(offered(who)).toEqual({ DRAFT: [], SUBMITTED: [], APPROVED: [], RETURNED: [] });
    }
  });

  it('lets an evaluator approve or return what is submitted, and reopen what is approved, but never submit', () => {
    expect(offered(viewer('EVALUATOR'))).toEqual({ DRAFT: [], SUBMITTED: ['APPROVE', 'RETURN'], APPROVED: ['REOPEN'], RETURNED: [] });
  });

  it('lets an administrator take every step, each from the states it starts from', () => {
    expect(offered(viewer('ADMIN'))).toEqual({
      DRAFT: ['SUBMIT'],
      SUBMITTED: ['APPROVE', 'RETURN'],
      APPROVED: ['REOPEN'],
      RETURNED: ['SUBMIT'],
    });
  });
});

describe('an approved record', () => {
  it('is locked: its editors are offered no edit or delete until it is reopened', () => {
    expect(STATES.filter(isLocked)).toEqual(['APPROVED']);
    const coordinator = viewer('COORDINATOR', ['soria']);
    expect(STATES.map((state) => mayChangeRecord(coordinator, soria(state)))).toEqual([true, true, false, true]);
    expect(mayChangeRecord(viewer('EVALUATOR'), soria('DRAFT'))).toBe(false);
  });
});

describe('a comment', () => {
  it('is what was typed, trimmed; only spaces is no comment', () => {
    expect(commentText('  Attendance does not match the minutes.\n')).toBe('Attendance does not match the minutes.');
    expect(commentText(' \n\t ')).toBeNull();
  });
});

describe('the selection in the review queue', () => {
  it('adds and takes out one row, or every row at once', () => {
    const one = nextSelection(new Set(), ['a'], true);
    expect([...one]).toEqual(['a']);
    expect([...nextSelection(one, ['a', 'b', 'c'], true)].sort()).toEqual(['a', 'b', 'c']);
    expect([...nextSelection(new Set(['a', 'b']), ['a'], false)]).toEqual(['b']);
    expect([...nextSelection(new Set(['a', 'b']), ['a', 'b'], false)]).toEqual([]);
  });
});
