/** Lists of form rows, changed without touching the other rows. */
export const updateRow = <Row extends { key: string }>(rows: readonly Row[], key: string, patch: Partial<Row>): Row[] =>
  rows.map((row) => (row.key === key ? { ...row, ...patch } : row));

export const removeRow = <Row extends { key: string }>(rows: readonly Row[], key: string): Row[] => rows.filter((row) => row.key !== key);
