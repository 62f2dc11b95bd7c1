import type { CountSeed, DataSet, OrganisationSeed, ParticipantSeed, RegionSeed, RoundtableSeed, SourceSeed } from '../dataset';
import { PUBLISHED_DATASET } from '../published-dataset';
import { Random } from './random';

export interface IllustrativeOptions {
  seed?: number | string;
  regions?: number;
  roundtablesPerRegion?: number;
  participantsPerRegion?: number;
  /** Probability that a participant attends a given roundtable that has participant records. */
  attendanceRate?: number;
}

type Settings = Required<IllustrativeOptions>;
type Format = NonNullable<RoundtableSeed['format']>;
type Mode = ParticipantSeed['attended'][number]['mode'];
type Attendance = NonNullable<RoundtableSeed['attendance']>;
type Participant = ParticipantSeed & { region: string };

const DEFAULTS: Settings = { seed: 1, regions: 10, roundtablesPerRegion: 4, participantsPerRegion: 40, attendanceRate: 0.5 };

export const ILLUSTRATIVE_SOURCE_TITLE = 'Illustrative data (generated, not a real record)';
const EXTRA_REGION_COUNTRIES = ['ES', 'FR', 'PL', 'GR'] as const;
const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2021, 1, 1) / DAY_MS;
const LAST_DAY = Date.UTC(2022, 11, 15) / DAY_MS;
const DURATIONS = [60, 90, 120, 150, 180] as const;

// The stakeholder taxonomy in its published order, which published category lists follow.
const TAXONOMY = [
  'REGIONAL_AUTHORITY',
  'LOCAL_AUTHORITY',
  'POLITICAL_REPRESENTATIVE',
  'CIVIL_SOCIETY',
  'NGO',
  'INTERNATIONAL_ORGANISATION',
  'MIGRANT_LED_ORGANISATION',
  'VOLUNTEER',
  'LOCAL_CITIZEN',
  'STUDENT',
  'COMMUNITY_AGENCY',
  'NEWCOMER',
  'OTHER',
];

// Names for the organisation-like categories; the others are people taking part in their own name.
const ORGANISATION_KINDS: Readonly<Record<string, string>> = {
  REGIONAL_AUTHORITY: 'regional agency',
  LOCAL_AUTHORITY: 'municipality',
  CIVIL_SOCIETY: 'association',
  NGO: 'NGO',
  INTERNATIONAL_ORGANISATION: 'international organisation',
  MIGRANT_LED_ORGANISATION: 'migrant-led association',
  COMMUNITY_AGENCY: 'community agency',
};
const ORGANISATION_CATEGORIES = Object.keys(ORGANISATION_KINDS);

// Newcomers dominate because the platforms exist for them; the rest follows the published lists.
const PARTICIPANT_CATEGORIES: readonly (readonly [string, number])[] = [
  ['NEWCOMER', 35],
  ['NGO', 10],
  ['CIVIL_SOCIETY', 8],
  ['LOCAL_AUTHORITY', 8],
  ['LOCAL_CITIZEN', 8],
  ['MIGRANT_LED_ORGANISATION', 6],
  ['VOLUNTEER', 6],
  ['REGIONAL_AUTHORITY', 5],
  ['STUDENT', 4],
  ['COMMUNITY_AGENCY', 4],
  ['INTERNATIONAL_ORGANISATION', 2],
  ['POLITICAL_REPRESENTATIVE', 2],
  ['OTHER', 2],
];

const GENDERS: readonly (readonly [string, number])[] = [
  ['FEMALE', 46],
  ['MALE', 44],
  ['NON_BINARY', 3],
  ['UNDISCLOSED', 7],
];
const AGE_BANDS: readonly (readonly [string, number])[] = [
  ['UNDER_18', 3],
  ['AGE_18_24', 14],
  ['AGE_25_34', 28],
  ['AGE_35_49', 30],
  ['AGE_50_64', 18],
  ['AGE_65_PLUS', 7],
];

const THEMES = [
  'Access to housing for newcomers in rural areas',
  'Language learning and everyday communication',
  'Employment and recognition of skills',
  'Participation of newcomers in local associations',
  'Access to public services and information',
  'Welcoming communities and local volunteering',
] as const;

const CHALLENGE_NOTES: Readonly<Record<string, readonly string[]>> = {
  LANGUAGE: ['Participants were unsure of their level of the local language.', 'Interpretation was not always available.'],
  PUBLIC_SPEAKING: ['Some participants did not feel comfortable speaking in a group.'],
  TRANSPORT: ['Few transport options to reach the venue.', 'The venue was far from where most newcomers live.'],
  DIGITAL_GAP: ['Some participants had no device or internet connection.'],
  TIME_SCHEDULE: ['The meeting clashed with working hours.', 'Little time left beside work and care duties.'],
  HOUSING: ['Housing problems took priority over taking part.'],
  ACCESS_TO_SERVICES: ['Services are hard to reach from smaller towns.'],
  FUNDING: ['No budget to cover travel or childcare costs.'],
  COMMUNICATION: ['The invitation did not reach everyone concerned.'],
  CHILDCARE: ['No one to look after children during the meeting.'],
  OTHER: ['A barrier specific to this meeting.'],
};
const CHALLENGE_CODES = Object.keys(CHALLENGE_NOTES);

const INSIGHTS = [
  'Meeting in small groups made it easier for newcomers to speak.',
  'Local associations are a good entry point for newcomers.',
  'Offering both online and onsite attendance helped more people take part.',
  'Continuity between meetings builds trust among participants.',
] as const;

const INTERESTS = [
  'Intercultural community activities',
  'Employment and entrepreneurship',
  'Language exchange',
  'Access to housing',
  'Volunteering opportunities',
] as const;

/**
 * Generates an illustrative data set: made-up roundtables, participants and figures in the
 * shape of the published ones, for trying the API and its analytics at any size. The same
 * options always give the same data set. Each region draws from its own generator, so
 * asking for more regions leaves the first ones unchanged.
 */
export function generateIllustrativeDataset(options: IllustrativeOptions = {}): DataSet {
  const settings = resolveSettings(options);
  const root = Random.from(settings.seed);
  const data: DataSet & { participants: Participant[] } = {
    illustrative: true,
    regions: [],
    organisations: [],
    sources: [],
    roundtables: [],
    participants: [],
  };
  for (let index = 0; index < settings.regions; index++) {
    const region = regionAt(index);
    const rng = root.fork(`region/${region.slug}`);
    const organisations = makeOrganisations(region, rng.fork('organisations'));
    const source = sourceFor(region);
    const { roundtables, recorded } = makeRoundtables(region, source, organisations, settings, rng.fork('roundtables'));
    setReviewStates(roundtables, rng.fork('review'));
    const participants = makeParticipants(region, organisations, settings.participantsPerRegion, rng.fork('participants'));
    attendRoundtables(participants, recorded, settings.attendanceRate, rng.fork('attendance'));
    data.regions.push(region);
    data.sources.push(source);
    appendAll(data.organisations, organisations);
    appendAll(data.roundtables, roundtables);
    appendAll(data.participants, participants);
  }
  return data;
}

function resolveSettings(options: IllustrativeOptions): Settings {
  const settings: Settings = {
    seed: options.seed ?? DEFAULTS.seed,
    regions: options.regions ?? DEFAULTS.regions,
    roundtablesPerRegion: options.roundtablesPerRegion ?? DEFAULTS.roundtablesPerRegion,
    participantsPerRegion: options.participantsPerRegion ?? DEFAULTS.participantsPerRegion,
    attendanceRate: options.attendanceRate ?? DEFAULTS.attendanceRate,
  };
  for (const key of ['regions', 'roundtablesPerRegion', 'participantsPerRegion'] as const) {
    if (!Number.isInteger(settings[key]) || settings[key] < 0) throw new RangeError(`${key} must be a whole number >= 0`);
  }
  if (!(settings.attendanceRate >= 0 && settings.attendanceRate <= 1)) throw new RangeError('attendanceRate must be between 0 and 1');
  return settings;
}

// Spreading large arrays into push() overflows the call stack at scale.
function appendAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

function regionAt(index: number): RegionSeed {
  const published = PUBLISHED_DATASET.regions[index];
  // A copy, so that whoever changes the generated set cannot change the published one.
  if (published) return { ...published };
  const n = index + 1;
  const extra = index - PUBLISHED_DATASET.regions.length;
  return {
    slug: `illustrative-region-${String(n).padStart(4, '0')}`,
    name: `Illustrative region ${n}`,
    country: EXTRA_REGION_COUNTRIES[extra % EXTRA_REGION_COUNTRIES.length] as string,
    identityNote: 'Generated region; not a real territory.',
  };
}

function sourceFor(region: RegionSeed): SourceSeed {
  return { ref: `illustrative-${region.slug}`, title: ILLUSTRATIVE_SOURCE_TITLE };
}

function makeOrganisations(region: RegionSeed, rng: Random): OrganisationSeed[] {
  return Array.from({ length: rng.int(3, 5) }, (_, i) => {
    const category = rng.pick(ORGANISATION_CATEGORIES);
    return {
      slug: `illustrative-org-${region.slug}-${i + 1}`,
      name: `Illustrative ${ORGANISATION_KINDS[category]} ${i + 1} (${region.name})`,
      category,
      region: region.slug,
      migrantLed: category === 'MIGRANT_LED_ORGANISATION',
    };
  });
}

// Which roundtables carry participant records rather than published-style figures: about half.
function recordNumbers(count: number, participantsPerRegion: number, rng: Random): Set<number> {
  if (participantsPerRegion === 0) return new Set();
  const half = Math.floor(count / 2) + (count % 2 === 1 && rng.chance(0.5) ? 1 : 0);
  const numbers = Array.from({ length: count }, (_, i) => i + 1);
  return new Set(rng.sample(numbers, half));
}

function makeRoundtables(
  region: RegionSeed,
  source: SourceSeed,
  organisations: readonly OrganisationSeed[],
  settings: Settings,
  rng: Random,
): { roundtables: RoundtableSeed[]; recorded: RoundtableSeed[] } {
  const count = settings.roundtablesPerRegion;
  const withRecords = recordNumbers(count, settings.participantsPerRegion, rng);
  const dates = roundtableDates(count, rng);
  const typicalSize =
    settings.participantsPerRegion > 0 ? Math.max(1, Math.round(settings.participantsPerRegion * settings.attendanceRate)) : 20;
  const roundtables = dates.map((date, i) => {
    const number = i + 1;
    const format = pickFormat((i + 0.5) / count, rng);
    const roundtable: RoundtableSeed = {
      region: region.slug,
      number,
      date,
      format,
      durationMinutes: rng.chance(0.3) ? undefined : rng.pick(DURATIONS),
      theme: rng.chance(0.1) ? undefined : rng.pick(THEMES),
      source: source.ref,
      organisers: pickOrganisers(organisations, rng),
      challenges: pickChallenges(rng),
      insights: rng.sample(INSIGHTS, rng.int(0, 2)),
      interests: rng.sample(INTERESTS, rng.int(0, 2)),
    };
    // Recorded roundtables get no published figures: their attendance comes from the records.
    if (!withRecords.has(number)) addPublishedFigures(roundtable, typicalSize, rng);
    return roundtable;
  });
  return { roundtables, recorded: roundtables.filter((rt) => withRecords.has(rt.number)) };
}

/**
 * Where each roundtable stands in review, as on a platform some months into its project: the
 * older ones approved (a few still waiting), the two latest of each region anywhere in review.
 */
const RETURN_COMMENTS = [
  'The attendance does not match the sign-in sheet: please check the total.',
  'Online and onsite add up to more than the total; correct one of them.',
  'Which organisations co-organised it? The minutes name two more.',
];

function setReviewStates(roundtables: RoundtableSeed[], rng: Random): void {
  for (const [index, roundtable] of roundtables.entries()) {
    const latest = index >= roundtables.length - 2;
    const draw = rng.next();
    if (latest) {
      roundtable.reviewState = draw < 0.4 ? 'APPROVED' : draw < 0.7 ? 'SUBMITTED' : draw < 0.85 ? 'DRAFT' : 'RETURNED';
      if (roundtable.reviewState === 'RETURNED') roundtable.reviewComment = rng.pick(RETURN_COMMENTS);
    } else {
      roundtable.reviewState = draw < 0.95 ? 'APPROVED' : 'SUBMITTED';
    }
  }
}

/**
 * Dates from FIRST_DAY to LAST_DAY in order: each roundtable gets its own slice of the
 * period and a random day in it, so dates never go backwards and differ while there are
 * fewer roundtables than days.
 */
function roundtableDates(count: number, rng: Random): string[] {
  const span = LAST_DAY - FIRST_DAY + 1;
  return Array.from({ length: count }, (_, i) => {
    const from = FIRST_DAY + Math.floor((i * span) / count);
    const to = Math.max(from, FIRST_DAY + Math.floor(((i + 1) * span) / count) - 1);
    return isoDate(rng.int(from, to));
  });
}

function isoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

// Early meetings lean online and later ones onsite, as they did after the pandemic restrictions.
function pickFormat(progress: number, rng: Random): Format | undefined {
  return rng.weighted<Format | undefined>([
    ['ONLINE', 0.5 + 3 * (1 - progress)],
    ['ONSITE', 0.5 + 3 * progress],
    ['HYBRID', 1.5],
    [undefined, 0.8],
  ]);
}

function pickOrganisers(organisations: readonly OrganisationSeed[], rng: Random): RoundtableSeed['organisers'] {
  return rng.sample(organisations, rng.int(1, 3)).map((organisation, i) => ({
    organisation: organisation.slug,
    role: i === 0 || rng.chance(0.3) ? 'ORGANISER' : 'SUPPORTER',
  }));
}

function pickChallenges(rng: Random): RoundtableSeed['challenges'] {
  return rng.sample(CHALLENGE_CODES, rng.int(0, 4)).map((code) => {
    const notes = CHALLENGE_NOTES[code] ?? [];
    return notes.length > 0 && rng.chance(0.8) ? { code, note: rng.pick(notes) } : { code };
  });
}

function addPublishedFigures(roundtable: RoundtableSeed, typicalSize: number, rng: Random): void {
  const size = Math.max(1, Math.round(typicalSize * (0.6 + 0.8 * rng.next())));
  const attendance = publishedAttendance(roundtable.format, size, rng);
  if (attendance) roundtable.attendance = attendance;
  roundtable.categories = publishedCategories(attendance?.total ?? size, rng);
}

function publishedAttendance(format: Format | undefined, size: number, rng: Random): Attendance | undefined {
  switch (
    rng.weighted<'exact' | 'range' | 'split' | 'unknown'>([
      ['exact', 35],
      ['range', 20],
      ['split', 25],
      ['unknown', 20],
    ])
  ) {
    case 'exact':
      return rng.chance(0.3) ? { total: size, organisations: rng.int(1, Math.max(1, Math.ceil(size / 2))) } : { total: size };
    case 'split':
      return { total: size, ...splitByFormat(format, size, rng) };
    case 'range':
      return rangeAttendance(format, size, rng);
    case 'unknown':
      return undefined;
  }
}

// A published range ("between 15 and 20 people"), sometimes with the split of a head count inside it.
function rangeAttendance(format: Format | undefined, size: number, rng: Random): Attendance {
  const min = Math.max(0, size - rng.int(1, Math.max(1, Math.round(size * 0.3))));
  const max = size + rng.int(0, Math.max(1, Math.round(size * 0.2)));
  const total = { min, max };
  return rng.chance(0.3) ? { total, ...splitByFormat(format, rng.int(min, max), rng) } : { total };
}

/** Online and onsite counts adding up to total, with nothing in a mode the format rules out. */
function splitByFormat(format: Format | undefined, total: number, rng: Random): { online: number; onsite: number } {
  let online: number;
  if (format === 'ONLINE') online = total;
  else if (format === 'ONSITE') online = 0;
  else if (format === 'HYBRID' && total >= 2) online = rng.int(1, total - 1);
  else online = rng.int(0, total);
  return { online, onsite: total - online };
}

/**
 * Categories present, as published lists give them; sometimes with counts that never add
 * up to more than the head count (ranges end at the drawn count for the same reason).
 */
function publishedCategories(total: CountSeed, rng: Random): NonNullable<RoundtableSeed['categories']> {
  const headCount = typeof total === 'number' ? total : total.min;
  const codes = rng.sample(TAXONOMY, rng.int(1, Math.max(1, Math.min(8, headCount)))).sort(byTaxonomyPosition);
  if (headCount < codes.length || !rng.chance(0.35)) return codes.map((code) => ({ code }));
  const counts = partition(headCount, codes.length, rng);
  return codes.map((code, i) => {
    const count = counts[i] as number;
    const low = Math.max(1, count - rng.int(0, 3));
    return { code, participants: low < count && rng.chance(0.2) ? { min: low, max: count } : count };
  });
}

/** parts counts of at least 1 whose sum is at most total (total >= parts). */
function partition(total: number, parts: number, rng: Random): number[] {
  const weights = Array.from({ length: parts }, () => rng.next() + 0.1);
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => 1 + Math.floor(((total - parts) * w) / sum));
}

function byTaxonomyPosition(a: string, b: string): number {
  return TAXONOMY.indexOf(a) - TAXONOMY.indexOf(b);
}

function makeParticipants(region: RegionSeed, organisations: readonly OrganisationSeed[], count: number, rng: Random): Participant[] {
  const participants: Participant[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const category = rng.weighted(PARTICIPANT_CATEGORIES);
    const participant: Participant = {
      pseudonym: `P-${String(i + 1).padStart(6, '0')}`,
      region: region.slug,
      category,
      newcomer: category === 'NEWCOMER' || (category === 'MIGRANT_LED_ORGANISATION' && rng.chance(0.6)),
      attended: [],
    };
    if (rng.chance(0.85)) participant.gender = rng.weighted(GENDERS);
    if (rng.chance(0.8)) participant.ageBand = rng.weighted(AGE_BANDS);
    const organisation = participantOrganisation(category, organisations, rng);
    if (organisation) participant.organisation = organisation;
    participants[i] = participant;
  }
  return participants;
}

// People of an organisation-like category mostly come for an organisation of that category.
function participantOrganisation(category: string, organisations: readonly OrganisationSeed[], rng: Random): string | undefined {
  if (!(category in ORGANISATION_KINDS)) return rng.chance(0.1) ? rng.pick(organisations).slug : undefined;
  const sameCategory = organisations.filter((o) => o.category === category);
  if (sameCategory.length > 0 && rng.chance(0.8)) return rng.pick(sameCategory).slug;
  return rng.chance(0.4) ? rng.pick(organisations).slug : undefined;
}

/**
 * Each participant attends each recorded roundtable with probability rate, in a mode the
 * format allows. A roundtable nobody drew still gets one attendee: a roundtable with records
 * but no one in them would read as attended by nobody. Roundtables come in number order, so
 * every participant's list ends up in number order too.
 */
function attendRoundtables(participants: Participant[], roundtables: readonly RoundtableSeed[], rate: number, rng: Random): void {
  if (participants.length === 0) return;
  // Some people prefer joining online, others coming in person, when they have the choice.
  const onlineLeaning = participants.map(() => rng.next());
  for (const roundtable of roundtables) {
    let attendees = 0;
    for (let i = 0; i < participants.length; i++) {
      if (!rng.chance(rate)) continue;
      (participants[i] as Participant).attended.push({
        number: roundtable.number,
        mode: modeFor(roundtable.format, onlineLeaning[i] as number, rng),
      });
      attendees++;
    }
    if (attendees === 0) {
      const i = rng.int(0, participants.length - 1);
      (participants[i] as Participant).attended.push({
        number: roundtable.number,
        mode: modeFor(roundtable.format, onlineLeaning[i] as number, rng),
      });
    }
  }
}

function modeFor(format: Format | undefined, onlineLeaning: number, rng: Random): Mode {
  if (format === 'ONLINE' || format === 'ONSITE') return format;
  return rng.chance(onlineLeaning) ? 'ONLINE' : 'ONSITE';
}
