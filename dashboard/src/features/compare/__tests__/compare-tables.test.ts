import { formatters } from '../../../app/i18n/format';
import { translator } from '../../../app/i18n/i18n';
import { en, type MessageKey } from '../../../app/i18n/messages/en';
import { es } from '../../../app/i18n/messages/es';
import { buildMatrix } from '../../../data/matrix';
import { displayCell, type TableModel, tableCsv } from '../../../data/table-model';
import { categoryTable, challengeTable } from '../compare-tables';

const i18n = (locale: 'en' | 'es') => {
  const format = formatters(locale);
  return { format, ...translator<MessageKey>(locale === 'en' ? en : es, locale) };
};
const shown = <Row>(model: TableModel<Row>) =>
  model.rows.map((row) => model.columns.filter((column) => !column.csvOnly).map((column) => displayCell(column, row)));

// Isère held no roundtable in scope; Soria raised two challenges; Teruel's three roundtables record none.
const REGIONS = [
  { key: 'isere', label: 'Isère', roundtables: 0 },
  { key: 'soria', label: 'Soria', roundtables: 1 },
  { key: 'teruel', label: 'Teruel', roundtables: 3 },
];
const CHALLENGES = [
  { region: { slug: 'soria' }, challenge: { code: 'LANGUAGE', label: 'Language', position: 1 }, mentions: 1, roundtables: 1 },
  { region: { slug: 'soria' }, challenge: { code: 'TRANSPORT', label: 'Transport', position: 3 }, mentions: 2, roundtables: 1 },
];
const challenges = buildMatrix(
  REGIONS,
  CHALLENGES.map((row) => ({ key: row.challenge.code, label: row.challenge.label, position: row.challenge.position })),
  CHALLENGES.map((row) => ({ region: row.region.slug, item: row.challenge.code, value: row.mentions })),
);

describe('the challenges table of the comparison', () => {
  it('gives each region a row, saying "No records" or "No challenge recorded" where it has no challenge, never 0', () => {
    expect(shown(challengeTable(CHALLENGES, challenges, i18n('en')))).toEqual([
      ['Isère', 'No records', '', ''],
      ['Soria', 'Language', '1', '1'],
      ['Soria', 'Transport', '2', '1'],
      ['Teruel', 'No challenge recorded', '', ''],
    ]);
  });

  it('leaves their counts empty in the CSV and says why, in the reader’s language', () => {
    expect(tableCsv(challengeTable(CHALLENGES, challenges, i18n('es')))).toBe(
      'region,challenge_code,challenge,mentions,roundtables,Notas\r\n' +
        'Isère,,,,,Sin registros\r\n' +
        'Soria,LANGUAGE,Language,1,1,\r\n' +
        'Soria,TRANSPORT,Transport,2,1,\r\n' +
        'Teruel,,,,,Ningún reto registrado\r\n',
    );
  });
});

describe('the stakeholder categories table of the comparison', () => {
  it('says "No stakeholder category recorded" for roundtables that record none, and "No records" for no roundtable', () => {
    const rows = [
      {
        region: { slug: 'soria' },
        category: { code: 'NGO', label: 'NGO', position: 2 },
        roundtables: 1,
        roundtablesUncounted: 0,
        participants: { min: 4, max: 4 },
        withheld: [],
      },
    ];
    const categories = buildMatrix(
      REGIONS,
      rows.map((row) => ({ key: row.category.code, label: row.category.label, position: row.category.position })),
      rows.map((row) => ({ region: row.region.slug, item: row.category.code, value: row.roundtables })),
    );
    const model = categoryTable(rows, categories, i18n('en'));
    expect(shown(model)).toEqual([
      ['Isère', 'No records', '', '', ''],
      ['Soria', 'NGO', '1', '0', '4'],
      ['Teruel', 'No stakeholder category recorded', '', '', ''],
    ]);
    expect(tableCsv(model)).toBe(
      'region,category_code,category,roundtables,roundtables_not_counted,participants_min,participants_max,Notes\r\n' +
        'Isère,,,,,,,No records\r\n' +
        'Soria,NGO,NGO,1,0,4,4,\r\n' +
        'Teruel,,,,,,,No stakeholder category recorded\r\n',
    );
  });
});
