import type { CountSeed, DataSet, RoundtableSeed } from '../../dataset';
import { PUBLISHED_DATASET } from '../../published-dataset';
import { generateIllustrativeDataset } from '../generate-illustrative';
import { Random } from '../random';

// Copied from the migrations on purpose: a change to either side has to be made knowingly.
const STAKEHOLDER_CATEGORIES = [
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
const CHALLENGES = [
  'LANGUAGE',
  'PUBLIC_SPEAKING',
  'TRANSPORT',
  'DIGITAL_GAP',
  'TIME_SCHEDULE',
  'HOUSING',
  'ACCESS_TO_SERVICES',
  'FUNDING',
  'COMMUNICATION',
  'CHILDCARE',
  'OTHER',
];
const GENDERS = ['FEMALE', 'MALE', 'NON_BINARY', 'UNDISCLOSED'];
const AGE_BANDS = ['UNDER_18', 'AGE_18_24', 'AGE_25_34', 'AGE_35_49', 'AGE_50_64', 'AGE_65_PLUS'];
const FORMATS = ['ONLINE', 'ONSITE', 'HYBRID'];
const MODES = ['ONLINE', 'ONSITE'];
const ROLES = ['ORGANISER', 'SUPPORTER'];
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const COUNTRY = /^[A-Z]{2}$/;
const PSEUDONYM = /^P-\d{6,}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const low = (count: CountSeed) => (typeof count === 'number' ? count : count.min);
const high = (count: CountSeed) => (typeof count === 'number' ? count : count.max);
const key = (region: string, number: number) => `${region}#${number}`;
const participationsOf = (data: DataSet) => (data.participants ?? []).reduce((n, p) => n + p.attended.length, 0);
const duplicates = (values: string[]) => values.filter((v, i) => values.indexOf(v) !== i);

function isValidDate(text: string): boolean {
  return ISO_DATE.test(text) && new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) === text;
}

describe('generateIllustrativeDataset', () => {
  const data = generateIllustrativeDataset({ regions: 25 });
  const participants = data.participants ?? [];
  const roundtableByKey = new Map(data.roundtables.map((rt) => [key(rt.region, rt.number), rt]));
  const recorded = (rt: RoundtableSeed) => rt.attendance === undefined && rt.categories === undefined;

  describe('determinism', () => {
    it('gives the same data set for the same options', () => {
      expect(generateIllustrativeDataset({ seed: 'abc', regions: 12 })).toEqual(generateIllustrativeDataset({ seed: 'abc', regions: 12 }));
    });

    it('gives a different data set for another seed', () => {
      expect(generateIllustrativeDataset({ seed: 2 })).not.toEqual(generateIllustrativeDataset({ seed: 3 }));
    });

    it('uses seed 1 and 10 regions by default', () => {
      expect(generateIllustrativeDataset({})).toEqual(generateIllustrativeDataset({ seed: 1, regions: 10 }));
      expect(generateIllustrativeDataset({})).not.toEqual(generateIllustrativeDataset({ seed: 2 }));
    });

    it('leaves the first regions unchanged when more are asked for', () => {
      const small = generateIllustrativeDataset({ regions: 3 });
      const inFirstThree = (region: string) => small.regions.some((r) => r.slug === region);
      expect(data.roundtables.filter((rt) => inFirstThree(rt.region))).toEqual(small.roundtables);
      expect(participants.filter((p) => inFirstThree(p.region))).toEqual(small.participants);
    });
  });

  describe('regions, organisations and sources', () => {
    it('is marked illustrative', () => {
      expect(data.illustrative).toBe(true);
      expect(generateIllustrativeDataset({ regions: 1 }).illustrative).toBe(true);
    });

    it('starts with the published regions, then generated ones cycling through four countries', () => {
      expect(data.regions.slice(0, 10)).toEqual(PUBLISHED_DATASET.regions);
      expect(data.regions.slice(10, 15).map((r) => [r.slug, r.name, r.country])).toEqual([
        ['illustrative-region-0011', 'Illustrative region 11', 'ES'],
        ['illustrative-region-0012', 'Illustrative region 12', 'FR'],
        ['illustrative-region-0013', 'Illustrative region 13', 'PL'],
        ['illustrative-region-0014', 'Illustrative region 14', 'GR'],
        ['illustrative-region-0015', 'Illustrative region 15', 'ES'],
      ]);
      expect(generateIllustrativeDataset({ regions: 4 }).regions.map((r) => r.slug)).toEqual(
        PUBLISHED_DATASET.regions.slice(0, 4).map((r) => r.slug),
      );
    });

    it('does not share region objects with the published data set', () => {
      const generated = generateIllustrativeDataset({ regions: 1 });
      (generated.regions[0] as { name: string }).name = 'changed';
      expect(PUBLISHED_DATASET.regions[0]?.name).toBe('Guadalajara');
    });

    it('gives valid, unique region and organisation slugs and valid countries', () => {
      const regionSlugs = data.regions.map((r) => r.slug);
      const organisationSlugs = data.organisations.map((o) => o.slug);
      expect(regionSlugs.filter((s) => !SLUG.test(s))).toEqual([]);
      expect(organisationSlugs.filter((s) => !SLUG.test(s))).toEqual([]);
      expect(duplicates(regionSlugs)).toEqual([]);
      expect(duplicates(organisationSlugs)).toEqual([]);
      expect(data.regions.filter((r) => !COUNTRY.test(r.country))).toEqual([]);
    });

    it('gives every region a few organisations of its own with taxonomy categories', () => {
      for (const region of data.regions) {
        const own = data.organisations.filter((o) => o.region === region.slug);
        expect(own.length).toBeGreaterThanOrEqual(3);
        expect(own.length).toBeLessThanOrEqual(5);
        expect(own.filter((o) => !o.slug.startsWith(`illustrative-org-${region.slug}-`))).toEqual([]);
      }
      expect(data.organisations.filter((o) => !STAKEHOLDER_CATEGORIES.includes(o.category))).toEqual([]);
      expect(data.organisations.filter((o) => !data.regions.some((r) => r.slug === o.region))).toEqual([]);
    });

    it('gives one illustrative source per region, without a url, cited by that region only', () => {
      expect(data.sources).toEqual(
        data.regions.map((r) => ({ ref: `illustrative-${r.slug}`, title: 'Illustrative data (generated, not a real record)' })),
      );
      expect(data.roundtables.filter((rt) => rt.source !== `illustrative-${rt.region}`)).toEqual([]);
    });
  });

  describe('roundtables', () => {
    it("numbers each region's roundtables 1..N", () => {
      for (const region of data.regions) {
        expect(data.roundtables.filter((rt) => rt.region === region.slug).map((rt) => rt.number)).toEqual([1, 2, 3, 4]);
      }
    });

    it('dates them validly, within the period, in order', () => {
      expect(data.roundtables.filter((rt) => !isValidDate(rt.date) || rt.date < '2021-02-01' || rt.date > '2022-12-15')).toEqual([]);
      const many = generateIllustrativeDataset({ regions: 2, roundtablesPerRegion: 60, participantsPerRegion: 5 }).roundtables;
      const backwards = many.filter((rt, i) => {
        const previous = many[i - 1];
        return previous !== undefined && previous.region === rt.region && previous.date >= rt.date;
      });
      expect(backwards).toEqual([]);
    });

    it('keeps dates in order even with more roundtables than days', () => {
      const crowded = generateIllustrativeDataset({ regions: 1, roundtablesPerRegion: 1500, participantsPerRegion: 0 }).roundtables;
      expect(crowded.filter((rt, i) => i > 0 && (crowded[i - 1] as RoundtableSeed).date > rt.date)).toEqual([]);
      expect(crowded.filter((rt) => !isValidDate(rt.date))).toEqual([]);
      expect(crowded[crowded.length - 1]?.date).toBe('2022-12-15');
    });

    it('uses only valid codes', () => {
      const all = generateIllustrativeDataset({ regions: 40 }).roundtables;
      expect(all.filter((rt) => rt.format !== undefined && !FORMATS.includes(rt.format))).toEqual([]);
      expect(all.flatMap((rt) => rt.organisers ?? []).filter((o) => !ROLES.includes(o.role))).toEqual([]);
      expect(all.flatMap((rt) => rt.categories ?? []).filter((c) => !STAKEHOLDER_CATEGORIES.includes(c.code))).toEqual([]);
      expect(all.flatMap((rt) => rt.challenges ?? []).filter((c) => !CHALLENGES.includes(c.code))).toEqual([]);
      expect(
        all.filter((rt) => rt.durationMinutes !== undefined && !(Number.isInteger(rt.durationMinutes) && rt.durationMinutes > 0)),
      ).toEqual([]);
    });

    it('mixes formats, including unknown ones, and leaves some durations unknown', () => {
      const formats = new Set(data.roundtables.map((rt) => rt.format));
      expect(formats).toEqual(new Set(['ONLINE', 'ONSITE', 'HYBRID', undefined]));
      expect(data.roundtables.some((rt) => rt.durationMinutes === undefined)).toBe(true);
      expect(data.roundtables.some((rt) => rt.durationMinutes !== undefined)).toBe(true);
    });

    it("has organisers from the region's own organisations, listed once, led by an organiser", () => {
      for (const rt of data.roundtables) {
        const organisers = rt.organisers ?? [];
        expect(organisers[0]?.role).toBe('ORGANISER');
        expect(duplicates(organisers.map((o) => o.organisation))).toEqual([]);
        const foreign = organisers.filter(
          (o) => !data.organisations.some((org) => org.slug === o.organisation && org.region === rt.region),
        );
        expect(foreign).toEqual([]);
      }
    });

    it('has 0 to 4 distinct challenges and at most 2 insights and interests', () => {
      for (const rt of data.roundtables) {
        const codes = (rt.challenges ?? []).map((c) => c.code);
        expect(codes.length).toBeLessThanOrEqual(4);
        expect(duplicates(codes)).toEqual([]);
        expect((rt.insights ?? []).length).toBeLessThanOrEqual(2);
        expect((rt.interests ?? []).length).toBeLessThanOrEqual(2);
        expect([...(rt.insights ?? []), ...(rt.interests ?? [])].filter((text) => text.trim() === '')).toEqual([]);
      }
      const counts = new Set(data.roundtables.map((rt) => (rt.challenges ?? []).length));
      expect(counts.has(0) && counts.has(4)).toBe(true);
    });

    it('gives roughly half the roundtables participant records and the others published-style figures', () => {
      const withRecords = data.roundtables.filter(recorded).length;
      expect(withRecords).toBeGreaterThanOrEqual(data.roundtables.length * 0.4);
      expect(withRecords).toBeLessThanOrEqual(data.roundtables.length * 0.6);
    });
  });

  describe('published-style attendance', () => {
    const all = generateIllustrativeDataset({ regions: 60 }).roundtables;
    const published = all.filter((rt) => !recorded(rt));

    it('lists the categories present on every roundtable without records', () => {
      expect(published.filter((rt) => (rt.categories ?? []).length === 0)).toEqual([]);
      for (const rt of published) expect(duplicates((rt.categories ?? []).map((c) => c.code))).toEqual([]);
    });

    it('mixes exact totals, ranges, splits, counts and unknown attendance', () => {
      expect(published.some((rt) => typeof rt.attendance?.total === 'number')).toBe(true);
      expect(published.some((rt) => typeof rt.attendance?.total === 'object')).toBe(true);
      expect(published.some((rt) => rt.attendance?.online !== undefined)).toBe(true);
      expect(published.some((rt) => rt.attendance === undefined)).toBe(true);
      expect(published.some((rt) => rt.categories?.some((c) => c.participants !== undefined))).toBe(true);
      expect(published.some((rt) => rt.categories?.some((c) => typeof c.participants === 'object'))).toBe(true);
    });

    it('keeps every range ordered and non-negative', () => {
      const counts = published.flatMap((rt) => {
        const a = rt.attendance ?? {};
        return [a.total, a.online, a.onsite, ...(rt.categories ?? []).map((c) => c.participants)].filter((c) => c !== undefined);
      });
      expect(counts.filter((c) => low(c) < 0 || low(c) > high(c) || !Number.isInteger(low(c)) || !Number.isInteger(high(c)))).toEqual([]);
    });

    it('splits online and onsite within the total, and exactly for exact totals', () => {
      for (const rt of published) {
        const { total, online, onsite } = rt.attendance ?? {};
        if (online === undefined && onsite === undefined) continue;
        expect(total).toBeDefined();
        expect(online).toBeDefined();
        expect(onsite).toBeDefined();
        const [on, off, all] = [online as CountSeed, onsite as CountSeed, total as CountSeed];
        expect(low(on) + low(off)).toBeLessThanOrEqual(high(all));
        if (typeof all === 'number') expect(high(on) + high(off)).toBe(all);
      }
    });

    it('splits in the modes the format allows', () => {
      const split = (format: RoundtableSeed['format']) =>
        published.filter((rt) => rt.format === format && rt.attendance?.online !== undefined);
      expect(split('ONLINE').length).toBeGreaterThan(0);
      expect(split('ONSITE').length).toBeGreaterThan(0);
      expect(split('ONLINE').filter((rt) => high(rt.attendance?.onsite ?? 0) !== 0)).toEqual([]);
      expect(split('ONSITE').filter((rt) => high(rt.attendance?.online ?? 0) !== 0)).toEqual([]);
    });

    it('never counts more people by category, or more organisations, than attended', () => {
      for (const rt of published) {
        const total = rt.attendance?.total;
        if (total === undefined) continue;
        const categories = rt.categories ?? [];
        expect(categories.length).toBeLessThanOrEqual(Math.max(1, high(total)));
        expect(categories.reduce((n, c) => n + (c.participants === undefined ? 0 : high(c.participants)), 0)).toBeLessThanOrEqual(
          high(total),
        );
        expect(rt.attendance?.organisations ?? 0).toBeLessThanOrEqual(high(total));
      }
    });
  });

  describe('participants', () => {
    it('gives each region unique, well-formed pseudonyms', () => {
      for (const region of data.regions) {
        const pseudonyms = participants.filter((p) => p.region === region.slug).map((p) => p.pseudonym);
        expect(pseudonyms).toHaveLength(40);
        expect(pseudonyms.filter((p) => !PSEUDONYM.test(p))).toEqual([]);
        expect(duplicates(pseudonyms)).toEqual([]);
      }
    });

    it('uses only valid codes, with gender and age sometimes unknown', () => {
      expect(participants.filter((p) => !STAKEHOLDER_CATEGORIES.includes(p.category))).toEqual([]);
      expect(participants.filter((p) => p.gender !== undefined && !GENDERS.includes(p.gender))).toEqual([]);
      expect(participants.filter((p) => p.ageBand !== undefined && !AGE_BANDS.includes(p.ageBand))).toEqual([]);
      expect(participants.flatMap((p) => p.attended).filter((a) => !MODES.includes(a.mode))).toEqual([]);
      expect(participants.some((p) => p.gender === undefined) && participants.some((p) => p.ageBand === undefined)).toBe(true);
    });

    it('has newcomers mostly and marks them as such', () => {
      const newcomers = participants.filter((p) => p.category === 'NEWCOMER');
      const mostCommon = Math.max(...STAKEHOLDER_CATEGORIES.map((code) => participants.filter((p) => p.category === code).length));
      expect(newcomers.length).toBe(mostCommon);
      expect(newcomers.filter((p) => !p.newcomer)).toEqual([]);
      expect(participants.filter((p) => p.newcomer && !['NEWCOMER', 'MIGRANT_LED_ORGANISATION'].includes(p.category))).toEqual([]);
    });

    it('links participants only to organisations of their own region', () => {
      const linked = participants.filter((p) => p.organisation !== undefined);
      expect(linked.length).toBeGreaterThan(0);
      expect(linked.filter((p) => !data.organisations.some((o) => o.slug === p.organisation && o.region === p.region))).toEqual([]);
    });

    it("has participants attend only their region's roundtables that have no published figures", () => {
      const wrong = participants.flatMap((p) =>
        p.attended.filter((a) => {
          const rt = roundtableByKey.get(key(p.region, a.number));
          return rt === undefined || !recorded(rt);
        }),
      );
      expect(wrong).toEqual([]);
    });

    it("lists each participant's roundtables once, in order", () => {
      expect(
        participants.filter((p) => p.attended.some((a, i) => i > 0 && (p.attended[i - 1] as { number: number }).number >= a.number)),
      ).toEqual([]);
    });

    it("attends in a mode the roundtable's format allows", () => {
      const modes = (format: RoundtableSeed['format']) =>
        new Set(
          participants.flatMap((p) =>
            p.attended.filter((a) => roundtableByKey.get(key(p.region, a.number))?.format === format).map((a) => a.mode),
          ),
        );
      expect(modes('ONLINE')).toEqual(new Set(['ONLINE']));
      expect(modes('ONSITE')).toEqual(new Set(['ONSITE']));
      expect(modes('HYBRID')).toEqual(new Set(['ONLINE', 'ONSITE']));
    });

    it('has someone at every roundtable with records, even when attendance is unlikely', () => {
      for (const generated of [data, generateIllustrativeDataset({ regions: 5, attendanceRate: 0 })]) {
        const attended = new Set((generated.participants ?? []).flatMap((p) => p.attended.map((a) => key(p.region, a.number))));
        const empty = generated.roundtables.filter((rt) => recorded(rt) && !attended.has(key(rt.region, rt.number)));
        expect(generated.roundtables.some(recorded)).toBe(true);
        expect(empty).toEqual([]);
      }
    });
  });

  describe('size', () => {
    it('scales with the options', () => {
      const options = { regions: 25, roundtablesPerRegion: 6, participantsPerRegion: 30, attendanceRate: 0.3 };
      const scaled = generateIllustrativeDataset(options);
      expect(scaled.regions).toHaveLength(25);
      expect(scaled.sources).toHaveLength(25);
      expect(scaled.roundtables).toHaveLength(25 * 6);
      expect(scaled.participants).toHaveLength(25 * 30);
      const withRecords = scaled.roundtables.filter(recorded).length;
      const expected = options.participantsPerRegion * withRecords * options.attendanceRate;
      expect(participationsOf(scaled)).toBeGreaterThan(expected * 0.85);
      expect(participationsOf(scaled)).toBeLessThan(expected * 1.15);
    });

    it('makes more participations for a higher attendance rate', () => {
      const at = (attendanceRate: number) => participationsOf(generateIllustrativeDataset({ regions: 5, attendanceRate }));
      expect(at(0.9)).toBeGreaterThan(at(0.2) * 3);
    });

    it('scales to a thousand regions with unique, well-formed slugs', () => {
      const wide = generateIllustrativeDataset({ regions: 1000, roundtablesPerRegion: 1, participantsPerRegion: 2 });
      const slugs = wide.regions.map((r) => r.slug);
      expect(slugs).toHaveLength(1000);
      expect(slugs[999]).toBe('illustrative-region-1000');
      expect(new Set(slugs).size).toBe(1000);
      expect(new Set(wide.organisations.map((o) => o.slug)).size).toBe(wide.organisations.length);
      expect(slugs.filter((s) => !SLUG.test(s))).toEqual([]);
    });

    it('makes no participants or records when asked for none, and nothing for no regions', () => {
      const noPeople = generateIllustrativeDataset({ regions: 3, participantsPerRegion: 0 });
      expect(noPeople.participants).toEqual([]);
      expect(noPeople.roundtables.filter(recorded)).toEqual([]);
      expect(generateIllustrativeDataset({ regions: 0 })).toEqual({
        illustrative: true,
        regions: [],
        organisations: [],
        sources: [],
        roundtables: [],
        participants: [],
      });
    });

    it('rejects options it cannot honour', () => {
      expect(() => generateIllustrativeDataset({ regions: -1 })).toThrow(RangeError);
      expect(() => generateIllustrativeDataset({ participantsPerRegion: 1.5 })).toThrow(RangeError);
      expect(() => generateIllustrativeDataset({ attendanceRate: 1.2 })).toThrow(RangeError);
    });
  });
});

describe('Random', () => {
  it('repeats its sequence for the same seed and differs for another', () => {
    const draw = (seed: number | string) => {
      const rng = Random.from(seed);
      return Array.from({ length: 5 }, () => rng.next());
    };
    expect(draw(7)).toEqual(draw('7'));
    expect(draw(7)).not.toEqual(draw(8));
  });

  it('stays within bounds and reaches both ends', () => {
    const rng = Random.from('bounds');
    const ints = Array.from({ length: 2000 }, () => rng.int(-2, 3));
    expect(new Set(ints)).toEqual(new Set([-2, -1, 0, 1, 2, 3]));
    const floats = Array.from({ length: 2000 }, () => rng.next());
    expect(floats.filter((x) => x < 0 || x >= 1)).toEqual([]);
  });

  it('follows chance and weights roughly', () => {
    const rng = Random.from('weights');
    const hits = Array.from({ length: 10_000 }, () => rng.chance(0.25)).filter(Boolean).length;
    expect(hits).toBeGreaterThan(2300);
    expect(hits).toBeLessThan(2700);
    const picks = Array.from({ length: 10_000 }, () =>
      rng.weighted([
        ['a', 1],
        ['b', 3],
        ['never', 0],
      ]),
    );
    expect(picks.filter((p) => p === 'never')).toEqual([]);
    expect(picks.filter((p) => p === 'b').length).toBeGreaterThan(7200);
    expect(picks.filter((p) => p === 'b').length).toBeLessThan(7800);
  });

  it('shuffles into a permutation without touching the input', () => {
    const input = [1, 2, 3, 4, 5, 6, 7, 8];
    const shuffled = Random.from('shuffle').shuffle(input);
    expect(input).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect([...shuffled].sort((a, b) => a - b)).toEqual(input);
    expect(shuffled).not.toEqual(input);
    expect(Random.from('sample').sample(input, 3)).toHaveLength(3);
  });

  it('forks independently of what was drawn', () => {
    const a = Random.from(1);
    const b = Random.from(1);
    b.next();
    expect(a.fork('x').next()).toBe(b.fork('x').next());
    expect(a.fork('x').next()).not.toBe(a.fork('y').next());
  });

  it('refuses empty lists and impossible ranges', () => {
    const rng = Random.from(1);
    expect(() => rng.pick([])).toThrow(RangeError);
    expect(() => rng.int(3, 2)).toThrow(RangeError);
    expect(() => rng.weighted([['a', 0]])).toThrow(RangeError);
  });
});
