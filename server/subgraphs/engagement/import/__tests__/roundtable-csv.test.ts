import { type ErrorText, errorMessageIn } from '../../../../core/errors';
import { withLanguage } from '../../../../core/request-language';
import { contentFromInput, type RoundtableSnapshot } from '../../roundtable/roundtable-content';
import { RoundtableFormat } from '../../roundtable/roundtable-format';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, readImportFile } from '../import-file';
import { problemsSaid } from '../import-problems';
import { columnProblem } from '../problem-columns';
import { cellsFromRecord, ROUNDTABLE_CSV_COLUMNS, recordFromCells, recordFromContent } from '../roundtable-csv';
import { inputFromRecord, overExisting } from '../row-content';

const HEADER = ROUNDTABLE_CSV_COLUMNS.join(',');
/** Problems as an English reader gets them: each text said. */
const inEnglish = <T extends { text: ErrorText }>(problems: readonly T[]) =>
  problems.map(({ text, ...problem }) => ({ ...problem, message: errorMessageIn(text) }));
const said = <T extends { text: ErrorText }>(problem: T) => inEnglish([problem])[0];
const SORIA_3 = [
  'soria',
  '3',
  '2021-11-24',
  'hybrid',
  '',
  '21',
  '',
  '18',
  '3',
  '',
  'REGIONAL_AUTHORITY;NGO;NEWCOMER',
  'PUBLIC_SPEAKING;LANGUAGE',
  'https://example.org/soria-roundtable-3',
];
const withCells = (changes: Partial<Record<(typeof ROUNDTABLE_CSV_COLUMNS)[number], string>>) =>
  ROUNDTABLE_CSV_COLUMNS.map((column, index) => changes[column] ?? (SORIA_3[index] as string));

describe('a roundtable CSV row', () => {
  it('reads every column, with empty cells as unknown', () => {
    expect(recordFromCells(SORIA_3)).toEqual({
      record: {
        region: 'soria',
        number: 3,
        date: '2021-11-24',
        format: RoundtableFormat.HYBRID,
        durationMinutes: null,
        participants: 21,
        participantsMax: null,
        online: 18,
        onsite: 3,
        organisations: null,
        categories: ['REGIONAL_AUTHORITY', 'NGO', 'NEWCOMER'],
        challenges: ['PUBLIC_SPEAKING', 'LANGUAGE'],
        sourceUrl: 'https://example.org/soria-roundtable-3',
      },
      problems: [],
    });
  });

  it('takes the format in any case, trims cells and ignores empty list entries', () => {
    const { record, problems } = recordFromCells(withCells({ format: ' ONSITE ', participants: ' 9 ', categories: 'NGO; ;VOLUNTEER;' }));
    expect(problems).toEqual([]);
    expect(record).toMatchObject({ format: 'ONSITE', participants: 9, categories: ['NGO', 'VOLUNTEER'] });
  });

  it('names every cell it cannot read, and reads the rest', () => {
    const { record, problems } = recordFromCells(
      withCells({
        region: '',
        number: 'three',
        date: '2021-02-30',
        format: 'zoom',
        participants: '-4',
        online: '1.5',
      }),
    );
    expect(inEnglish(problems)).toEqual([
      { column: 'region', message: 'is required: the region slug, e.g. soria' },
      { column: 'number', message: 'must be a whole number such as 21, or empty when unknown; got "three"' },
      { column: 'date', message: 'must be a real date written YYYY-MM-DD, e.g. 2021-11-24; got "2021-02-30"' },
      { column: 'format', message: 'must be online, onsite or hybrid, or empty when it was not published; got "zoom"' },
      { column: 'participants', message: 'must be a whole number such as 21, or empty when unknown; got "-4"' },
      { column: 'online', message: 'must be a whole number such as 21, or empty when unknown; got "1.5"' },
    ]);
    expect(record).toMatchObject({ number: 0, format: null, participants: null, online: null, onsite: 3 });
  });

  it("requires a number, reads every count it can read exactly, and leaves their limits to the form's rules", () => {
    expect(inEnglish(recordFromCells(withCells({ number: '', participants: '9999999999999999' })).problems)).toEqual([
      { column: 'number', message: "is required: the roundtable's number in its region, 1 for the first" },
      { column: 'participants', message: 'must be a whole number of at most 15 digits; got "9999999999999999"' },
    ]);
    const { record, problems } = recordFromCells(withCells({ participants: '2000000000', organisations: '000010001' }));
    expect(problems).toEqual([]);
    expect(record).toMatchObject({ participants: 2_000_000_000, organisations: 10_001 });
  });

  it('writes back the cells it read, in the same order', () => {
    expect(cellsFromRecord(recordFromCells(SORIA_3).record)).toEqual(SORIA_3);
  });
});

describe('a row as roundtable content', () => {
  const source = {
    title: 'Imported from https://example.org/soria-roundtable-3',
    url: 'https://example.org/soria-roundtable-3',
    publisher: null,
  };

  it('maps a range to participants/participants_max and an exact count to min = max', () => {
    const range = contentFromInput(
      inputFromRecord(recordFromCells(withCells({ participants: '9', participants_max: '16' })).record, source),
    );
    expect(range.attendance).toEqual({
      totalMin: 9,
      totalMax: 16,
      onlineMin: 18,
      onlineMax: 18,
      onsiteMin: 3,
      onsiteMax: 3,
      organisations: null,
    });
    const exact = contentFromInput(inputFromRecord(recordFromCells(SORIA_3).record, source));
    expect(exact).toMatchObject({
      regionSlug: 'soria',
      number: 3,
      format: 'HYBRID',
      attendance: { totalMin: 21, totalMax: 21 },
      categories: [
        { code: 'REGIONAL_AUTHORITY', participantsMin: null, participantsMax: null },
        { code: 'NGO', participantsMin: null, participantsMax: null },
        { code: 'NEWCOMER', participantsMin: null, participantsMax: null },
      ],
      challenges: [
        { code: 'PUBLIC_SPEAKING', note: null },
        { code: 'LANGUAGE', note: null },
      ],
      sources: [source],
    });
  });

  it('records no attendance at all when every count is empty', () => {
    const empty = withCells({ participants: '', online: '', onsite: '' });
    expect(contentFromInput(inputFromRecord(recordFromCells(empty).record, source)).attendance).toBeNull();
  });

  it('reads back from content what the row said, categories in a stable order', () => {
    const content = contentFromInput(
      inputFromRecord(recordFromCells(withCells({ participants: '9', participants_max: '16' })).record, source),
    );
    expect(cellsFromRecord(recordFromContent(content, source.url))).toEqual(
      withCells({ participants: '9', participants_max: '16', categories: 'NEWCOMER;NGO;REGIONAL_AUTHORITY' }),
    );
  });

  const existing: RoundtableSnapshot = {
    id: '00000000-0000-4000-8000-000000000003',
    version: 2,
    reviewState: 'SUBMITTED',
    reviewComment: null,
    regionSlug: 'soria',
    number: 3,
    date: '2021-11-24',
    format: 'HYBRID',
    durationMinutes: null,
    theme: "Migrants' participation",
    illustrative: false,
    attendance: { totalMin: 21, totalMax: 21, onlineMin: 18, onlineMax: 18, onsiteMin: 3, onsiteMax: 3, organisations: null },
    categories: [
      { code: 'NGO', participantsMin: 4, participantsMax: 4 },
      { code: 'VOLUNTEER', participantsMin: 2, participantsMax: 2 },
    ],
    challenges: [{ code: 'LANGUAGE', note: 'Insecure about their Spanish.' }],
    insights: ['Offer both options.'],
    interests: ['Entrepreneurship'],
    organisers: [{ organisation: 'iom-spain', role: 'ORGANISER' }],
    sources: [{ title: 'Third roundtable in Soria', url: null, publisher: 'ICMC Europe' }],
  };

  it('over an existing roundtable, keeps what a CSV cannot say and cites the row source first', () => {
    const row = contentFromInput(inputFromRecord(recordFromCells(SORIA_3).record, source));
    expect(overExisting(row, existing)).toEqual({
      ...row,
      theme: "Migrants' participation",
      insights: ['Offer both options.'],
      interests: ['Entrepreneurship'],
      organisers: [{ organisation: 'iom-spain', role: 'ORGANISER' }],
      categories: [
        { code: 'REGIONAL_AUTHORITY', participantsMin: null, participantsMax: null },
        { code: 'NGO', participantsMin: 4, participantsMax: 4 },
        { code: 'NEWCOMER', participantsMin: null, participantsMax: null },
      ],
      challenges: [
        { code: 'PUBLIC_SPEAKING', note: null },
        { code: 'LANGUAGE', note: 'Insecure about their Spanish.' },
      ],
      sources: [source, { title: 'Third roundtable in Soria', url: null, publisher: 'ICMC Europe' }],
    });
  });

  it('keeps the notes of a challenge mentioned twice, mention by mention', () => {
    const twice = { ...existing, challenges: [...existing.challenges, { code: 'LANGUAGE', note: 'Raised again.' }] };
    const row = contentFromInput(inputFromRecord(recordFromCells(withCells({ challenges: 'TRANSPORT;LANGUAGE;LANGUAGE' })).record, source));
    expect(overExisting(row, twice).challenges).toEqual([
      { code: 'TRANSPORT', note: null },
      { code: 'LANGUAGE', note: 'Insecure about their Spanish.' },
      { code: 'LANGUAGE', note: 'Raised again.' },
    ]);
  });

  it('over an existing roundtable, keeps its sources when the row gives none or one it has', () => {
    const withoutSource = contentFromInput(inputFromRecord(recordFromCells(withCells({ source_url: '' })).record, null));
    expect(overExisting(withoutSource, existing).sources).toEqual(existing.sources);
    const cited = { title: 'Minutes', url: 'https://example.org/minutes', publisher: null };
    const twoSources = { ...existing, sources: [existing.sources[0] as (typeof existing.sources)[number], cited] };
    const again = contentFromInput(inputFromRecord(recordFromCells(withCells({ source_url: cited.url })).record, { ...cited, title: 'x' }));
    expect(overExisting(again, twoSources).sources).toEqual([cited, existing.sources[0]]);
  });

  it("names the CSV column of the form's problems", () => {
    const content = overExisting(contentFromInput(inputFromRecord(recordFromCells(SORIA_3).record, source)), existing);
    expect(said(columnProblem({ field: 'attendance.participantsMax', message: 'must be at least participants (21)' }, content))).toEqual({
      column: 'participants_max',
      message: 'must be at least participants (21)',
    });
    expect(columnProblem({ field: 'categories.0.code', message: '"X" is not a stakeholder category' }, content).column).toBe('categories');
    expect(columnProblem({ field: 'sources.0.url', message: 'must be a web address' }, content).column).toBe('source_url');
    expect(columnProblem({ field: 'durationMinutes', message: 'must be at most 1440 minutes (a day)' }, content).column).toBe(
      'duration_minutes',
    );
    expect(
      said(columnProblem({ field: 'categories.1.participants', message: 'cannot exceed the number of participants (3)' }, content)),
    ).toEqual({
      column: 'participants',
      message: 'the NGO count kept from the record cannot exceed the number of participants (3)',
    });
    expect(columnProblem({ field: 'organisers', message: 'iom-spain listed more than once' }, content).column).toBeNull();
  });
});

describe('an import file', () => {
  it('gives its rows with the line each starts on', () => {
    const file = readImportFile(`\uFEFF${HEADER}\r\n${SORIA_3.join(',')}\r\n\r\n${withCells({ number: '4' }).join(',')}\r\n`);
    expect(file.problems).toEqual([]);
    expect(file.rows.map((row) => [row.line, row.cells[1]])).toEqual([
      [2, '3'],
      [4, '4'],
    ]);
  });

  it('refuses another header, listing the columns it expects', () => {
    const file = readImportFile(`${HEADER.replace('participants_max', 'max').replace('region', 'Region')}\n${SORIA_3.join(',')}\n`);
    expect(file.rows).toEqual([]);
    expect(inEnglish(file.problems)).toEqual([
      {
        line: 1,
        column: null,
        message: `The header is not the expected one (missing region, participants_max; not expected "Region", "max"); its first line must be the header, exactly: ${HEADER}`,
      },
    ]);
    expect(inEnglish(readImportFile(`${[...ROUNDTABLE_CSV_COLUMNS].reverse().join(',')}\n`).problems)[0]?.message).toContain(
      'the columns are in another order or repeated',
    );
    expect(inEnglish(readImportFile('').problems)[0]?.message).toBe(
      `The file is empty; its first line must be the header, exactly: ${HEADER}`,
    );
    expect(inEnglish(readImportFile(`${HEADER}\n`).problems)[0]?.message).toContain('no roundtables');
  });

  it(`refuses more than ${MAX_IMPORT_ROWS} rows and more than 2 MB, saying to split the file`, () => {
    const row = `${SORIA_3.join(',')}\n`;
    const tooMany = readImportFile(`${HEADER}\n${row.repeat(MAX_IMPORT_ROWS + 1)}`);
    expect(inEnglish(tooMany.problems)).toEqual([
      {
        line: null,
        column: null,
        message: 'The file has 5,001 roundtables; an import takes at most 5,000. Split it into smaller files and import each.',
      },
    ]);
    expect(readImportFile(`${HEADER}\n${row.repeat(MAX_IMPORT_ROWS)}`).problems).toEqual([]);
    const tooBig = readImportFile(`${HEADER}\n${'x'.repeat(MAX_IMPORT_BYTES)}`);
    expect(inEnglish(tooBig.problems)).toEqual([
      {
        line: null,
        column: null,
        message:
          'The file is over the 2 MB limit (2,049 kB); an import takes at most 2 MB and 5,000 roundtables. Split it into smaller files and import each.',
      },
    ]);
  });

  it('names the line of a row the CSV parser cannot read, and keeps the others', () => {
    const file = readImportFile(`${HEADER}\n${SORIA_3.slice(0, 12).join(',')}\n${withCells({ number: '4' }).join(',')}\n`);
    expect(inEnglish(file.problems)).toEqual([
      { line: 2, column: null, message: 'has 12 fields where the header has 13; a field holding a comma must be quoted' },
    ]);
    expect(file.rows.map((row) => row.line)).toEqual([3]);
  });

  it("says its problems in the reader's language, quoting the file as it is and naming its columns", () => {
    const row = `${SORIA_3.join(',')}\n`;
    const tooMany = readImportFile(`${HEADER}\n${row.repeat(MAX_IMPORT_ROWS + 1)}`);
    const cells = recordFromCells(withCells({ number: 'trzy', format: 'zoom' })).problems.map((problem) => ({ line: 2, ...problem }));
    expect(withLanguage('pl', () => problemsSaid([...tooMany.problems, ...cells]))).toEqual([
      {
        line: null,
        column: null,
        message:
          'Plik zawiera 5001 okrągłych stołów; import obejmuje najwyżej 5000. Podziel go na mniejsze pliki i zaimportuj każdy z nich.',
      },
      { line: 2, column: 'number', message: 'musi być liczbą całkowitą, np. 21, lub pozostać puste, gdy jest nieznane; otrzymano "trzy"' },
      {
        line: 2,
        column: 'format',
        message: 'musi mieć wartość online, onsite lub hybrid albo pozostać puste, gdy format nie został opublikowany; otrzymano "zoom"',
      },
    ]);
    const header = readImportFile(`${HEADER.replace('region', 'Region')}\n`).problems;
    expect(withLanguage('el', () => problemsSaid(header))[0]?.message).toBe(
      `Η κεφαλίδα δεν είναι η αναμενόμενη (λείπουν region· μη αναμενόμενες "Region")· η πρώτη γραμμή πρέπει να είναι η κεφαλίδα, ακριβώς: ${HEADER}`,
    );
  });
});
