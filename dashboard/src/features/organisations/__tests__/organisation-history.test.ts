import { asOrganisationSnapshot, organisationChanges } from '../organisation-history';

describe("an organisation's history", () => {
  const soria = { name: 'Soria Acoge', categoryCode: 'NGO', regionSlug: 'soria', migrantLed: null, version: 1, slug: 'soria-acoge' };

  it('reads the audit JSON defensively: unknown keys and wrong types are left out', () => {
    expect(asOrganisationSnapshot({ ...soria, migrantLed: 'yes', regionSlug: 7 })).toEqual({ name: 'Soria Acoge', categoryCode: 'NGO' });
    expect(asOrganisationSnapshot(null)).toBeNull();
    expect(asOrganisationSnapshot([soria])).toBeNull();
  });

  it('lists only the fields an update changed; "not known" is no change from a field an older entry lacks', () => {
    const before = asOrganisationSnapshot(soria);
    const after = asOrganisationSnapshot({ ...soria, name: 'Soria Acoge ONG', migrantLed: true, version: 2 });
    expect(organisationChanges(before, after)).toEqual([
      { field: 'name', before: 'Soria Acoge', after: 'Soria Acoge ONG' },
      { field: 'migrantLed', before: null, after: true },
    ]);
    const { migrantLed: _, ...older } = soria;
    expect(organisationChanges(asOrganisationSnapshot(older), before)).toEqual([]);
  });

  it('lists every field of a creation and of a deletion', () => {
    const snapshot = asOrganisationSnapshot(soria);
    expect(organisationChanges(null, snapshot).map((change) => [change.field, change.before, change.after])).toEqual([
      ['name', null, 'Soria Acoge'],
      ['categoryCode', null, 'NGO'],
      ['regionSlug', null, 'soria'],
      ['migrantLed', null, null],
    ]);
    expect(organisationChanges(snapshot, null).map((change) => change.after)).toEqual([null, null, null, null]);
  });
});
