import { tableCsv } from '../../../data/table-model';
import { ALL_REGIONS, buildResultsGrid } from '../results-grid';
import { resultsTable } from '../results-table';
import { ONSITE_SHARE, PROJECT_RESULTS, ROUNDTABLES_HELD, result } from './fixtures';

describe('the results grid', () => {
  const grid = buildResultsGrid(PROJECT_RESULTS, [ROUNDTABLES_HELD, ONSITE_SHARE], 'SIRA', 'All regions', 'en');

  it('puts all regions first, then the regions by name, and the indicators in reporting order', () => {
    expect(grid.regions).toEqual([
      { key: ALL_REGIONS, slug: null, name: 'All regions' },
      { key: 'soria', slug: 'soria', name: 'Soria' },
      { key: 'teruel', slug: 'teruel', name: 'Teruel' },
    ]);
    expect(grid.indicators.map((indicator) => indicator.code)).toEqual(['ROUNDTABLES_HELD', 'ONSITE_SHARE']);
    expect(grid.cell('soria', 'ROUNDTABLES_HELD')).toMatchObject({ value: { min: 1, max: 1 }, target: 4, status: 'OFF_TRACK' });
    expect(grid.cell(ALL_REGIONS, 'ROUNDTABLES_HELD')?.target).toBe(40);
  });

  it('reads the cells region by region, as the table shows them', () => {
    expect(grid.rows.map((row) => `${row.region?.slug ?? '*'} ${row.indicator.code}`)).toEqual([
      '* ROUNDTABLES_HELD',
      '* ONSITE_SHARE',
      'soria ROUNDTABLES_HELD',
      'soria ONSITE_SHARE',
      'teruel ROUNDTABLES_HELD',
      'teruel ONSITE_SHARE',
    ]);
  });

  it('shows only the chosen period, and leaves out indicators it has no result for', () => {
    const rows = [...PROJECT_RESULTS, result({ indicator: { code: 'ROUNDTABLES_HELD' }, period: { code: '2022' } })];
    const year = buildResultsGrid(rows, [ROUNDTABLES_HELD, ONSITE_SHARE], '2022', 'All regions', 'en');
    expect(year.rows).toHaveLength(1);
    expect(year.indicators.map((indicator) => indicator.code)).toEqual(['ROUNDTABLES_HELD']);
  });

  const withheld = {
    header: 'Withheld counts',
    labels: { SMALL_COUNT: 'Fewer than 5', PROTECTS_SMALL_COUNT: 'Withheld to protect a small count', NOT_PUBLISHED: 'Not published' },
  };

  const notes = {
    header: 'Notes',
    words: { noRecords: 'No records', noCategory: 'No stakeholder category recorded', noChallenge: 'No challenge recorded' },
  };

  it('downloads exactly those cells, an unknown value empty and a share as a fraction', () => {
    expect(tableCsv(resultsTable(grid.rows, grid.indicators, 'All regions', withheld, notes))).toBe(
      [
        'indicator_code,indicator,unit,region_slug,region,period,period_start,period_end,value_min,value_max,withheld,baseline,target,target_origin,progress_min,progress_max,expected_progress,status,record_count,unknown_records,Notes',
        'ROUNDTABLES_HELD,Roundtables held,COUNT,,All regions,SIRA,2021-01-01,2023-03-31,1,1,,0,40,SUM_OF_REGIONS,0.025,0.025,1,OFF_TRACK,1,0,',
        `ONSITE_SHARE,Share attending in person,SHARE,,All regions,SIRA,2021-01-01,2023-03-31,${3 / 21},${3 / 21},,,,NONE,,,,NO_TARGET,1,0,`,
        'ROUNDTABLES_HELD,Roundtables held,COUNT,soria,Soria,SIRA,2021-01-01,2023-03-31,1,1,,0,4,DEFAULT,0.25,0.25,1,OFF_TRACK,1,0,',
        `ONSITE_SHARE,Share attending in person,SHARE,soria,Soria,SIRA,2021-01-01,2023-03-31,${3 / 21},${3 / 21},,,,NONE,,,,NO_TARGET,1,0,`,
        // Teruel held no roundtable: the API's 0 and the off-track status judged on it are no figure of Teruel.
        'ROUNDTABLES_HELD,Roundtables held,COUNT,teruel,Teruel,SIRA,2021-01-01,2023-03-31,,,,0,4,DEFAULT,,,1,NO_RECORDS,0,0,No records',
        'ONSITE_SHARE,Share attending in person,SHARE,teruel,Teruel,SIRA,2021-01-01,2023-03-31,,,,,,NONE,,,,NO_RECORDS,0,0,No records',
        '',
      ].join('\r\n'),
    );
  });

  it('says in its notes that roundtables record no challenge, keeping their count of 0', () => {
    const challenges = { ...ROUNDTABLES_HELD, code: 'CHALLENGES_RAISED', label: 'Participation barriers raised' };
    const rows = [
      result({
        indicator: { code: 'CHALLENGES_RAISED' },
        period: { code: 'SIRA' },
        region: { slug: 'teruel', name: 'Teruel' },
        recordCount: 3,
      }),
    ];
    const [, line] = tableCsv(resultsTable(rows, [challenges], 'All regions', withheld, notes)).split('\r\n');
    expect(line).toBe(
      'CHALLENGES_RAISED,Participation barriers raised,COUNT,teruel,Teruel,SIRA,2021-01-01,2023-03-31,0,0,,,,NONE,,,,NO_TARGET,3,0,No challenge recorded',
    );
  });

  it('gives a withheld value as the API names it, and in a last column with its reason in words', () => {
    const rows = [
      result({
        indicator: { code: 'ONSITE_SHARE' },
        period: { code: 'SIRA' },
        region: { slug: 'soria', name: 'Soria' },
        value: null,
        withheld: 'SMALL_COUNT',
        status: 'WITHHELD',
      }),
    ];
    const [header, line] = tableCsv(resultsTable(rows, [ONSITE_SHARE], 'All regions', withheld, notes)).split('\r\n');
    expect(header?.split(',').slice(8, 11)).toEqual(['value_min', 'value_max', 'withheld']);
    expect(header?.split(',').at(-1)).toBe('Withheld counts');
    expect(line?.split(',').slice(8, 11)).toEqual(['', '', 'SMALL_COUNT']);
    expect(line?.split(',').at(-1)).toBe('value: Fewer than 5');
  });
});
