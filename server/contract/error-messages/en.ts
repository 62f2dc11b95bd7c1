/**
 * The API's refusals in English: what the client did and what to do instead. ICU MessageFormat:
 * `{name}` is an argument; `{kind, select, ...}` and `{count, plural, ...}` choose words, so each
 * language can decline and agree them its own way. Codes, roles, slugs and field names stay as
 * the API spells them. An apostrophe before `{`, `}` or `#` would start a quotation: write it twice ('') there.
 * Every other language's file has these keys (the type checks it), with the same arguments
 * (`contract/__tests__/error-messages.test.ts`).
 */
export const en = {
  // The request itself (core/http.ts, core/execution/, core/explorer/, gateway/)
  parametersTooDeep: 'The variables or extensions are nested deeper than {levels} levels.',
  bodyTooDeep: 'The request body is nested deeper than {levels} levels.',
  bodyTooLarge: 'The request body is larger than {megabytes} MB; send less at once.',
  bodyNotJson: 'The request body is not valid JSON.',
  noOperationNamed: 'The document has no operation named "{name}".',
  severalOperations: 'The document holds several operations: name the one to run in operationName.',
  noSubscriptions: 'Subscriptions are not served; ask with a query.',
  introspectionOff: 'Introspection is off (GRAPHQL_EXPLORER=off); set GRAPHQL_EXPLORER=on to turn it on, with the in-browser explorer.',
  introspectionOffInProduction:
    'Introspection is off in production (NODE_ENV=production); set GRAPHQL_EXPLORER=on to turn it on, with the in-browser explorer. The schema is also published in schema/supergraph.graphql.',
  queryTooLong: 'This query is {value, number} bytes long; the limit is {max, number}. Send a shorter query, with the values in variables.',
  queryTooDeep: 'This query nests {value} levels deep; the limit is {max}. Ask for fewer nested fields.',
  tooManyAliases: 'This query uses {value, number} aliases; the limit is {max, number}. Split it into several requests.',
  queryTooCostly:
    'This query costs {value, number} (each field counts 1, and what a list field selects counts {listFactor} times); the limit is {max, number}. Ask for fewer fields or fewer nested lists, or split it into several requests.',
  representationKeyMissing: 'Representation {index} ({typename}) needs {fields} as a string or a number.',
  unknownRepresentation: 'Representation {index} names no entity this service resolves (__typename {typename}).',

  // What did not answer (core/errors.ts, gateway/)
  databaseUnavailable: 'Temporarily unavailable: the database did not answer in time. Try again in a few seconds.',
  accountsUnavailable: 'Temporarily unavailable: the accounts database did not answer in time. Try again in a few seconds.',
  serviceNotAnswering: 'The {service} service is not answering; try again shortly.',
  internalError: 'Internal error; quote {errorId} when reporting it.',

  // Signing in (core/auth/)
  badAuthorizationHeader: 'The Authorization header must read "Bearer <token>".',
  signInExpired: 'Your sign-in has expired; sign in again.',
  tokenNotValid: 'The sign-in token is not valid here; sign in again.',
  tokenWithoutExpiry:
    'The sign-in token has no expiry time (exp), and this server accepts only tokens that expire; sign in again, or make one with `pnpm sira token`.',
  tokenLivesTooLong:
    'The sign-in token is valid for {hours} hours, longer than the {maxHours} hours this server accepts (TOKEN_MAX_LIFETIME_HOURS); sign in again, or make a shorter one with `pnpm sira token --hours`.',
  tokenUnknownRole: 'The sign-in token names no role this server knows; ask for a new one.',
  tokenBadRegions: 'The sign-in token lists regions that are not region slugs; ask for a new one.',
  coordinatorTokenWithoutRegions: 'A coordinator token must name the regions it may edit; ask for a new one.',
  sessionEnded:
    'Your sign-in has ended: you signed out, your account was deactivated or its role changed, or an administrator ended it. Sign in again.',
  csrfHeaderMissing:
    'A request signed in by the session cookie must carry the header {header} (any value), which a page on another site cannot add; the dashboard sends it. Scripts send "Authorization: Bearer <token>" instead.',

  // Who may do what
  notYourRegion: 'You coordinate {regions}; {region} is not one of your regions.',
  notYourRegions: 'You coordinate {regions}; {others} {count, plural, one {is not one} other {are not}} of your regions.',
  roleCannotChangeRecords:
    "{role, select, ADMIN {An ADMIN} ANALYST {An ANALYST} EVALUATOR {An EVALUATOR} other {A {role}}} user cannot change records; ask an ADMIN or the region's COORDINATOR.",
  acrossRegionsAdminOnly:
    'Organisation {slug} works across regions, so only an ADMIN may change it; {role, select, ADMIN {an ADMIN} ANALYST {an ANALYST} EVALUATOR {an EVALUATOR} other {a {role}}} user cannot.',
  reviewersOnly:
    '{step, select, recordReview {Approving, returning and reopening records} periodClosure {Closing and reopening reporting periods} other {Marking a flagged figure checked or for follow-up}} is for reviewers: ADMIN and EVALUATOR users.',
  taxonomyAdminOnly:
    "The taxonomy's labels are the same for every region, so only an ADMIN may change them; {role, select, ADMIN {an ADMIN} ANALYST {an ANALYST} EVALUATOR {an EVALUATOR} other {a {role}}} user cannot.",
  auditReadersOnly: 'The audit trail is for ADMIN, ANALYST and EVALUATOR users; sign in with one of those roles.',
  historyOfOwnRegions: 'A coordinator reads the history of its own regions: ask with region set to {regions}.',
  organisationHistoryAcrossRegions:
    "A coordinator reads the history of its own regions' organisations ({regions}); {slug} works across regions.",
  organisationHistoryElsewhere: "A coordinator reads the history of its own regions' organisations ({regions}); {slug} is in {region}.",
  dataQualityForRecorders:
    'FUNDER and PUBLIC see approved records only; {list, select, ruleFindings {rule findings} outliers {figures far from their usual} other {completeness figures}} are for the roles that record and check them.',
  reviewForRecorders: 'FUNDER and PUBLIC see approved records only; review is for the roles that record and check them.',
  participantRecordsHidden:
    'Participant records are shown only to {withRecords}; {aggregates} see aggregates (attendanceMix, stakeholderMix) with small counts suppressed.',
  importForEditors:
    'Importing {records, select, participants {participants} other {roundtables}} is for ADMIN users and the COORDINATORs of regions; {role, select, ADMIN {an ADMIN} ANALYST {an ANALYST} EVALUATOR {an EVALUATOR} other {a {role}}} user cannot change records.',
  exportForRecorders:
    'The roundtables CSV gives every count as recorded, small ones included; it is for ADMIN, COORDINATOR, ANALYST and EVALUATOR users. The dashboard and the analytics queries give the aggregates.',
  targetsSetByEvaluators: 'Baselines and targets are set by EVALUATOR and ADMIN users; a {role} user can read them but not change them.',
  adminsOnly:
    "{task, select, userList {The list of users} userHistory {The history of users} invite {Inviting users} changeRole {Changing a user's role} deactivate {Deactivating users} reactivate {Reactivating users} other {Making password links}} is for ADMIN users; ask one.",

  // Bad input
  pleaseCorrect: 'Please correct: {problems}.',
  notADate: '{field} must be a date written YYYY-MM-DD, e.g. 2021-11-24; got "{value}".',
  notCountryCodes: '{field} takes ISO 3166-1 alpha-2 codes such as "ES"; these are not: {codes}.',
  filterFromAfterTo: 'filter.from ({from}) is after filter.to ({to}); swap them or widen the period.',
  rankingLimitOutOfRange:
    'limit is {limit}; a ranking shows 1 to {max} regions and sums the rest in others. Ask for {max} or fewer, or for the whole list without a ranking.',
  unknownRegions: 'Unknown region {regions} in filter.regions; known regions: {known}.',
  noRegionInCountries: 'No region in country {countries} (filter.countries); countries with regions: {known}.',
  unknownIndicators: 'Unknown indicator {codes} in {field}; known indicators: {known}.',
  unknownPeriods: 'Unknown reporting period {codes} in {field}; known periods: {known}.',
  unknownPeriodsAsked: 'Unknown reporting period {codes} in periods; the periods are {known}.',
  unknownTaxonomyEntry:
    'Unknown {kind, select, challenge {challenge} indicator {indicator} period {reporting period} other {stakeholder category}} "{code}"; known: {known}.',
  unknownRule: 'ruleCode "{code}" is not a rule; known: {known}.',
  noReportingPeriod: 'There is no reporting period {period}; the periods are {known}.',
  notARoundtableId: 'roundtableId must be a roundtable id (a UUID); got "{id}".',
  notARecordId: '{field} must be a record id (a UUID); got "{id}".',
  notAResultId: '"{id}" is not an IndicatorResult id; take ids from indicatorResults.',
  publicResultsByPeriod:
    'Funders and the public choose the time of indicator results with periods: leave filter.from, filter.to and filter.formats out.',
  publishedPerPeriod:
    'Figures for funders and the public are published per reporting period: give filter.from and filter.to as the first and last day of one of {offered}, or leave both out for all the roundtables.',
  publishedNotByFormat: 'Figures for funders and the public are not split by format: leave filter.formats out.',
  completenessByPeriod:
    'Completeness is counted per reporting period, against its target: choose the periods with periods, and leave filter.from and filter.to out.',
  sortPeriodNotAsked: 'orderBy.period {period} is not one of the periods asked ({periods}).',
  completenessByQuery: 'A RegionPeriodCompleteness is read through the completeness query: its counts depend on the filter asked.',
  completenessWithout: 'RegionPeriodCompleteness {region} {period} came without {field}.',
  completenessNotACount: 'RegionPeriodCompleteness {field} must be a count (a whole number, 0 or more); got {value}.',
  splitThroughResults: 'Split by {by} through indicatorResults, which returns one result per region or period.',
  splitNotOffered: 'This indicator counts {measure}, which cannot be split by {by}; it can be split by {supported}.',
  splitNotPossible: 'This indicator counts {measure}, which cannot be split by {by}; it cannot be split beyond region and period.',
  scopeNotAList: 'IndicatorResult {field} must be null or a list of {allowed}.',
  scopeNotAStringList: 'IndicatorResult {field} must be null or a list of strings.',
  notMeasures: 'IndicatorResult {id}: numerator and denominator must be IndicatorMeasure values; got {numerator} / {denominator}.',
  resultWithoutScope: "IndicatorResult {id} has no scope '{ from to }'; both dates are needed to count anything.",
  scopeFromAfterTo: 'IndicatorResult {id}: scope.from ({from}) is after scope.to ({to}).',
  scopeNotBoolean: 'IndicatorResult {field} must be a boolean or null.',
  noRecordsToReview: 'Name at least one record to review.',
  tooManyToReview: 'At most {most} records can be reviewed at once; send the rest in another request.',
  recordIdsNotUuids: 'Record ids are UUIDs; these are not: {ids}.',
  recordNamedTwice: 'A record is named twice; name each once.',
  reviewNeedsComment: '{action} needs a comment saying why, for the coordinator to read.',
  commentTooLong: 'The comment has {length} characters; at most {most} are kept.',
  closureNeedsReason: 'Give the reason, for the people whose records it affects.',
  reasonTooLong: 'The reason has {length} characters; at most {most} are kept.',
  markNeedsComment: 'Say why: the comment is what the coordinator and later reviewers read.',
  figureNotFlagged: '{what} ({value}) is not far from its usual, so there is nothing to mark.',
  /** Words that come from elsewhere (a command's checks), passed on as they are. */
  untranslated: '{text}',

  // Records and their versions
  roundtableNamed: 'Roundtable {region} #{number}',
  figureOf: 'The {measure} of roundtable {region} #{number}',
  countRange: '{kind, select, unknown {unknown} exact {{min}} other {{min} to {max}}}',
  staleVersion:
    'Someone else changed {kind, select, roundtable {this roundtable} participant {this participant} target {this target} mapping {this mapping} organisation {organisation {name}} user {the user {name}} challenge {the challenge {name}} indicator {the indicator {name}} period {the reporting period {name}} category {the stakeholder category {name}} rule {the words of the validation rule {name}} other {this record}} since you opened it (it is now at version {currentVersion}). Reload it, then make your change again.',
  concurrentWrites:
    'Other changes to the same regions were being saved at the same moment, so nothing of this one was saved. Send it again.',
  notADeletion:
    'Audit entry {entry} is not the deletion of {kind, select, roundtable {a roundtable} participant {a participant} organisation {an organisation} other {a record}}; pick the DELETE entry to restore.',
  notADeletionIn:
    'Audit entry {entry} is not the deletion of {kind, select, roundtable {a roundtable} participant {a participant} organisation {an organisation} other {a record}}; pick the DELETE entry in {auditLog} to restore.',
  noRoundtable: 'There is no roundtable with id {ids}; it may have been deleted.',
  noParticipant: 'There is no participant with id {id}; it may have been deleted.',
  noOrganisation: 'There is no organisation "{slug}"; the organisations query lists them.',
  noTarget: 'No target has id {id}; take ids from indicatorTargets.',
  noUser: 'There is no user "{username}".',
  noSuchParticipation: 'Participant {id} has no participation at roundtable {roundtable}; nothing to remove.',
  roundtableBackAlready: 'That roundtable exists again already; nothing to restore.',
  participantBackAlready: 'That participant exists again already; nothing to restore.',
  organisationBackAlready: 'There is an organisation "{slug}" again already; nothing to restore. Edit that one instead.',
  organisationSlugTaken: 'There is already an organisation "{slug}"; choose another slug, or edit that one.',
  roundtableNumberTaken: '{region} already has a roundtable number {number}; use another number or edit that one.',
  recordedDuringImport: '{region} {number} was recorded by someone else during the import; nothing was imported. Import the file again.',
  deletedWhileRead: 'A roundtable on this page was deleted while the page was being read; load the page again.',
  targetExists:
    '{indicator} already has a target for {scope, select, all {every region} other {{region}}} in {period} (version {version}); quote that version to change it.',
  mappingExists: '{indicator} is already mapped to {framework} {externalCode} (version {version}); quote that version to correct it.',
  figureChanged: '{what} changed since you read it: it is now {now}, you saw {seen}. Look at it again before marking it.',

  // Review and closed periods
  nothingChanged: 'Nothing was changed.',
  reviewedRecordChanged: '{what} changed since you read it (it is now at version {version}); reload it and look again.',
  reviewWrongState: '{what} is {state}; {action} applies to {from} records only.',
  approvedLocked:
    '{what} is approved, so it is locked. Ask a reviewer (ADMIN or EVALUATOR) to reopen it, with the reason, before changing it.',
  periodClosed:
    '{what} is dated inside reporting period {period} ({startsOn} to {endsOn}), closed to changes by {closedBy}: "{reason}". Ask an ADMIN or EVALUATOR to reopen the period first.',
  periodClosedAlready: 'Reporting period {period} is closed already.',
  periodNotClosed: 'Reporting period {period} is not closed.',
  figuresLocked:
    '{whose, select, participant {This participant counts} participants {These participants count} other {Its participants count}} in {count, plural, one {Roundtable} other {Roundtables}} {roundtables}, approved and so locked. Ask a reviewer (ADMIN or EVALUATOR) to reopen {count, plural, one {it} other {them}}, with the reason, before changing this.',
  attendanceAt:
    "{whose, select, participant {This participant's} participants {These participants''} other {Its participants''}} attendance at Roundtable {region} #{number}",

  // Users
  lastAdmin:
    '{change, select, takeAdminRole {Taking the ADMIN role from} other {Deactivating}} {username} would leave no active ADMIN to manage users; make another user ADMIN first.',
  deactivatedAlready: '{username} is deactivated already.',
  activeAlready: '{username} is active already.',
  linkForDeactivated: '{username} is deactivated: reactivate them first, then make the link.',
  passwordChangeNeedsPassword: 'Only a user who signed in with a password can change it; a token made on the server has no password.',

  // Problems of one field, listed in "Please correct: ..." (core/validate-input.ts)
  fieldProblem: '{field}: {problem}',
  notNegative: 'must be 0 or more',
  notPositive: 'must be 1 or more',
  atLeast: 'must be at least {min}',
  atMost: 'must be at most {max, number}',
  atMostPlain: 'must be at most {max}',
  charactersAtMost: 'must be at most {max, number} characters',
  eachCharactersAtMost: 'must each be at most {max} characters',
  charactersBetween: 'must be {min} to {max} characters',
  atLeastCharacters: 'must be at least {min} characters',
  atLeastCharactersBesidesSpaces: 'must be at least {min} characters besides spaces',
  atLeastCharactersLong: 'must be at least {min} characters long',
  atMostCharactersLong: 'must be at most {max} characters long',
  listAtMost: 'can list at most {max, number}',
  listAtMostRoundtables: 'can list at most {max, number} roundtables',
  listAtMostParticipants: 'can list at most {max, number} participants; send the rest in another write',
  listAtMostRegions: 'must list at most {max} regions',
  nameAtMostRegions: 'must name at most {max} regions',
  nameAtMostCategories: 'must name at most {max} categories',
  atLeastOneParticipant: 'must list at least one participant',
  notACategoryCode: 'must be a category code such as NGO or LOCAL_AUTHORITY',
  notCategoryCodes: 'must be category codes such as NGO',
  notAChallengeCode: 'must be a challenge code such as LANGUAGE or TRANSPORT',
  notAnOrganisationSlug: 'must be an organisation slug such as {example}',
  notARegionSlug: 'must be a region slug such as soria',
  notRegionSlugs: 'must be region slugs such as soria',
  slugForm: 'must be lower-case letters and digits joined by hyphens, e.g. fundacion-cepaim',
  nameTheDocument: 'must name the document (3 characters or more)',
  notAWebAddress: 'must be a web address starting with http:// or https://',
  fieldNotADate: 'must be a date written YYYY-MM-DD, e.g. 2021-11-24',
  required: 'is required',
  atLeastOneMinute: 'must be at least 1 minute',
  atMostMinutes: 'must be at most {max} minutes (a day)',
  notEmpty: 'must not be empty',
  fieldNotARoundtableId: 'must be a roundtable id (a UUID)',
  notANumber: 'must be a number',
  noEdgeSpaces: 'must not start or end with a space',
  dateOutOfRange: 'must be from {from} to {to} (one year after today); got {date}',
  giveMinimumToo: 'give participants (the minimum) too, or leave both out',
  atLeastParticipants: 'must be at least participants ({min})',
  notACategory: '"{code}" is not a stakeholder category; known: {known}',
  listedTwice: '{code} is listed twice',
  giveParticipantsToo: 'give participants too, or leave both out',
  notAChallenge: '"{code}" is not a challenge; known: {known}',
  listedMoreThanOnce: '{items} listed more than once',
  roundtableListedTwice: 'this roundtable is listed twice; keep one',
  noSuchRoundtable: 'there is no roundtable {id}; it may have been deleted',
  roundtableOfOtherRegion:
    "roundtable {number} of {roundtableRegion} is not of {region}: participants take part in their own region's roundtables",
  roundtableHeldAs: 'roundtable {number} of {roundtableRegion} was held {format}, so it takes only {format} participations',
  hasOtherRegionsRecords: 'it has participant records of {regions}; remove their participations before moving it to {region}',
  contraryParticipations:
    '{count} participant record(s) say {other}, and an {format} roundtable takes only {format} participations; change those first',
  notARegion: '"{slug}" is not a region; the regions query lists them',
  notARegionKnown: '"{slug}" is not a region; known: {known}',
  notCategories: '{codes} {count, plural, one {is} other {are}} not a stakeholder category; the stakeholderCategories query lists them',
  notRegions: '{slugs} {count, plural, one {is} other {are}} not a region; the regions query lists them',
  unknownIndicatorUseOneOf: 'unknown indicator; use one of {known}',
  unknownPeriodUseOneOf: 'unknown period; use one of {known}',
  unknownTargetRegion: 'unknown region; leave it out for the target of every region',
  giveTargetOrBaseline: 'give a target, a baseline or both',
  isAShare: '{code} is a share: give a fraction from 0 to 1 (0.4 for 40 %)',
  isACount: '{code} is a count: give a whole number',
  languageTwice: 'is given twice; give each language once',
  notBlank: 'must not be blank',
  notBlankOrLeaveOut: 'must not be blank; leave {locale} out for the English text to be shown',
  englishRequired: 'is required: English is what every other language falls back to',
  ruleMessageNotRead: 'names {names}, which this rule does not read; it may name {facts}',
  ruleMessageLacks: 'lacks {missing}, which the English message names; keep each placeholder as it is written',
  ruleMessageUnknown:
    'names {unknown}, which the English message does not; {named, select, no {name no placeholder} other {name only {expected}}}',
  usernameTaken: '"{username}" is taken already; choose another user name',
  tooManyWrongPasswords: 'was wrong too many times; try again in {minutes} minutes',
  notCurrentPassword: 'is not your current password',
  usernameForm: 'The user name must be 2 to 40 characters of a-z, 0-9, ".", "_" or "-"; got "{username}".',
  roleNotKnown: 'The role must be one of {roles}; got "{role}".',
  notARegionSlugOf: '"{slug}" is not a region slug (lower-case letters and digits joined by hyphens, e.g. saone-et-loire).',
  coordinatorNeedsRegions: 'A COORDINATOR must be given the regions it may edit.',
  onlyCoordinatorHasRegions: 'Only a COORDINATOR has regions; a {role} edits none.',
  passwordProblem: 'The password {problem}.',

  // A CSV import's problems, each of a line and column of the file, or of the file as a whole
  // (subgraphs/engagement/import/, core/csv/). Column names, and the words a cell may hold
  // (online, yes, female, ...), are the file's format: they stay as the file spells them.
  importTooLarge:
    'The file is over the 2 MB limit ({kilobytes, number} kB); an import takes at most 2 MB and {records, select, participants {{max, plural, one {# participant} other {# participants}}} other {{max, plural, one {# roundtable} other {# roundtables}}}}. Split it into smaller files and import each.',
  importTooManyRows:
    'The file has {records, select, participants {{count, plural, one {# participant} other {# participants}}} other {{count, plural, one {# roundtable} other {# roundtables}}}}; an import takes at most {max, number}. Split it into smaller files and import each.',
  importEmptyFile: 'The file is empty; its first line must be the header, exactly: {header}',
  importWrongHeader: 'The header is not the expected one ({differences}); its first line must be the header, exactly: {header}',
  importHeaderMissing: 'missing {columns}',
  importHeaderUnexpected: 'not expected {names}',
  importHeaderBoth: 'missing {columns}; not expected {names}',
  importHeaderOrder: 'the columns are in another order or repeated',
  importNoRows:
    'The file has the header but no {records, select, participants {participants; add one row per participant} other {roundtables; add one row per roundtable}} below it.',
  importOnlyNotes:
    "The file has the header but no {records, select, participants {participants} other {roundtables}}: lines starting with # are notes, such as the template's example, and are skipped; add one row per {records, select, participants {participant} other {roundtable}} below the header.",
  unreadableText:
    'The file is not UTF-8: line {line} has characters that could not be read (shown as �), as happens to a file saved as {encoding} when it is read as UTF-8. Nothing was imported.',
  saveAsUtf8:
    'Save it as UTF-8 and import it again: in Excel, File › Save As › "CSV UTF-8 (Comma delimited)"; in LibreOffice Calc, File › Save As › "Text CSV" with "Edit filter settings" ticked, then Character set "Unicode (UTF-8)"; Google Sheets and Numbers save UTF-8 already.',
  csvQuoteNotClosed: 'a quoted field starting on this line is never closed; end it with a double quote (")',
  csvTextAfterQuote: 'text follows a closing double quote; quote the whole field and write a quote inside it as two ("")',
  csvStrayQuote: 'a double quote inside an unquoted field; quote the whole field and write a quote inside it as two ("")',
  csvFieldCount:
    'has {count, plural, one {# field} other {# fields}} where the header has {expected}; a field holding a comma must be quoted',
  csvNotAWholeNumber: 'must be a whole number such as 21, or empty when unknown; got "{value}"',
  csvTooManyDigits: 'must be a whole number of at most 15 digits; got "{value}"',
  csvRegionRequired: 'is required: the region slug, e.g. soria',
  csvNumberRequired: "is required: the roundtable's number in its region, 1 for the first",
  csvDateRequired: 'is required: the day it was held, written YYYY-MM-DD, e.g. 2021-11-24',
  csvNotARealDate: 'must be a real date written YYYY-MM-DD, e.g. 2021-11-24; got "{value}"',
  csvNotAFormat: 'must be online, onsite or hybrid, or empty when it was not published; got "{value}"',
  csvUnknownRegion: '"{region}" is not a known region; known: {known}',
  csvUnknownRegionSeeQuery: '"{region}" is not a known region; the regions query lists the known ones',
  csvNotYourRegion: 'you coordinate {regions}; {region} is not one of your regions',
  csvRowTwice: '{region} {number} is also on line {line}; give each roundtable one row',
  csvKeptCount: 'the {code} count kept from the record {problem}',
  csvCategoryRequired: 'is required: a stakeholder category code, e.g. NGO or NEWCOMER',
  csvNewcomerRequired: 'is required: yes for a refugee or migrant, no for anyone else',
  csvYesOrNo: 'must be yes or no; got "{value}"',
  csvNotAGender: 'must be female, male, non-binary or undisclosed (chose not to say), or empty when not recorded; got "{value}"',
  csvNotAnAgeBand: 'must be under-18, 18-24, 25-34, 35-49, 50-64 or 65+, or empty when not recorded; got "{value}"',
  csvNotAnOrganisation: 'must be an organisation slug such as fundacion-cepaim, or empty; got "{value}"',
  csvNotAMode: 'must be online or onsite; got "{value}"',
  csvModeRequired:
    'is required: online or onsite, since roundtable {number} was {format, select, none {recorded without a format} other {held {format}}}',
} as const satisfies Record<string, string>;

export type ErrorMessageKey = keyof typeof en;

/** A language's refusals: every key of the English ones. */
export type ErrorMessages = Readonly<Record<ErrorMessageKey, string>>;
