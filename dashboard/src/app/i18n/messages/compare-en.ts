// Texts of the comparison of regions (the compare page, and the report's comparison), loaded with
// those pages rather than with the first view. Every other language must translate each key (the
// type checks it); 'compare.attendance' and its description are in en.ts, for the overview's chart.
export const compareEn = {
  'compare.title': 'Compare regions',
  'compare.intro': 'Attendance, stakeholder categories and challenges, side by side for the regions chosen.',
  'compare.categories': 'Stakeholder categories present, per region (roundtables)',
  'compare.categoriesDescription': 'For each stakeholder category, the number of roundtables in each region where it was present.',
  'compare.challenges': 'Challenges raised, region × challenge (mentions)',
  'compare.challengesDescription': 'Each cell is the number of times a challenge was raised in a region; empty means never recorded.',
  'compare.limited':
    'Showing the {shown} regions with the most roundtables out of {total}; choose regions in the filters to compare others.',
};

export type CompareKey = keyof typeof compareEn;
