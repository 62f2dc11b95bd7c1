import { inputOf, missingCells, newRow, participantCode, problemsByRow, problemsOfNoRow, type SheetRow, withRowAfter } from '../sheet-rows';

const row = (patch: Partial<SheetRow> = {}): SheetRow => ({ ...newRow(undefined, null), ...patch });

describe('the attendance sheet', () => {
  it('starts a new row with the category, newcomer status and mode of the row before, and nothing that says who a person is', () => {
    const before = row({
      category: 'NEWCOMER',
      newcomer: true,
      gender: 'FEMALE',
      ageBand: 'AGE_25_34',
      organisation: 'cepaim',
      mode: 'ONLINE',
    });
    const next = newRow(before, null);
    expect(next).toEqual({
      key: expect.any(String),
      category: 'NEWCOMER',
      newcomer: true,
      gender: '',
      ageBand: '',
      organisation: '',
      mode: 'ONLINE',
    });
    expect(next.key).not.toBe(before.key);
    // A roundtable held in one mode gives every row that mode.
    expect(newRow(before, 'ONSITE').mode).toBe('ONSITE');
    expect(newRow(undefined, null)).toMatchObject({ category: '', newcomer: false, mode: '' });
  });

  it('adds a row after the one Enter was pressed in, or at the end', () => {
    const [a, b, c] = [row({ category: 'NGO' }), row({ category: 'VOLUNTEER' }), row({ category: 'STUDENT' })] as SheetRow[];
    const rows = [a, b, c] as SheetRow[];
    const afterA = withRowAfter(rows, a?.key, null);
    expect(afterA.map((r) => r.category)).toEqual(['NGO', 'NGO', 'VOLUNTEER', 'STUDENT']);
    expect(withRowAfter(rows, undefined, null).map((r) => r.category)).toEqual(['NGO', 'VOLUNTEER', 'STUDENT', 'STUDENT']);
    expect(withRowAfter([], undefined, 'ONLINE')).toEqual([expect.objectContaining({ category: '', mode: 'ONLINE' })]);
  });

  it('sends a row as a participant of the region at this roundtable, an empty choice as not recorded', () => {
    const sent = inputOf(row({ category: 'NGO', mode: 'ONSITE' }), 'soria', 'rt-1');
    expect(sent).toEqual({
      region: 'soria',
      category: 'NGO',
      newcomer: false,
      gender: null,
      ageBand: null,
      organisation: null,
      participations: [{ roundtableId: 'rt-1', mode: 'ONSITE' }],
    });
  });

  it('asks for the category and the mode before sending', () => {
    const complete = row({ category: 'NGO', mode: 'ONLINE' });
    const incomplete = row();
    expect(missingCells([complete, incomplete], 'is required')).toEqual(
      new Map([[incomplete.key, { category: ['is required'], mode: ['is required'] }]]),
    );
  });

  it("puts the API's problems on the row and cell they name, and keeps the others apart", () => {
    const rows = [row(), row(), row(), row()];
    const problems = [
      { field: 'participants.3.category', message: '"ALIENS" is not a stakeholder category' },
      { field: 'participants.1.participations.0.mode', message: 'it was held ONSITE' },
      { field: 'participants.1.region', message: 'not a region' },
      { field: 'participants', message: 'must list at least one participant' },
    ];
    expect(problemsByRow(rows, problems)).toEqual(
      new Map([
        [rows[3]?.key, { category: ['"ALIENS" is not a stakeholder category'] }],
        [rows[1]?.key, { mode: ['it was held ONSITE'], row: ['not a region'] }],
      ]),
    );
    expect(problemsOfNoRow(problems)).toEqual([{ field: 'participants', message: 'must list at least one participant' }]);
  });

  it('names a participant by a short code from its id, which says nothing about the person', () => {
    expect(participantCode('1a2b3c4d-0000-4000-8000-000000000000')).toBe('P-1A2B3C4D');
  });
});
