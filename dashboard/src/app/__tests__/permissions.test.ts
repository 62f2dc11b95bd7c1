import {
  mayEditOrganisation,
  mayEditRegion,
  mayExportRoundtables,
  mayImport,
  mayReadHistory,
  mayReadOrganisationHistory,
  mayRecordOrganisations,
  mayReview,
  maySeeOrganisations,
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

  it("keeps an organisation of a region for ADMIN and that region's coordinator, one across regions for ADMIN alone", () => {
    const soria = viewer('COORDINATOR', ['soria']);
    expect([mayEditOrganisation(viewer('ADMIN'), 'teruel'), mayEditOrganisation(viewer('ADMIN'), null)]).toEqual([true, true]);
    expect([mayEditOrganisation(soria, 'soria'), mayEditOrganisation(soria, 'teruel'), mayEditOrganisation(soria, null)]).toEqual([
      true,
      false,
      false,
    ]);
    expect(mayEditOrganisation(viewer('ANALYST'), 'soria')).toBe(false);
    expect([mayReadOrganisationHistory(soria, 'soria'), mayReadOrganisationHistory(soria, 'teruel')]).toEqual([true, false]);
    expect([mayReadOrganisationHistory(viewer('ANALYST'), null), mayReadOrganisationHistory(viewer('FUNDER'), 'soria')]).toEqual([
      true,
      false,
    ]);
    expect(
      ['ADMIN', 'COORDINATOR', 'ANALYST', 'EVALUATOR', 'FUNDER'].map((role) => mayRecordOrganisations(viewer(role as 'ADMIN'))),
    ).toEqual([true, true, false, false, false]);
    expect(['ADMIN', 'COORDINATOR', 'ANALYST', 'EVALUATOR', 'FUNDER'].map((role) => maySeeOrganisations(viewer(role as 'ADMIN')))).toEqual([
      true,
      true,
      true,
      true,
      false,
    ]);
    expect(maySeeOrganisations(null)).toBe(false);
  });
});
