import type { ErrorMessages } from './en';

/** The API's refusals in Greek (see en.ts). */
export const el: ErrorMessages = {
  parametersTooDeep: 'Οι μεταβλητές ή οι επεκτάσεις είναι εμφωλευμένες σε βάθος μεγαλύτερο από {levels} επίπεδα.',
  bodyTooDeep: 'Το σώμα του αιτήματος είναι εμφωλευμένο σε βάθος μεγαλύτερο από {levels} επίπεδα.',
  bodyTooLarge: 'Το σώμα του αιτήματος ξεπερνά τα {megabytes} MB· στείλτε λιγότερα κάθε φορά.',
  bodyNotJson: 'Το σώμα του αιτήματος δεν είναι έγκυρο JSON.',
  noOperationNamed: 'Το έγγραφο δεν έχει λειτουργία με όνομα "{name}".',
  severalOperations: 'Το έγγραφο περιέχει πολλές λειτουργίες: δηλώστε στο operationName ποια θα εκτελεστεί.',
  noSubscriptions: 'Οι συνδρομές (subscriptions) δεν εξυπηρετούνται· ρωτήστε με query.',
  introspectionOff:
    'Η ενδοσκόπηση είναι απενεργοποιημένη (GRAPHQL_EXPLORER=off)· ορίστε GRAPHQL_EXPLORER=on για να την ενεργοποιήσετε, μαζί με τον εξερευνητή στο πρόγραμμα περιήγησης.',
  introspectionOffInProduction:
    'Η ενδοσκόπηση είναι απενεργοποιημένη στην παραγωγή (NODE_ENV=production)· ορίστε GRAPHQL_EXPLORER=on για να την ενεργοποιήσετε, μαζί με τον εξερευνητή στο πρόγραμμα περιήγησης. Το σχήμα δημοσιεύεται επίσης στο schema/supergraph.graphql.',
  queryTooLong:
    'Αυτό το ερώτημα έχει μήκος {value, number} byte· το όριο είναι {max, number}. Στείλτε συντομότερο ερώτημα, με τις τιμές σε μεταβλητές.',
  queryTooDeep: 'Αυτό το ερώτημα έχει βάθος {value} επιπέδων· το όριο είναι {max}. Ζητήστε λιγότερα εμφωλευμένα πεδία.',
  tooManyAliases:
    'Αυτό το ερώτημα χρησιμοποιεί {value, number} ψευδώνυμα· το όριο είναι {max, number}. Χωρίστε το σε περισσότερα αιτήματα.',
  queryTooCostly:
    'Αυτό το ερώτημα κοστίζει {value, number} (κάθε πεδίο μετρά 1, και ό,τι επιλέγει ένα πεδίο λίστας μετρά {listFactor} φορές)· το όριο είναι {max, number}. Ζητήστε λιγότερα πεδία ή λιγότερες εμφωλευμένες λίστες, ή χωρίστε το σε περισσότερα αιτήματα.',
  representationKeyMissing: 'Η αναπαράσταση {index} ({typename}) χρειάζεται τα {fields} ως κείμενο ή αριθμό.',
  unknownRepresentation: 'Η αναπαράσταση {index} δεν κατονομάζει οντότητα που επιλύει αυτή η υπηρεσία (__typename {typename}).',

  databaseUnavailable: 'Προσωρινά μη διαθέσιμο: η βάση δεδομένων δεν απάντησε εγκαίρως. Δοκιμάστε ξανά σε λίγα δευτερόλεπτα.',
  accountsUnavailable:
    'Προσωρινά μη διαθέσιμο: η βάση δεδομένων των λογαριασμών δεν απάντησε εγκαίρως. Δοκιμάστε ξανά σε λίγα δευτερόλεπτα.',
  serviceNotAnswering: 'Η υπηρεσία {service} δεν απαντά· δοκιμάστε ξανά σε λίγο.',
  internalError: 'Εσωτερικό σφάλμα· αναφέρετε το {errorId} όταν το δηλώνετε.',

  badAuthorizationHeader: 'Η κεφαλίδα Authorization πρέπει να έχει τη μορφή "Bearer <token>".',
  signInExpired: 'Η σύνδεσή σας έληξε· συνδεθείτε ξανά.',
  tokenNotValid: 'Το διακριτικό σύνδεσης δεν είναι έγκυρο εδώ· συνδεθείτε ξανά.',
  tokenWithoutExpiry:
    'Το διακριτικό σύνδεσης δεν έχει χρόνο λήξης (exp), και αυτός ο διακομιστής δέχεται μόνο διακριτικά που λήγουν· συνδεθείτε ξανά ή δημιουργήστε ένα με `pnpm sira token`.',
  tokenLivesTooLong:
    'Το διακριτικό σύνδεσης ισχύει για {hours} ώρες, περισσότερο από τις {maxHours} ώρες που δέχεται αυτός ο διακομιστής (TOKEN_MAX_LIFETIME_HOURS)· συνδεθείτε ξανά ή δημιουργήστε συντομότερο με `pnpm sira token --hours`.',
  tokenUnknownRole: 'Το διακριτικό σύνδεσης δεν κατονομάζει ρόλο γνωστό σε αυτόν τον διακομιστή· ζητήστε νέο.',
  tokenBadRegions: 'Το διακριτικό σύνδεσης αναφέρει περιφέρειες που δεν είναι αναγνωριστικά περιφερειών· ζητήστε νέο.',
  coordinatorTokenWithoutRegions:
    'Ένα διακριτικό συντονιστή πρέπει να κατονομάζει τις περιφέρειες που μπορεί να επεξεργάζεται· ζητήστε νέο.',
  sessionEnded:
    'Η σύνδεσή σας τερματίστηκε: αποσυνδεθήκατε, ο λογαριασμός σας απενεργοποιήθηκε ή άλλαξε ο ρόλος του, ή την τερμάτισε ένας διαχειριστής. Συνδεθείτε ξανά.',
  csrfHeaderMissing:
    'Ένα αίτημα συνδεδεμένο με το cookie συνεδρίας πρέπει να φέρει την κεφαλίδα {header} (οποιαδήποτε τιμή), την οποία μια σελίδα άλλου ιστότοπου δεν μπορεί να προσθέσει· ο πίνακας ελέγχου τη στέλνει. Τα σενάρια στέλνουν αντί γι’ αυτό "Authorization: Bearer <token>".',

  notYourRegion: 'Συντονίζετε τις περιφέρειες {regions}· η {region} δεν είναι μία από τις περιφέρειές σας.',
  notYourRegions:
    'Συντονίζετε τις περιφέρειες {regions}· {count, plural, one {η {others} δεν είναι μία} other {οι {others} δεν είναι}} από τις περιφέρειές σας.',
  roleCannotChangeRecords:
    'Ένας χρήστης {role} δεν μπορεί να αλλάξει εγγραφές· ζητήστε το από έναν ADMIN ή από τον COORDINATOR της περιφέρειας.',
  acrossRegionsAdminOnly:
    'Ο οργανισμός {slug} δραστηριοποιείται σε πολλές περιφέρειες, οπότε μόνο ένας ADMIN μπορεί να τον αλλάξει· ένας χρήστης {role} δεν μπορεί.',
  reviewersOnly:
    '{step, select, recordReview {Η έγκριση, η επιστροφή και το άνοιγμα ξανά εγγραφών γίνεται} periodClosure {Το κλείσιμο και το άνοιγμα ξανά περιόδων αναφοράς γίνεται} other {Η σήμανση ενός επισημασμένου αριθμού ως ελεγμένου ή προς παρακολούθηση γίνεται}} από τους ελεγκτές: χρήστες ADMIN και EVALUATOR.',
  taxonomyAdminOnly:
    'Οι ετικέτες της ταξινομίας είναι ίδιες για όλες τις περιφέρειες, οπότε μόνο ένας ADMIN μπορεί να τις αλλάξει· ένας χρήστης {role} δεν μπορεί.',
  auditReadersOnly: 'Το αρχείο ελέγχου είναι για χρήστες ADMIN, ANALYST και EVALUATOR· συνδεθείτε με έναν από αυτούς τους ρόλους.',
  historyOfOwnRegions: 'Ένας συντονιστής διαβάζει το ιστορικό των δικών του περιφερειών: ρωτήστε με region ίσο με {regions}.',
  organisationHistoryAcrossRegions:
    'Ένας συντονιστής διαβάζει το ιστορικό των οργανισμών των δικών του περιφερειών ({regions})· ο {slug} δραστηριοποιείται σε πολλές περιφέρειες.',
  organisationHistoryElsewhere:
    'Ένας συντονιστής διαβάζει το ιστορικό των οργανισμών των δικών του περιφερειών ({regions})· ο {slug} βρίσκεται στην περιφέρεια {region}.',
  dataQualityForRecorders:
    'Οι FUNDER και PUBLIC βλέπουν μόνο εγκεκριμένες εγγραφές· {list, select, ruleFindings {τα ευρήματα των κανόνων είναι} outliers {οι αριθμοί που απέχουν από τα συνήθη είναι} other {οι αριθμοί πληρότητας είναι}} για τους ρόλους που καταχωρίζουν και ελέγχουν τα δεδομένα.',
  reviewForRecorders:
    'Οι FUNDER και PUBLIC βλέπουν μόνο εγκεκριμένες εγγραφές· ο έλεγχος είναι για τους ρόλους που καταχωρίζουν και ελέγχουν τα δεδομένα.',
  participantRecordsHidden:
    'Οι εγγραφές συμμετεχόντων εμφανίζονται μόνο στους {withRecords}· οι {aggregates} βλέπουν συγκεντρωτικά στοιχεία (attendanceMix, stakeholderMix) με τους μικρούς αριθμούς αποκρυμμένους.',
  importForEditors:
    'Η εισαγωγή {records, select, participants {συμμετεχόντων} other {στρογγυλών τραπεζών}} είναι για χρήστες ADMIN και για τους COORDINATOR των περιφερειών· ένας χρήστης {role} δεν μπορεί να αλλάξει εγγραφές.',
  exportForRecorders:
    'Το CSV των στρογγυλών τραπεζών δίνει κάθε αριθμό όπως καταχωρίστηκε, μαζί με τους μικρούς· είναι για χρήστες ADMIN, COORDINATOR, ANALYST και EVALUATOR. Ο πίνακας ελέγχου και τα ερωτήματα ανάλυσης δίνουν τα συγκεντρωτικά στοιχεία.',
  targetsSetByEvaluators:
    'Τις τιμές αναφοράς και τους στόχους τους ορίζουν χρήστες EVALUATOR και ADMIN· ένας χρήστης {role} μπορεί να τους διαβάσει αλλά όχι να τους αλλάξει.',
  adminsOnly:
    '{task, select, userList {Η λίστα χρηστών είναι} userHistory {Το ιστορικό χρηστών είναι} invite {Η πρόσκληση χρηστών είναι} changeRole {Η αλλαγή ρόλου ενός χρήστη είναι} deactivate {Η απενεργοποίηση χρηστών είναι} reactivate {Η επανενεργοποίηση χρηστών είναι} other {Η δημιουργία συνδέσμων κωδικού πρόσβασης είναι}} για χρήστες ADMIN· ζητήστε το από έναν.',

  pleaseCorrect: 'Διορθώστε: {problems}.',
  notADate: 'Το {field} πρέπει να είναι ημερομηνία γραμμένη ΕΕΕΕ-ΜΜ-ΗΗ, π.χ. 2021-11-24· δόθηκε "{value}".',
  notCountryCodes: 'Το {field} δέχεται κωδικούς ISO 3166-1 alpha-2 όπως "ES"· αυτοί δεν είναι: {codes}.',
  filterFromAfterTo: 'Το filter.from ({from}) είναι μετά το filter.to ({to})· αντιστρέψτε τα ή διευρύνετε την περίοδο.',
  rankingLimitOutOfRange:
    'Το limit είναι {limit}· μια κατάταξη δείχνει από 1 έως {max} περιφέρειες και αθροίζει τις υπόλοιπες στο others. Ζητήστε {max} ή λιγότερες, ή ολόκληρη τη λίστα χωρίς κατάταξη.',
  unknownRegions: 'Άγνωστη περιφέρεια {regions} στο filter.regions· γνωστές περιφέρειες: {known}.',
  noRegionInCountries: 'Καμία περιφέρεια στη χώρα {countries} (filter.countries)· χώρες με περιφέρειες: {known}.',
  unknownIndicators: 'Άγνωστος δείκτης {codes} στο {field}· γνωστοί δείκτες: {known}.',
  unknownPeriods: 'Άγνωστη περίοδος αναφοράς {codes} στο {field}· γνωστές περίοδοι: {known}.',
  unknownPeriodsAsked: 'Άγνωστη περίοδος αναφοράς {codes} στο periods· οι περίοδοι είναι {known}.',
  unknownTaxonomyEntry:
    '{kind, select, challenge {Άγνωστη πρόκληση} indicator {Άγνωστος δείκτης} period {Άγνωστη περίοδος αναφοράς} other {Άγνωστη κατηγορία ενδιαφερόμενων φορέων}} "{code}"· γνωστά: {known}.',
  unknownRule: 'Το ruleCode "{code}" δεν είναι κανόνας· γνωστοί: {known}.',
  noReportingPeriod: 'Δεν υπάρχει περίοδος αναφοράς {period}· οι περίοδοι είναι {known}.',
  notARoundtableId: 'Το roundtableId πρέπει να είναι αναγνωριστικό στρογγυλής τράπεζας (UUID)· δόθηκε "{id}".',
  notARecordId: 'Το {field} πρέπει να είναι αναγνωριστικό εγγραφής (UUID)· δόθηκε "{id}".',
  notAResultId: 'Το "{id}" δεν είναι αναγνωριστικό IndicatorResult· πάρτε τα αναγνωριστικά από το indicatorResults.',
  publicResultsByPeriod:
    'Οι χρηματοδότες και το κοινό επιλέγουν τον χρόνο των αποτελεσμάτων των δεικτών με το periods: παραλείψτε τα filter.from, filter.to και filter.formats.',
  publishedPerPeriod:
    'Οι αριθμοί για χρηματοδότες και κοινό δημοσιεύονται ανά περίοδο αναφοράς: δώστε filter.from και filter.to την πρώτη και την τελευταία ημέρα μίας από τις περιόδους {offered}, ή παραλείψτε και τα δύο για όλες τις στρογγυλές τράπεζες.',
  publishedNotByFormat: 'Οι αριθμοί για χρηματοδότες και κοινό δεν αναλύονται ανά μορφή: παραλείψτε το filter.formats.',
  completenessByPeriod:
    'Η πληρότητα μετριέται ανά περίοδο αναφοράς, σε σχέση με τον στόχο της: επιλέξτε τις περιόδους με το periods και παραλείψτε τα filter.from και filter.to.',
  sortPeriodNotAsked: 'Το orderBy.period {period} δεν είναι μία από τις περιόδους που ζητήθηκαν ({periods}).',
  completenessByQuery:
    'Ένα RegionPeriodCompleteness διαβάζεται μέσω του ερωτήματος completeness: οι αριθμοί του εξαρτώνται από το φίλτρο που δόθηκε.',
  completenessWithout: 'Το RegionPeriodCompleteness {region} {period} ήρθε χωρίς {field}.',
  completenessNotACount: 'Το RegionPeriodCompleteness {field} πρέπει να είναι πλήθος (ακέραιος, 0 ή μεγαλύτερος)· δόθηκε {value}.',
  splitThroughResults: 'Ανάλυση ανά {by} γίνεται μέσω του indicatorResults, που επιστρέφει ένα αποτέλεσμα ανά περιφέρεια ή περίοδο.',
  splitNotOffered: 'Αυτός ο δείκτης μετρά {measure}, που δεν αναλύεται ανά {by}· αναλύεται ανά {supported}.',
  splitNotPossible: 'Αυτός ο δείκτης μετρά {measure}, που δεν αναλύεται ανά {by}· δεν αναλύεται πέρα από περιφέρεια και περίοδο.',
  scopeNotAList: 'Το IndicatorResult {field} πρέπει να είναι null ή λίστα από {allowed}.',
  scopeNotAStringList: 'Το IndicatorResult {field} πρέπει να είναι null ή λίστα κειμένων.',
  notMeasures:
    'IndicatorResult {id}: τα numerator και denominator πρέπει να είναι τιμές IndicatorMeasure· δόθηκε {numerator} / {denominator}.',
  resultWithoutScope: "Το IndicatorResult {id} δεν έχει scope '{ from to }'· χρειάζονται και οι δύο ημερομηνίες για να μετρηθεί οτιδήποτε.",
  scopeFromAfterTo: 'IndicatorResult {id}: το scope.from ({from}) είναι μετά το scope.to ({to}).',
  scopeNotBoolean: 'Το IndicatorResult {field} πρέπει να είναι λογική τιμή ή null.',
  noRecordsToReview: 'Κατονομάστε τουλάχιστον μία εγγραφή για έλεγχο.',
  tooManyToReview: 'Μπορούν να ελεγχθούν έως {most} εγγραφές κάθε φορά· στείλτε τις υπόλοιπες σε άλλο αίτημα.',
  recordIdsNotUuids: 'Τα αναγνωριστικά εγγραφών είναι UUID· αυτά δεν είναι: {ids}.',
  recordNamedTwice: 'Μια εγγραφή αναφέρεται δύο φορές· αναφέρετε την καθεμία μία φορά.',
  reviewNeedsComment: 'Το {action} χρειάζεται σχόλιο που να εξηγεί γιατί, για να το διαβάσει ο συντονιστής.',
  commentTooLong: 'Το σχόλιο έχει {length} χαρακτήρες· κρατούνται έως {most}.',
  closureNeedsReason: 'Δώστε τον λόγο, για τους ανθρώπους των οποίων τις εγγραφές αφορά.',
  reasonTooLong: 'Ο λόγος έχει {length} χαρακτήρες· κρατούνται έως {most}.',
  markNeedsComment: 'Πείτε γιατί: το σχόλιο είναι αυτό που διαβάζουν ο συντονιστής και οι επόμενοι ελεγκτές.',
  figureNotFlagged: '{what} ({value}) δεν απέχει από το συνηθισμένο, οπότε δεν υπάρχει κάτι να σημανθεί.',
  untranslated: '{text}',

  roundtableNamed: 'Η στρογγυλή τράπεζα {region} #{number}',
  figureOf: 'Ο αριθμός {measure} της στρογγυλής τράπεζας {region} #{number}',
  countRange: '{kind, select, unknown {άγνωστος} exact {{min}} other {από {min} έως {max}}}',
  staleVersion:
    'Κάποιος άλλος άλλαξε {kind, select, roundtable {αυτή τη στρογγυλή τράπεζα} participant {αυτόν τον συμμετέχοντα} target {αυτόν τον στόχο} mapping {αυτή την αντιστοίχιση} organisation {τον οργανισμό {name}} user {τον χρήστη {name}} challenge {την πρόκληση {name}} indicator {τον δείκτη {name}} period {την περίοδο αναφοράς {name}} category {την κατηγορία ενδιαφερόμενων φορέων {name}} rule {τα κείμενα του κανόνα επικύρωσης {name}} other {αυτή την εγγραφή}} αφότου την ανοίξατε (τώρα είναι στην έκδοση {currentVersion}). Φορτώστε την ξανά και κάντε πάλι την αλλαγή σας.',
  concurrentWrites:
    'Άλλες αλλαγές στις ίδιες περιφέρειες αποθηκεύονταν την ίδια στιγμή, οπότε δεν αποθηκεύτηκε τίποτα από αυτή. Στείλτε την ξανά.',
  notADeletion:
    'Η καταχώριση ελέγχου {entry} δεν είναι η διαγραφή {kind, select, roundtable {στρογγυλής τράπεζας} participant {συμμετέχοντα} organisation {οργανισμού} other {εγγραφής}}· επιλέξτε την καταχώριση DELETE που θέλετε να επαναφέρετε.',
  notADeletionIn:
    'Η καταχώριση ελέγχου {entry} δεν είναι η διαγραφή {kind, select, roundtable {στρογγυλής τράπεζας} participant {συμμετέχοντα} organisation {οργανισμού} other {εγγραφής}}· επιλέξτε στο {auditLog} την καταχώριση DELETE που θέλετε να επαναφέρετε.',
  noRoundtable: 'Δεν υπάρχει στρογγυλή τράπεζα με αναγνωριστικό {ids}· ίσως έχει διαγραφεί.',
  noParticipant: 'Δεν υπάρχει συμμετέχων με αναγνωριστικό {id}· ίσως έχει διαγραφεί.',
  noOrganisation: 'Δεν υπάρχει οργανισμός "{slug}"· το ερώτημα organisations τους απαριθμεί.',
  noTarget: 'Κανένας στόχος δεν έχει αναγνωριστικό {id}· πάρτε τα αναγνωριστικά από το indicatorTargets.',
  noUser: 'Δεν υπάρχει χρήστης "{username}".',
  noSuchParticipation: 'Ο συμμετέχων {id} δεν έχει συμμετοχή στη στρογγυλή τράπεζα {roundtable}· δεν υπάρχει κάτι να αφαιρεθεί.',
  roundtableBackAlready: 'Αυτή η στρογγυλή τράπεζα υπάρχει ήδη ξανά· δεν υπάρχει κάτι να επαναφερθεί.',
  participantBackAlready: 'Αυτός ο συμμετέχων υπάρχει ήδη ξανά· δεν υπάρχει κάτι να επαναφερθεί.',
  organisationBackAlready: 'Υπάρχει ήδη ξανά οργανισμός "{slug}"· δεν υπάρχει κάτι να επαναφερθεί. Επεξεργαστείτε εκείνον.',
  organisationSlugTaken: 'Υπάρχει ήδη οργανισμός "{slug}"· επιλέξτε άλλο αναγνωριστικό ή επεξεργαστείτε εκείνον.',
  roundtableNumberTaken: 'Η {region} έχει ήδη στρογγυλή τράπεζα με αριθμό {number}· χρησιμοποιήστε άλλο αριθμό ή επεξεργαστείτε εκείνη.',
  recordedDuringImport: 'Κάποιος άλλος καταχώρισε το {region} {number} κατά την εισαγωγή· δεν εισήχθη τίποτα. Εισαγάγετε ξανά το αρχείο.',
  deletedWhileRead: 'Μια στρογγυλή τράπεζα αυτής της σελίδας διαγράφηκε ενώ διαβαζόταν η σελίδα· φορτώστε ξανά τη σελίδα.',
  targetExists:
    'Ο δείκτης {indicator} έχει ήδη στόχο για {scope, select, all {όλες τις περιφέρειες} other {την περιφέρεια {region}}} στην περίοδο {period} (έκδοση {version})· αναφέρετε αυτή την έκδοση για να τον αλλάξετε.',
  mappingExists:
    'Ο δείκτης {indicator} έχει ήδη αντιστοιχιστεί στο {framework} {externalCode} (έκδοση {version})· αναφέρετε αυτή την έκδοση για να τη διορθώσετε.',
  figureChanged: '{what} άλλαξε αφότου τον διαβάσατε: τώρα είναι {now}, εσείς είδατε {seen}. Δείτε τον ξανά πριν τον σημάνετε.',

  nothingChanged: 'Δεν άλλαξε τίποτα.',
  reviewedRecordChanged: '{what} άλλαξε αφότου τη διαβάσατε (τώρα είναι στην έκδοση {version})· φορτώστε την ξανά και ελέγξτε πάλι.',
  reviewWrongState: '{what} είναι σε κατάσταση {state}· το {action} ισχύει μόνο για εγγραφές σε κατάσταση {from}.',
  approvedLocked:
    '{what} είναι εγκεκριμένη, άρα κλειδωμένη. Ζητήστε από έναν ελεγκτή (ADMIN ή EVALUATOR) να την ανοίξει ξανά, με τον λόγο, πριν την αλλάξετε.',
  periodClosed:
    '{what} έχει ημερομηνία μέσα στην περίοδο αναφοράς {period} ({startsOn} έως {endsOn}), κλειστή για αλλαγές από τον/την {closedBy}: "{reason}". Ζητήστε πρώτα από έναν ADMIN ή EVALUATOR να ανοίξει ξανά την περίοδο.',
  periodClosedAlready: 'Η περίοδος αναφοράς {period} είναι ήδη κλειστή.',
  periodNotClosed: 'Η περίοδος αναφοράς {period} δεν είναι κλειστή.',
  figuresLocked:
    '{whose, select, participant {Αυτός ο συμμετέχων μετριέται} participants {Αυτοί οι συμμετέχοντες μετριούνται} other {Οι συμμετέχοντές της μετριούνται}} {count, plural, one {στη στρογγυλή τράπεζα} other {στις στρογγυλές τράπεζες}} {roundtables}, {count, plural, one {εγκεκριμένη και άρα κλειδωμένη} other {εγκεκριμένες και άρα κλειδωμένες}}. Ζητήστε από έναν ελεγκτή (ADMIN ή EVALUATOR) να {count, plural, one {την ανοίξει} other {τις ανοίξει}} ξανά, με τον λόγο, πριν αλλάξετε αυτό.',
  attendanceAt:
    'Η παρουσία {whose, select, participant {αυτού του συμμετέχοντα} participants {αυτών των συμμετεχόντων} other {των συμμετεχόντων της}} στη στρογγυλή τράπεζα {region} #{number}',

  lastAdmin:
    '{change, select, takeAdminRole {Η αφαίρεση του ρόλου ADMIN από τον χρήστη} other {Η απενεργοποίηση του χρήστη}} {username} θα άφηνε χωρίς ενεργό ADMIN για τη διαχείριση χρηστών· κάντε πρώτα ADMIN έναν άλλο χρήστη.',
  deactivatedAlready: 'Ο χρήστης {username} είναι ήδη απενεργοποιημένος.',
  activeAlready: 'Ο χρήστης {username} είναι ήδη ενεργός.',
  linkForDeactivated: 'Ο χρήστης {username} είναι απενεργοποιημένος: ενεργοποιήστε τον ξανά πρώτα και μετά δημιουργήστε τον σύνδεσμο.',
  passwordChangeNeedsPassword:
    'Μόνο ένας χρήστης που συνδέθηκε με κωδικό πρόσβασης μπορεί να τον αλλάξει· ένα διακριτικό που δημιουργήθηκε στον διακομιστή δεν έχει κωδικό πρόσβασης.',

  fieldProblem: '{field}: {problem}',
  notNegative: 'πρέπει να είναι 0 ή περισσότερο',
  notPositive: 'πρέπει να είναι 1 ή περισσότερο',
  atLeast: 'πρέπει να είναι τουλάχιστον {min}',
  atMost: 'πρέπει να είναι το πολύ {max, number}',
  atMostPlain: 'πρέπει να είναι το πολύ {max}',
  charactersAtMost: 'πρέπει να έχει το πολύ {max, number} χαρακτήρες',
  eachCharactersAtMost: 'πρέπει το καθένα να έχει το πολύ {max} χαρακτήρες',
  charactersBetween: 'πρέπει να έχει από {min} έως {max} χαρακτήρες',
  atLeastCharacters: 'πρέπει να έχει τουλάχιστον {min} χαρακτήρες',
  atLeastCharactersBesidesSpaces: 'πρέπει να έχει τουλάχιστον {min} χαρακτήρες εκτός από κενά',
  atLeastCharactersLong: 'πρέπει να έχει μήκος τουλάχιστον {min} χαρακτήρες',
  atMostCharactersLong: 'πρέπει να έχει μήκος το πολύ {max} χαρακτήρες',
  listAtMost: 'μπορεί να απαριθμεί το πολύ {max, number}',
  listAtMostRoundtables: 'μπορεί να απαριθμεί το πολύ {max, number} στρογγυλές τράπεζες',
  listAtMostParticipants: 'μπορεί να απαριθμεί το πολύ {max, number} συμμετέχοντες· στείλτε τους υπόλοιπους σε άλλη εγγραφή',
  listAtMostRegions: 'πρέπει να απαριθμεί το πολύ {max} περιφέρειες',
  nameAtMostRegions: 'πρέπει να κατονομάζει το πολύ {max} περιφέρειες',
  nameAtMostCategories: 'πρέπει να κατονομάζει το πολύ {max} κατηγορίες',
  atLeastOneParticipant: 'πρέπει να απαριθμεί τουλάχιστον έναν συμμετέχοντα',
  notACategoryCode: 'πρέπει να είναι κωδικός κατηγορίας όπως NGO ή LOCAL_AUTHORITY',
  notCategoryCodes: 'πρέπει να είναι κωδικοί κατηγοριών όπως NGO',
  notAChallengeCode: 'πρέπει να είναι κωδικός πρόκλησης όπως LANGUAGE ή TRANSPORT',
  notAnOrganisationSlug: 'πρέπει να είναι αναγνωριστικό οργανισμού όπως {example}',
  notARegionSlug: 'πρέπει να είναι αναγνωριστικό περιφέρειας όπως soria',
  notRegionSlugs: 'πρέπει να είναι αναγνωριστικά περιφερειών όπως soria',
  slugForm: 'πρέπει να αποτελείται από πεζά γράμματα και ψηφία ενωμένα με παύλες, π.χ. fundacion-cepaim',
  nameTheDocument: 'πρέπει να κατονομάζει το έγγραφο (3 χαρακτήρες ή περισσότεροι)',
  notAWebAddress: 'πρέπει να είναι διεύθυνση ιστού που αρχίζει με http:// ή https://',
  fieldNotADate: 'πρέπει να είναι ημερομηνία γραμμένη ΕΕΕΕ-ΜΜ-ΗΗ, π.χ. 2021-11-24',
  required: 'είναι υποχρεωτικό',
  atLeastOneMinute: 'πρέπει να είναι τουλάχιστον 1 λεπτό',
  atMostMinutes: 'πρέπει να είναι το πολύ {max} λεπτά (μία ημέρα)',
  notEmpty: 'δεν πρέπει να είναι κενό',
  fieldNotARoundtableId: 'πρέπει να είναι αναγνωριστικό στρογγυλής τράπεζας (UUID)',
  notANumber: 'πρέπει να είναι αριθμός',
  noEdgeSpaces: 'δεν πρέπει να αρχίζει ή να τελειώνει με κενό',
  dateOutOfRange: 'πρέπει να είναι από {from} έως {to} (ένα έτος μετά από σήμερα)· δόθηκε {date}',
  giveMinimumToo: 'δώστε και το participants (το ελάχιστο), ή παραλείψτε και τα δύο',
  atLeastParticipants: 'πρέπει να είναι τουλάχιστον όσο το participants ({min})',
  notACategory: 'Το "{code}" δεν είναι κατηγορία ενδιαφερόμενων φορέων· γνωστές: {known}',
  listedTwice: 'Το {code} αναφέρεται δύο φορές',
  giveParticipantsToo: 'δώστε και το participants, ή παραλείψτε και τα δύο',
  notAChallenge: 'Το "{code}" δεν είναι πρόκληση· γνωστές: {known}',
  listedMoreThanOnce: '{items}: αναφέρεται περισσότερες από μία φορές',
  roundtableListedTwice: 'αυτή η στρογγυλή τράπεζα αναφέρεται δύο φορές· κρατήστε μία',
  noSuchRoundtable: 'δεν υπάρχει στρογγυλή τράπεζα {id}· ίσως έχει διαγραφεί',
  roundtableOfOtherRegion:
    'η στρογγυλή τράπεζα {number} της {roundtableRegion} δεν ανήκει στην {region}: οι συμμετέχοντες παίρνουν μέρος στις στρογγυλές τράπεζες της δικής τους περιφέρειας',
  roundtableHeldAs: 'η στρογγυλή τράπεζα {number} της {roundtableRegion} έγινε σε μορφή {format}, οπότε δέχεται μόνο συμμετοχές {format}',
  hasOtherRegionsRecords: 'έχει εγγραφές συμμετεχόντων από {regions}· αφαιρέστε τις συμμετοχές τους πριν τη μεταφέρετε στην {region}',
  contraryParticipations:
    '{count, plural, one {# εγγραφή συμμετέχοντα λέει} other {# εγγραφές συμμετεχόντων λένε}} {other}, και μια στρογγυλή τράπεζα {format} δέχεται μόνο συμμετοχές {format}· αλλάξτε τες πρώτα',
  notARegion: 'Το "{slug}" δεν είναι περιφέρεια· το ερώτημα regions τις απαριθμεί',
  notARegionKnown: 'Το "{slug}" δεν είναι περιφέρεια· γνωστές: {known}',
  notCategories:
    '{codes}: {count, plural, one {δεν είναι κατηγορία} other {δεν είναι κατηγορίες}} ενδιαφερόμενων φορέων· το ερώτημα stakeholderCategories τις απαριθμεί',
  notRegions: '{slugs}: {count, plural, one {δεν είναι περιφέρεια} other {δεν είναι περιφέρειες}}· το ερώτημα regions τις απαριθμεί',
  unknownIndicatorUseOneOf: 'άγνωστος δείκτης· χρησιμοποιήστε έναν από {known}',
  unknownPeriodUseOneOf: 'άγνωστη περίοδος· χρησιμοποιήστε μία από {known}',
  unknownTargetRegion: 'άγνωστη περιφέρεια· παραλείψτε την για τον στόχο όλων των περιφερειών',
  giveTargetOrBaseline: 'δώστε στόχο, τιμή αναφοράς ή και τα δύο',
  isAShare: 'Ο {code} είναι ποσοστό: δώστε κλάσμα από 0 έως 1 (0.4 για 40 %)',
  isACount: 'Ο {code} είναι πλήθος: δώστε ακέραιο αριθμό',
  languageTwice: 'δίνεται δύο φορές· δώστε κάθε γλώσσα μία φορά',
  notBlank: 'δεν πρέπει να είναι κενό',
  notBlankOrLeaveOut: 'δεν πρέπει να είναι κενό· παραλείψτε το {locale} για να εμφανιστεί το αγγλικό κείμενο',
  englishRequired: 'είναι υποχρεωτικό: τα αγγλικά είναι η εναλλακτική κάθε άλλης γλώσσας',
  ruleMessageNotRead: 'αναφέρει {names}, που αυτός ο κανόνας δεν διαβάζει· μπορεί να αναφέρει {facts}',
  ruleMessageLacks: 'λείπει {missing}, που αναφέρει το αγγλικό μήνυμα· κρατήστε κάθε σύμβολο κράτησης θέσης όπως είναι γραμμένο',
  ruleMessageUnknown:
    'αναφέρει {unknown}, που δεν αναφέρει το αγγλικό μήνυμα· {named, select, no {μην αναφέρετε κανένα σύμβολο κράτησης θέσης} other {αναφέρετε μόνο {expected}}}',
  usernameTaken: 'Το "{username}" χρησιμοποιείται ήδη· επιλέξτε άλλο όνομα χρήστη',
  tooManyWrongPasswords: 'δόθηκε λάθος πάρα πολλές φορές· δοκιμάστε ξανά σε {minutes} λεπτά',
  notCurrentPassword: 'δεν είναι ο τρέχων κωδικός πρόσβασής σας',
  usernameForm: 'Το όνομα χρήστη πρέπει να έχει από 2 έως 40 χαρακτήρες από a-z, 0-9, ".", "_" ή "-"· δόθηκε "{username}".',
  roleNotKnown: 'Ο ρόλος πρέπει να είναι ένας από {roles}· δόθηκε "{role}".',
  notARegionSlugOf: 'Το "{slug}" δεν είναι αναγνωριστικό περιφέρειας (πεζά γράμματα και ψηφία ενωμένα με παύλες, π.χ. saone-et-loire).',
  coordinatorNeedsRegions: 'Σε έναν COORDINATOR πρέπει να δοθούν οι περιφέρειες που μπορεί να επεξεργάζεται.',
  onlyCoordinatorHasRegions: 'Περιφέρειες έχει μόνο ένας COORDINATOR· ένας {role} δεν επεξεργάζεται καμία.',
  passwordProblem: 'Ο κωδικός πρόσβασης {problem}.',

  // Τα προβλήματα μιας εισαγωγής CSV (subgraphs/engagement/import/, core/csv/)
  importTooLarge:
    'Το αρχείο ξεπερνά το όριο των 2 MB ({kilobytes, number} kB)· μια εισαγωγή δέχεται το πολύ 2 MB και {records, select, participants {{max, plural, one {# συμμετέχοντα} other {# συμμετέχοντες}}} other {{max, plural, one {# στρογγυλή τράπεζα} other {# στρογγυλές τράπεζες}}}}. Χωρίστε το σε μικρότερα αρχεία και εισαγάγετε το καθένα.',
  importTooManyRows:
    'Το αρχείο έχει {records, select, participants {{count, plural, one {# συμμετέχοντα} other {# συμμετέχοντες}}} other {{count, plural, one {# στρογγυλή τράπεζα} other {# στρογγυλές τράπεζες}}}}· μια εισαγωγή δέχεται το πολύ {max, number}. Χωρίστε το σε μικρότερα αρχεία και εισαγάγετε το καθένα.',
  importEmptyFile: 'Το αρχείο είναι κενό· η πρώτη του γραμμή πρέπει να είναι η κεφαλίδα, ακριβώς: {header}',
  importWrongHeader: 'Η κεφαλίδα δεν είναι η αναμενόμενη ({differences})· η πρώτη γραμμή πρέπει να είναι η κεφαλίδα, ακριβώς: {header}',
  importHeaderMissing: 'λείπουν {columns}',
  importHeaderUnexpected: 'μη αναμενόμενες {names}',
  importHeaderBoth: 'λείπουν {columns}· μη αναμενόμενες {names}',
  importHeaderOrder: 'οι στήλες είναι σε άλλη σειρά ή επαναλαμβάνονται',
  importNoRows:
    '{records, select, participants {Το αρχείο έχει την κεφαλίδα αλλά κανέναν συμμετέχοντα· προσθέστε από κάτω μία γραμμή ανά συμμετέχοντα.} other {Το αρχείο έχει την κεφαλίδα αλλά καμία στρογγυλή τράπεζα· προσθέστε από κάτω μία γραμμή ανά στρογγυλή τράπεζα.}}',
  importOnlyNotes:
    '{records, select, participants {Το αρχείο έχει την κεφαλίδα αλλά κανέναν συμμετέχοντα} other {Το αρχείο έχει την κεφαλίδα αλλά καμία στρογγυλή τράπεζα}}: οι γραμμές που αρχίζουν με # είναι σημειώσεις, όπως το παράδειγμα του προτύπου, και παραλείπονται· προσθέστε κάτω από την κεφαλίδα μία γραμμή ανά {records, select, participants {συμμετέχοντα} other {στρογγυλή τράπεζα}}.',
  unreadableText:
    'Το αρχείο δεν είναι UTF-8: η γραμμή {line} έχει χαρακτήρες που δεν μπόρεσαν να διαβαστούν (εμφανίζονται ως �), όπως συμβαίνει σε αρχείο αποθηκευμένο ως {encoding} όταν διαβάζεται ως UTF-8. Δεν εισήχθη τίποτα.',
  saveAsUtf8:
    'Αποθηκεύστε το ως UTF-8 και εισαγάγετέ το ξανά: στο Excel, Αρχείο › Αποθήκευση ως › «CSV UTF-8 (οριοθετημένο με κόμματα)»· στο LibreOffice Calc, Αρχείο › Αποθήκευση ως › «Κείμενο CSV» με επιλεγμένο το «Επεξεργασία ρυθμίσεων φίλτρου», και μετά Σύνολο χαρακτήρων «Unicode (UTF-8)»· τα Google Sheets και το Numbers αποθηκεύουν ήδη σε UTF-8.',
  csvQuoteNotClosed: 'ένα πεδίο σε εισαγωγικά που αρχίζει σε αυτή τη γραμμή δεν κλείνει ποτέ· τερματίστε το με διπλά εισαγωγικά (")',
  csvTextAfterQuote:
    'υπάρχει κείμενο μετά το κλείσιμο διπλών εισαγωγικών· βάλτε ολόκληρο το πεδίο σε εισαγωγικά και γράψτε κάθε εισαγωγικό μέσα του δύο φορές ("")',
  csvStrayQuote:
    'διπλά εισαγωγικά μέσα σε πεδίο χωρίς εισαγωγικά· βάλτε ολόκληρο το πεδίο σε εισαγωγικά και γράψτε κάθε εισαγωγικό μέσα του δύο φορές ("")',
  csvFieldCount:
    'έχει {count, plural, one {# πεδίο} other {# πεδία}} ενώ η κεφαλίδα έχει {expected}· ένα πεδίο που περιέχει κόμμα πρέπει να μπαίνει σε εισαγωγικά',
  csvNotAWholeNumber: 'πρέπει να είναι ακέραιος αριθμός, όπως 21, ή κενό όταν είναι άγνωστο· δόθηκε "{value}"',
  csvTooManyDigits: 'πρέπει να είναι ακέραιος αριθμός με το πολύ 15 ψηφία· δόθηκε "{value}"',
  csvRegionRequired: 'είναι υποχρεωτικό: το slug της περιφέρειας, π.χ. soria',
  csvNumberRequired: 'είναι υποχρεωτικό: ο αριθμός της στρογγυλής τράπεζας στην περιφέρειά της, 1 για την πρώτη',
  csvDateRequired: 'είναι υποχρεωτικό: η ημέρα που έγινε, γραμμένη ΕΕΕΕ-ΜΜ-ΗΗ, π.χ. 2021-11-24',
  csvNotARealDate: 'πρέπει να είναι υπαρκτή ημερομηνία γραμμένη ΕΕΕΕ-ΜΜ-ΗΗ, π.χ. 2021-11-24· δόθηκε "{value}"',
  csvNotAFormat: 'πρέπει να είναι online, onsite ή hybrid, ή κενό όταν δεν δημοσιεύτηκε· δόθηκε "{value}"',
  csvUnknownRegion: 'το "{region}" δεν είναι γνωστή περιφέρεια· γνωστές: {known}',
  csvUnknownRegionSeeQuery: 'το "{region}" δεν είναι γνωστή περιφέρεια· το ερώτημα regions απαριθμεί τις γνωστές',
  csvNotYourRegion: 'συντονίζετε τις περιφέρειες {regions}· η {region} δεν είναι μία από τις περιφέρειές σας',
  csvRowTwice: 'το {region} {number} υπάρχει και στη γραμμή {line}· δώστε σε κάθε στρογγυλή τράπεζα μία μόνο γραμμή',
  csvKeptCount: 'ο αριθμός {code} που διατηρήθηκε από την εγγραφή {problem}',
  csvCategoryRequired: 'είναι υποχρεωτικό: ένας κωδικός κατηγορίας ενδιαφερόμενων φορέων, π.χ. NGO ή NEWCOMER',
  csvNewcomerRequired: 'είναι υποχρεωτικό: yes για πρόσφυγα ή μετανάστη, no για οποιονδήποτε άλλον',
  csvYesOrNo: 'πρέπει να είναι yes ή no· δόθηκε "{value}"',
  csvNotAGender:
    'πρέπει να είναι female, male, non-binary ή undisclosed (προτίμησε να μην το πει), ή κενό όταν δεν καταγράφηκε· δόθηκε "{value}"',
  csvNotAnAgeBand: 'πρέπει να είναι under-18, 18-24, 25-34, 35-49, 50-64 ή 65+, ή κενό όταν δεν καταγράφηκε· δόθηκε "{value}"',
  csvNotAnOrganisation: 'πρέπει να είναι slug οργανισμού, όπως fundacion-cepaim, ή κενό· δόθηκε "{value}"',
  csvNotAMode: 'πρέπει να είναι online ή onsite· δόθηκε "{value}"',
  csvModeRequired:
    'είναι υποχρεωτικό: online ή onsite, αφού η στρογγυλή τράπεζα {number} {format, select, none {καταγράφηκε χωρίς μορφή} other {έγινε ως {format}}}',
};
