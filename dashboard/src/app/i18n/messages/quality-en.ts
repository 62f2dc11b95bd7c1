// Texts of the Data quality page, loaded with it rather than with the first view. Every other
// language must translate each key (the type checks it). Keys are grouped by the page's sections.
export const qualityEn = {
  'quality.title': 'Data quality',
  'quality.intro':
    'What waits for review, what the validation rules warn about, figures far from their usual, and how complete each region’s records are. Every list is paged, sortable and can be downloaded whole.',
  'quality.notAllowed':
    'Data quality is for administrators, evaluators, analysts and coordinators (their own regions). Sign in with such an account.',
  'quality.contents': 'On this page',

  'quality.table.rows': 'Rows {from}–{to} of {total}',
  'quality.table.none': 'Nothing to list under these filters.',
  'quality.table.previous': 'Previous page',
  'quality.table.next': 'Next page',
  'quality.table.pageSize': 'Rows per page',
  'quality.table.sortBy': 'Sort by {column}',
  'quality.table.sortedAscending': 'sorted ascending',
  'quality.table.sortedDescending': 'sorted descending',
  'quality.table.csv': 'Download all (CSV)',
  'quality.table.xlsx': 'Download all (XLSX)',
  'quality.table.exporting': 'Preparing the file: {done} of {total} rows…',
  'quality.table.exportFailed': 'The file could not be made: {message}',

  'quality.review.title': 'Records by review state',
  'quality.review.intro': 'Roundtables in the chosen review states, in the regions you may see.',
  'quality.review.states': 'Review states shown',
  'quality.review.column.state': 'Review state',
  'quality.review.column.submittedAt': 'Submitted',
  'quality.review.column.comment': 'Reviewer’s comment',
  'quality.review.notSubmitted': 'not submitted',
  'quality.review.submittedUnknown': 'not known',
  'quality.review.file': 'roundtables-by-review-state',
};

export type QualityKey = keyof typeof qualityEn;
