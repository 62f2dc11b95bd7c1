import { ACROSS_REGIONS, readOrganisationFilters, toOrganisationFilter, writeOrganisationFilters } from '../organisation-filters';

describe('the Organisations page filters', () => {
  it('travel through the URL and back, leaving out what is not chosen', () => {
    const filters = { search: ' acoge ', region: 'soria', category: 'NGO' };
    const query = writeOrganisationFilters(filters);
    expect(query).toBe('?q=acoge&region=soria&category=NGO');
    expect(readOrganisationFilters(new URLSearchParams(query))).toEqual({ search: 'acoge', region: 'soria', category: 'NGO' });
    expect(writeOrganisationFilters({ search: '  ', region: '', category: '' })).toBe('');
  });

  it("become the API's filter: one region, or those working across regions, and nothing for nothing chosen", () => {
    expect(toOrganisationFilter({ search: ' Cepaim', region: 'soria', category: '' })).toEqual({ search: 'Cepaim', regions: ['soria'] });
    expect(toOrganisationFilter({ search: '', region: ACROSS_REGIONS, category: 'NGO' })).toEqual({
      acrossRegions: true,
      categories: ['NGO'],
    });
    expect(toOrganisationFilter({ search: ' ', region: '', category: '' })).toBeUndefined();
  });
});
