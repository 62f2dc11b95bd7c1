import {
  mayEditRegion,
  mayExportRoundtables,
  mayImport,
  mayReadHistory,
  mayReview,
  seesEveryRecord,
  seesPublication,
} from '../session/permissions';
import type { SessionViewer } from '../session/session';

const viewer = (role: SessionViewer['role'], regions: string[] = []): SessionViewer => ({ name: role, role, regions });

describe('what a role is offered', () => {
  it('lets ADMIN edit every region and a COORDINATOR only its own', () => {
    expect(mayEditRegion(viewer('ADMIN'), 'teruel')).toBe(true);
    expect(mayEditRegion(viewer('COORDINATOR', ['soria']), 'soria')).toBe(true);
    expect(mayEditRegion(viewer('COORDINATOR', ['soria']), 'teruel')).toBe(false);
    expect(mayEditRegion(viewer('ANALYST'), 'soria')).toBe(false);
    expect(mayEditRegion(null, 'soria')).toBe(false);
  });

  it('offers import to those who edit, history to those who read the audit trail', () => {
    expect(['ADMIN', 'COORDINATOR', 'ANALYST', 'EVALUATOR', 'FUNDER'].map((role) => mayImport(viewer(role as 'ADMIN')))).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
    expect(['ADMIN', 'COORDINATOR', 'ANALYST', 'EVALUATOR', 'FUNDER'].map((role) => mayReadHistory(viewer(role as 'ADMIN')))).toEqual([
      true,
      false,
      true,
      true,
      false,
    ]);
  });

  it('keeps the roundtables CSV from FUNDER and anonymous visitors', () => {
    expect(mayExportRoundtables(viewer('EVALUATOR'))).toBe(true);
    expect(mayExportRoundtables(viewer('COORDINATOR', ['soria']))).toBe(true);
    expect(mayExportRoundtables(viewer('FUNDER'))).toBe(false);
    expect(mayExportRoundtables(null)).toBe(false);
  });

  it('gives FUNDER and anonymous visitors the protected publication, by reporting period', () => {
    expect(['ADMIN', 'COORDINATOR', 'ANALYST', 'EVALUATOR', 'FUNDER'].map((role) => seesPublication(viewer(role as 'ADMIN')))).toEqual([
      false,
      false,
      false,
      false,
      true,
    ]);
    expect(seesPublication(null)).toBe(true);
  });

  it('makes ADMIN and EVALUATOR reviewers, and offers approved-only to those who see every record', () => {
    expect(['ADMIN', 'COORDINATOR', 'ANALYST', 'EVALUATOR', 'FUNDER'].map((role) => mayReview(viewer(role as 'ADMIN')))).toEqual([
      true,
      false,
      false,
      true,
      false,
    ]);
    expect(mayReview(null)).toBe(false);
    expect(['ADMIN', 'COORDINATOR', 'ANALYST', 'EVALUATOR', 'FUNDER'].map((role) => seesEveryRecord(viewer(role as 'ADMIN')))).toEqual([
      true,
      true,
      true,
      true,
      false,
    ]);
    expect(seesEveryRecord(null)).toBe(false);
  });
});
