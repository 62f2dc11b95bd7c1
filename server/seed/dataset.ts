/**
 * The shape of a data set to load: regions and organisations for geography, sources and
 * roundtables for engagement. The published data set and the illustrative generator both
 * produce one.
 */
export interface RegionSeed {
  slug: string;
  name: string;
  country: string;
  nutsCode?: string;
  nutsLevel?: number;
  urbanRuralType?: 'PREDOMINANTLY_URBAN' | 'INTERMEDIATE' | 'PREDOMINANTLY_RURAL';
  adminRegion?: string;
  identityVerified?: boolean;
  identityNote?: string;
}

export interface OrganisationSeed {
  slug: string;
  name: string;
  category: string;
  region?: string;
  migrantLed?: boolean;
}

export interface SourceSeed {
  ref: string;
  title: string;
  publisher?: string;
  url?: string;
  publishedOn?: string;
}

/** A count as published: exact, a range, or absent when unknown. */
export type CountSeed = number | { min: number; max: number };

export interface ParticipantSeed {
  pseudonym: string;
  category: string;
  newcomer: boolean;
  gender?: string;
  ageBand?: string;
  organisation?: string;
  /** Roundtable numbers (in the participant's region) attended, with the mode. */
  attended: { number: number; mode: 'ONLINE' | 'ONSITE' }[];
}

export interface RoundtableSeed {
  region: string;
  number: number;
  date: string;
  format?: 'ONLINE' | 'ONSITE' | 'HYBRID';
  durationMinutes?: number;
  theme?: string;
  /** Ref of the source that every figure of this roundtable comes from. */
  source: string;
  organisers?: { organisation: string; role: 'ORGANISER' | 'SUPPORTER' }[];
  attendance?: { total?: CountSeed; online?: CountSeed; onsite?: CountSeed; organisations?: number };
  categories?: { code: string; participants?: CountSeed }[];
  challenges?: { code: string; note?: string }[];
  insights?: string[];
  interests?: string[];
  /** Where the record stands in review; APPROVED when not given, as a published record is. */
  reviewState?: 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'RETURNED';
  /** The reviewer's comment, which a RETURNED record always has. */
  reviewComment?: string;
}

export interface DataSet {
  illustrative: boolean;
  regions: RegionSeed[];
  organisations: OrganisationSeed[];
  sources: SourceSeed[];
  roundtables: RoundtableSeed[];
  participants?: (ParticipantSeed & { region: string })[];
}
