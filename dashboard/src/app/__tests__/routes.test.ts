import { matchRoute } from '../routes';

describe('matchRoute', () => {
  it.each([
    ['/', { name: 'overview' }],
    ['/compare', { name: 'compare' }],
    ['/indicators', { name: 'indicators' }],
    ['/import', { name: 'import' }],
    ['/review', { name: 'review' }],
    ['/organisations', { name: 'organisations' }],
    ['/labels', { name: 'labels' }],
    ['/report', { name: 'report' }],
    ['/report/2022', { name: 'report', period: '2022' }],
    ['/about/figures', { name: 'aboutFigures' }],
    ['/regions/saone-et-loire', { name: 'region', slug: 'saone-et-loire' }],
    ['/regions/soria/roundtables/new', { name: 'newRoundtable', slug: 'soria' }],
    ['/roundtables/C848431B-1B1B-497E-91F2-42F81D6741FE/edit', { name: 'editRoundtable', id: 'c848431b-1b1b-497e-91f2-42f81d6741fe' }],
    ['/roundtables/42/edit', { name: 'notFound' }],
    [
      '/roundtables/C848431B-1B1B-497E-91F2-42F81D6741FE/participants',
      { name: 'participants', id: 'c848431b-1b1b-497e-91f2-42f81d6741fe' },
    ],
    ['/regions/Soria', { name: 'notFound' }],
  ])('reads %s', (pathname, route) => {
    expect(matchRoute(pathname)).toEqual(route);
  });
});
