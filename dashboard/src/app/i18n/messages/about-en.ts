// Texts of the page that explains how figures are protected, loaded with it rather than with
// the first view. Every other language must translate each key (the type checks it).
export const aboutEn = {
  'about.title': 'How figures are protected',
  'about.intro':
    'Roundtables are small meetings: a count of two or three people could point to someone. So funders and the public, who read the dashboard without working with the records, see a protected publication of the figures about people. The other roles see counts as recorded.',
  'about.publishedTitle': 'What is published',
  'about.published':
    'Counts of people (participants, how they attended, stakeholder categories, the splits of participants) are published for each region and for all regions together, for each reporting period (the whole project and each year) and for all roundtables.',
  'about.notPublished':
    'Everything else is not published: counts of people per roundtable, by format, over other dates than a reporting period, or a part of a part (such as newcomers by gender). That is why funders and the public choose a reporting period in the filters rather than dates.',
  'about.withheldTitle': 'What is withheld',
  'about.small': 'A count of fewer than 5 people is withheld, and so is a range that could be fewer than 5.',
  'about.protect':
    'Withheld as well are enough other figures that no combination of published figures gives a withheld count back: not two overlapping periods (a year against the whole project), not all regions minus one, not a total minus its other parts, not a share times a total, nor the downloads put side by side.',
  'about.readingTitle': 'How a withheld figure reads',
  'about.reading':
    'A withheld figure is never shown as 0 or as unknown. It reads with its reason, in the dashboard, its tables, the report and every download:',
  'about.trueTitle': 'What is shown is what was recorded',
  'about.true':
    'Every figure shown equals what was recorded or published: nothing is rounded, shifted or made up to protect it, it is withheld instead. A range stays a range, and an unknown figure is marked unknown.',
  'about.downloads':
    'In CSV and spreadsheet files a withheld count is an empty cell, never 0, and a column names each withheld count of the row with its reason; the IATI file gives the reason of each withheld value. The same figure has the same value and the same reason in the dashboard, the API and every file.',
  'about.rolesTitle': 'Who sees what',
  'about.roles':
    'Administrators, regional coordinators, analysts and evaluators see counts as recorded. Funders and anyone not signed in see the protected publication, and never participant records or free-text notes.',
  'about.back': 'Back to the overview',
  'publication.behind':
    'Counts of people as of {asOf}. Records changed since then are being published; the figures will update on their own.',
  'publication.caughtUp': 'Figures updated: counts of people as of {asOf}.',
} as const;

export type AboutKey = keyof typeof aboutEn;
