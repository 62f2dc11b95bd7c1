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

  'quality.outliers.title': 'Figures far from their usual',
  'quality.outliers.intro':
    'A roundtable’s figure is flagged when it is far from the median of its region’s roundtables, or of the whole project’s: a modified z-score beyond 3.5 unless the server is set otherwise. Only exact figures make a median, and a region needs five of them. A range is flagged only when every value it allows is that far; an unknown figure never is. A reviewer marks each one checked, or for its coordinator to follow up; a mark holds until the figure changes.',
  'quality.outliers.measure': 'Figure',
  'quality.outliers.anyMeasure': 'Every figure',
  'quality.outliers.status': 'Review status',
  'quality.outliers.anyStatus': 'Any status',
  'quality.outliers.status.UNREVIEWED': 'Not reviewed',
  'quality.outliers.status.CHECKED': 'Checked',
  'quality.outliers.status.FOLLOW_UP': 'Follow-up',
  'quality.outliers.followUps': 'Follow-ups',
  'quality.outliers.markedBy': 'by {who}, {when}',
  'quality.outliers.column.value': 'Value',
  'quality.outliers.column.distance': 'Farthest score',
  'quality.outliers.column.regionMedian': 'Region’s median',
  'quality.outliers.column.regionScore': 'Score in region',
  'quality.outliers.column.projectMedian': 'Project’s median',
  'quality.outliers.column.projectScore': 'Score in project',
  'quality.outliers.column.comment': 'Comment',
  'quality.outliers.column.mark': 'Mark',
  'quality.outliers.check': 'Checked…',
  'quality.outliers.followUp': 'Follow up…',
  'quality.outliers.which': '{measure} of roundtable {number}, {region}',
  'quality.outliers.dialog.CHECKED.title': 'Mark the {measure} of roundtable {number}, {region}, as checked?',
  'quality.outliers.dialog.CHECKED.question':
    'Its value, {value}, is far from its usual. Say how you know it is right: your comment is kept in the roundtable’s history, and the mark holds until the value changes.',
  'quality.outliers.dialog.CHECKED.confirm': 'Mark it checked',
  'quality.outliers.dialog.FOLLOW_UP.title': 'Ask for a follow-up on the {measure} of roundtable {number}, {region}?',
  'quality.outliers.dialog.FOLLOW_UP.question':
    'Its value, {value}, is far from its usual. The coordinator of {region} sees it among the follow-ups: say what to look at. Your comment is kept in the roundtable’s history.',
  'quality.outliers.dialog.FOLLOW_UP.confirm': 'Ask for a follow-up',
  'quality.outliers.dialog.comment': 'Comment (required)',
  'quality.outliers.dialog.commentRequired': 'Say why: the coordinator and later reviewers read it.',
  'quality.outliers.done.CHECKED': 'Marked checked: the {measure} of roundtable {number}, {region}.',
  'quality.outliers.done.FOLLOW_UP': 'Follow-up asked: the {measure} of roundtable {number}, {region}.',
  'quality.outliers.reload': 'Reload the flagged figures',
  'quality.outliers.file': 'figures-far-from-usual',
};

export type QualityKey = keyof typeof qualityEn;
