import { problemsByField } from '../organisation-problems';

describe("the API's problems with an organisation", () => {
  it('go beside their fields, the slug’s beside the name it is made from, and the rest apart', () => {
    expect(
      problemsByField([
        { field: 'name', message: 'must be at least 2 characters besides spaces' },
        { field: 'slug', message: 'must be at most 80 characters' },
        { field: 'region', message: '"atlantis" is not a region; the regions query lists them' },
        { field: 'expectedVersion', message: 'must be 1 or more' },
      ]),
    ).toEqual({
      byField: {
        name: ['must be at least 2 characters besides spaces', 'must be at most 80 characters'],
        region: ['"atlantis" is not a region; the regions query lists them'],
      },
      others: ['expectedVersion: must be 1 or more'],
    });
  });
});
