// The indicators, periods, framework mappings and sourced targets the evaluation schema
// starts with. This is migration data: frozen as first released; later changes are new
// migrations (or edits through the API, which are audited).

interface Period {
  code: string;
  kind: 'PROJECT' | 'YEAR';
  labelEn: string;
  labelEs: string;
  startsOn: string;
  endsOn: string;
  note?: string;
}

export const REPORTING_PERIODS: readonly Period[] = [
  {
    code: 'SIRA',
    kind: 'PROJECT',
    labelEn: 'Share SIRA project (2021–2023)',
    labelEs: 'Proyecto Share SIRA (2021–2023)',
    startsOn: '2021-01-01',
    endsOn: '2023-03-31',
    note: 'The project ran from January 2021 into early 2023; its last day is not published, so 31 March 2023 is assumed.',
  },
  { code: '2021', kind: 'YEAR', labelEn: '2021', labelEs: '2021', startsOn: '2021-01-01', endsOn: '2021-12-31' },
  { code: '2022', kind: 'YEAR', labelEn: '2022', labelEs: '2022', startsOn: '2022-01-01', endsOn: '2022-12-31' },
  {
    code: '2023',
    kind: 'YEAR',
    labelEn: '2023 (to March)',
    labelEs: '2023 (hasta marzo)',
    startsOn: '2023-01-01',
    endsOn: '2023-03-31',
    note: 'Only the months the project ran.',
  },
];

interface BuiltInIndicator {
  code: string;
  labelEn: string;
  labelEs: string;
  descriptionEn: string;
  descriptionEs: string;
  unit: 'COUNT' | 'SHARE';
  direction: 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER';
  numerator: string;
  denominator?: string;
  timeAggregation: 'CUMULATIVE' | 'PER_PERIOD';
  regionAggregation: 'SUM' | 'RECOMPUTED';
}

export const BUILT_IN_INDICATORS: readonly BuiltInIndicator[] = [
  {
    code: 'ROUNDTABLES_HELD',
    labelEn: 'Roundtables held',
    labelEs: 'Mesas redondas celebradas',
    descriptionEn: 'Roundtables of the regional platform that took place and are recorded, each counted once.',
    descriptionEs: 'Mesas redondas de la plataforma regional celebradas y registradas, cada una contada una vez.',
    unit: 'COUNT',
    direction: 'HIGHER_IS_BETTER',
    numerator: 'ROUNDTABLES',
    timeAggregation: 'CUMULATIVE',
    regionAggregation: 'SUM',
  },
  {
    code: 'PARTICIPANTS',
    labelEn: 'Participants (attendances)',
    labelEs: 'Participantes (asistencias)',
    descriptionEn:
      'People at each roundtable, added over roundtables: someone who attended two roundtables counts twice, because published figures are per roundtable. A range where a figure was published as one.',
    descriptionEs:
      'Personas en cada mesa redonda, sumadas entre mesas: quien asistió a dos cuenta dos veces, porque las cifras publicadas son por mesa. Un rango cuando la cifra se publicó así.',
    unit: 'COUNT',
    direction: 'HIGHER_IS_BETTER',
    numerator: 'PARTICIPANTS',
    timeAggregation: 'CUMULATIVE',
    regionAggregation: 'SUM',
  },
  {
    code: 'NEWCOMER_PARTICIPANTS',
    labelEn: 'Newcomer participants (attendances)',
    labelEs: 'Participantes personas migrantes y refugiadas (asistencias)',
    descriptionEn:
      'Attendances by refugees and migrants taking part in their own name. Known only where participant records exist; other roundtables are counted as unknown, never as 0.',
    descriptionEs:
      'Asistencias de personas refugiadas y migrantes a título propio. Solo se conocen donde hay registros de participantes; las demás mesas cuentan como desconocidas, nunca como 0.',
    unit: 'COUNT',
    direction: 'HIGHER_IS_BETTER',
    numerator: 'NEWCOMER_PARTICIPANTS',
    timeAggregation: 'CUMULATIVE',
    regionAggregation: 'SUM',
  },
  {
    code: 'ONSITE_SHARE',
    labelEn: 'Share attending in person',
    labelEs: 'Proporción presencial',
    descriptionEn:
      'Attendances in person over attendances whose mode is known, recomputed from the counts for every region and period (never an average of shares).',
    descriptionEs:
      'Asistencias presenciales sobre las asistencias de modalidad conocida, recalculada con los recuentos para cada región y periodo (nunca una media de proporciones).',
    unit: 'SHARE',
    direction: 'HIGHER_IS_BETTER',
    numerator: 'ONSITE_PARTICIPANTS',
    denominator: 'KNOWN_MODE_PARTICIPANTS',
    timeAggregation: 'PER_PERIOD',
    regionAggregation: 'RECOMPUTED',
  },
  {
    code: 'CATEGORIES_REPRESENTED',
    labelEn: 'Stakeholder categories represented',
    labelEs: 'Categorías de actores representadas',
    descriptionEn: 'Distinct stakeholder categories present at the roundtables, each counted once over the period and regions.',
    descriptionEs: 'Categorías de actores distintas presentes en las mesas, cada una contada una vez en el periodo y las regiones.',
    unit: 'COUNT',
    direction: 'HIGHER_IS_BETTER',
    numerator: 'CATEGORIES_REPRESENTED',
    timeAggregation: 'PER_PERIOD',
    regionAggregation: 'RECOMPUTED',
  },
  {
    code: 'ORGANISATIONS_ENGAGED',
    labelEn: 'Organisations engaged',
    labelEs: 'Organizaciones implicadas',
    descriptionEn: 'Distinct organisations named as organiser or supporter of a roundtable, each counted once over the period and regions.',
    descriptionEs:
      'Organizaciones distintas que organizan o apoyan una mesa redonda, cada una contada una vez en el periodo y las regiones.',
    unit: 'COUNT',
    direction: 'HIGHER_IS_BETTER',
    numerator: 'ORGANISATIONS_ENGAGED',
    timeAggregation: 'PER_PERIOD',
    regionAggregation: 'RECOMPUTED',
  },
  {
    code: 'CHALLENGES_RAISED',
    labelEn: 'Participation barriers raised',
    labelEs: 'Barreras a la participación planteadas',
    descriptionEn: 'Challenges raised at roundtables, one per challenge per roundtable: the evidence base for pilot actions.',
    descriptionEs: 'Retos planteados en las mesas, uno por reto y mesa: la base de las acciones piloto.',
    unit: 'COUNT',
    direction: 'HIGHER_IS_BETTER',
    numerator: 'CHALLENGE_MENTIONS',
    timeAggregation: 'CUMULATIVE',
    regionAggregation: 'SUM',
  },
];

const VERIFY_AMIF = 'Official wording to be checked against Regulation (EU) 2021/1147, Annex VIII, before reporting.';
const VERIFY_ESF = 'Official wording to be checked against Regulation (EU) 2021/1057, Annex I, before reporting.';

export const FRAMEWORK_MAPPINGS = [
  {
    indicator: 'PARTICIPANTS',
    framework: 'AMIF',
    externalCode: 'O.2.3',
    officialLabel: 'Number of participants supported',
    relation: 'CONTRIBUTES_TO',
    note: `Ours counts attendances, AMIF counts persons: report distinct persons where participant records allow. ${VERIFY_AMIF}`,
  },
  {
    indicator: 'ORGANISATIONS_ENGAGED',
    framework: 'AMIF',
    externalCode: 'O.2.2',
    officialLabel: 'Number of local and regional authorities supported to implement integration measures',
    relation: 'PROXY',
    note: `Ours counts every organisation that organised or supported a roundtable, not only authorities. ${VERIFY_AMIF}`,
  },
  {
    indicator: 'NEWCOMER_PARTICIPANTS',
    framework: 'ESF_PLUS',
    externalCode: 'Annex I 1.1',
    officialLabel: 'Third-country nationals',
    relation: 'PROXY',
    note: `Newcomers here are refugees and migrants taking part in their own name; nationality is not recorded. ${VERIFY_ESF}`,
  },
  {
    indicator: 'PARTICIPANTS',
    framework: 'ESF_PLUS',
    externalCode: 'Annex I 1.1 (total)',
    officialLabel: 'Total number of participants',
    relation: 'CONTRIBUTES_TO',
    note: `Ours counts attendances, not persons. ${VERIFY_ESF}`,
  },
  ...[
    'ROUNDTABLES_HELD',
    'PARTICIPANTS',
    'NEWCOMER_PARTICIPANTS',
    'CATEGORIES_REPRESENTED',
    'ORGANISATIONS_ENGAGED',
    'CHALLENGES_RAISED',
  ].map((indicator) => ({
    indicator,
    framework: 'IATI',
    externalCode: 'measure:1',
    officialLabel: 'Unit',
    relation: 'EXACT',
    note: 'IATI IndicatorMeasure codelist: reported as a number of units.',
  })),
  {
    indicator: 'ONSITE_SHARE',
    framework: 'IATI',
    externalCode: 'measure:2',
    officialLabel: 'Percentage',
    relation: 'EXACT',
    note: 'IATI IndicatorMeasure codelist: reported as a percentage (this share × 100).',
  },
] as const;

export const SOURCED_TARGETS = [
  {
    indicator: 'ROUNDTABLES_HELD',
    period: 'SIRA',
    baseline: 0,
    target: 4,
    source: 'guadalajara-roundtable-1-article; soria-roundtable-3-article',
    note: 'Each platform meets four times: Guadalajara held its first roundtable and "will gather on three more occasions over the course of 2021/2022"; Soria held its third and "will gather on one more occasion in 2022". The platforms were set up by the project, so the baseline is 0.',
  },
] as const;
