import type { ErrorMessages } from './en';

/** The API's refusals in Polish (see en.ts). */
export const pl: ErrorMessages = {
  parametersTooDeep: 'Zmienne lub rozszerzenia są zagnieżdżone głębiej niż na {levels} poziomów.',
  bodyTooDeep: 'Treść żądania jest zagnieżdżona głębiej niż na {levels} poziomów.',
  bodyTooLarge: 'Treść żądania przekracza {megabytes} MB; wysyłaj mniej naraz.',
  bodyNotJson: 'Treść żądania nie jest poprawnym JSON-em.',
  noOperationNamed: 'Dokument nie zawiera operacji o nazwie "{name}".',
  severalOperations: 'Dokument zawiera kilka operacji: wskaż w operationName tę, którą należy wykonać.',
  noSubscriptions: 'Subskrypcje nie są obsługiwane; użyj zapytania (query).',
  introspectionOff:
    'Introspekcja jest wyłączona (GRAPHQL_EXPLORER=off); ustaw GRAPHQL_EXPLORER=on, aby ją włączyć razem z eksploratorem w przeglądarce.',
  introspectionOffInProduction:
    'Introspekcja jest wyłączona w środowisku produkcyjnym (NODE_ENV=production); ustaw GRAPHQL_EXPLORER=on, aby ją włączyć razem z eksploratorem w przeglądarce. Schemat jest też opublikowany w schema/supergraph.graphql.',
  queryTooLong: 'To zapytanie ma {value, number} bajtów; limit wynosi {max, number}. Wyślij krótsze zapytanie, z wartościami w zmiennych.',
  queryTooDeep: 'To zapytanie ma {value} poziomów zagnieżdżenia; limit wynosi {max}. Poproś o mniej zagnieżdżonych pól.',
  tooManyAliases: 'To zapytanie używa {value, number} aliasów; limit wynosi {max, number}. Podziel je na kilka żądań.',
  queryTooCostly:
    'Koszt tego zapytania wynosi {value, number} (każde pole liczy się jako 1, a to, co wybiera pole listy, liczy się {listFactor} razy); limit wynosi {max, number}. Poproś o mniej pól lub mniej zagnieżdżonych list albo podziel je na kilka żądań.',
  representationKeyMissing: 'Reprezentacja {index} ({typename}) wymaga {fields} jako tekstu lub liczby.',
  unknownRepresentation: 'Reprezentacja {index} nie wskazuje żadnej encji, którą ta usługa rozwiązuje (__typename {typename}).',

  databaseUnavailable: 'Chwilowo niedostępne: baza danych nie odpowiedziała na czas. Spróbuj ponownie za kilka sekund.',
  accountsUnavailable: 'Chwilowo niedostępne: baza danych kont nie odpowiedziała na czas. Spróbuj ponownie za kilka sekund.',
  serviceNotAnswering: 'Usługa {service} nie odpowiada; spróbuj ponownie za chwilę.',
  internalError: 'Błąd wewnętrzny; zgłaszając go, podaj {errorId}.',

  badAuthorizationHeader: 'Nagłówek Authorization musi mieć postać "Bearer <token>".',
  signInExpired: 'Twoje logowanie wygasło; zaloguj się ponownie.',
  tokenNotValid: 'Token logowania nie jest tu ważny; zaloguj się ponownie.',
  tokenWithoutExpiry:
    'Token logowania nie ma czasu wygaśnięcia (exp), a ten serwer przyjmuje tylko tokeny, które wygasają; zaloguj się ponownie albo utwórz token poleceniem `pnpm sira token`.',
  tokenLivesTooLong:
    'Token logowania jest ważny przez {hours} godz., dłużej niż {maxHours} godz., które przyjmuje ten serwer (TOKEN_MAX_LIFETIME_HOURS); zaloguj się ponownie albo utwórz krótszy poleceniem `pnpm sira token --hours`.',
  tokenUnknownRole: 'Token logowania nie wskazuje roli znanej temu serwerowi; poproś o nowy.',
  tokenBadRegions: 'Token logowania wymienia regiony, które nie są identyfikatorami regionów; poproś o nowy.',
  coordinatorTokenWithoutRegions: 'Token koordynatora musi wskazywać regiony, które może edytować; poproś o nowy.',
  sessionEnded:
    'Twoja sesja się zakończyła: wylogowano cię, twoje konto zostało dezaktywowane lub zmieniono jego rolę albo administrator zakończył sesję. Zaloguj się ponownie.',
  csrfHeaderMissing:
    'Żądanie uwierzytelnione ciasteczkiem sesji musi zawierać nagłówek {header} (dowolna wartość), którego strona z innej witryny nie może dodać; panel go wysyła. Skrypty wysyłają zamiast tego "Authorization: Bearer <token>".',

  notYourRegion: 'Koordynujesz {regions}; {region} nie jest jednym z twoich regionów.',
  notYourRegions:
    'Koordynujesz {regions}; {others} {count, plural, one {nie jest jednym} few {nie są} many {nie są} other {nie są}} z twoich regionów.',
  roleCannotChangeRecords: 'Użytkownik z rolą {role} nie może zmieniać rekordów; poproś ADMIN-a lub COORDINATOR-a regionu.',
  acrossRegionsAdminOnly:
    'Organizacja {slug} działa w wielu regionach, więc może ją zmienić tylko ADMIN; użytkownik z rolą {role} nie może.',
  reviewersOnly:
    '{step, select, recordReview {Zatwierdzanie, zwracanie i ponowne otwieranie rekordów należy} periodClosure {Zamykanie i ponowne otwieranie okresów sprawozdawczych należy} other {Oznaczanie wyróżnionej liczby jako sprawdzonej lub do wyjaśnienia należy}} do weryfikatorów: użytkowników ADMIN i EVALUATOR.',
  taxonomyAdminOnly:
    'Etykiety taksonomii są takie same dla wszystkich regionów, więc może je zmieniać tylko ADMIN; użytkownik z rolą {role} nie może.',
  auditReadersOnly: 'Dziennik audytu jest dla użytkowników ADMIN, ANALYST i EVALUATOR; zaloguj się z jedną z tych ról.',
  historyOfOwnRegions: 'Koordynator czyta historię własnych regionów: zapytaj z region ustawionym na {regions}.',
  organisationHistoryAcrossRegions:
    'Koordynator czyta historię organizacji z własnych regionów ({regions}); {slug} działa w wielu regionach.',
  organisationHistoryElsewhere: 'Koordynator czyta historię organizacji z własnych regionów ({regions}); {slug} jest w regionie {region}.',
  dataQualityForRecorders:
    'FUNDER i PUBLIC widzą tylko zatwierdzone rekordy; {list, select, ruleFindings {wyniki reguł są} outliers {liczby odbiegające od zwykłych są} other {wskaźniki kompletności są}} dla ról, które wprowadzają i sprawdzają dane.',
  reviewForRecorders: 'FUNDER i PUBLIC widzą tylko zatwierdzone rekordy; weryfikacja jest dla ról, które wprowadzają i sprawdzają dane.',
  participantRecordsHidden:
    'Rekordy uczestników są pokazywane tylko rolom {withRecords}; {aggregates} widzą dane zbiorcze (attendanceMix, stakeholderMix) z ukrytymi małymi liczebnościami.',
  importForEditors:
    'Import {records, select, participants {uczestników} other {okrągłych stołów}} jest dla użytkowników ADMIN i COORDINATOR-ów regionów; użytkownik z rolą {role} nie może zmieniać rekordów.',
  exportForRecorders:
    'Plik CSV okrągłych stołów podaje każdą liczebność tak, jak ją zapisano, także małe; jest dla użytkowników ADMIN, COORDINATOR, ANALYST i EVALUATOR. Dane zbiorcze podają panel i zapytania analityczne.',
  targetsSetByEvaluators:
    'Wartości bazowe i docelowe ustalają użytkownicy EVALUATOR i ADMIN; użytkownik z rolą {role} może je czytać, ale nie zmieniać.',
  adminsOnly:
    '{task, select, userList {Lista użytkowników jest} userHistory {Historia użytkowników jest} invite {Zapraszanie użytkowników jest} changeRole {Zmiana roli użytkownika jest} deactivate {Dezaktywowanie użytkowników jest} reactivate {Ponowne aktywowanie użytkowników jest} other {Tworzenie linków do hasła jest}} dla użytkowników ADMIN; poproś jednego z nich.',

  pleaseCorrect: 'Popraw: {problems}.',
  notADate: '{field} musi być datą zapisaną jako RRRR-MM-DD, np. 2021-11-24; otrzymano "{value}".',
  notCountryCodes: '{field} przyjmuje kody ISO 3166-1 alpha-2, takie jak "ES"; te nimi nie są: {codes}.',
  filterFromAfterTo: 'filter.from ({from}) jest późniejsze niż filter.to ({to}); zamień je miejscami lub poszerz okres.',
  rankingLimitOutOfRange:
    'limit wynosi {limit}; ranking pokazuje od 1 do {max} regionów, a resztę sumuje w others. Poproś o {max} lub mniej albo o pełną listę bez rankingu.',
  unknownRegions: 'Nieznany region {regions} w filter.regions; znane regiony: {known}.',
  noRegionInCountries: 'Brak regionów w kraju {countries} (filter.countries); kraje z regionami: {known}.',
  unknownIndicators: 'Nieznany wskaźnik {codes} w {field}; znane wskaźniki: {known}.',
  unknownPeriods: 'Nieznany okres sprawozdawczy {codes} w {field}; znane okresy: {known}.',
  unknownPeriodsAsked: 'Nieznany okres sprawozdawczy {codes} w periods; okresy to {known}.',
  unknownTaxonomyEntry:
    '{kind, select, challenge {Nieznane wyzwanie} indicator {Nieznany wskaźnik} period {Nieznany okres sprawozdawczy} other {Nieznana kategoria interesariuszy}} "{code}"; znane: {known}.',
  unknownRule: 'ruleCode "{code}" nie jest regułą; znane: {known}.',
  noReportingPeriod: 'Nie ma okresu sprawozdawczego {period}; okresy to {known}.',
  notARoundtableId: 'roundtableId musi być identyfikatorem okrągłego stołu (UUID); otrzymano "{id}".',
  notARecordId: '{field} musi być identyfikatorem rekordu (UUID); otrzymano "{id}".',
  notAResultId: '"{id}" nie jest identyfikatorem IndicatorResult; bierz identyfikatory z indicatorResults.',
  publicResultsByPeriod:
    'Fundatorzy i publiczność wybierają czas wyników wskaźników przez periods: pomiń filter.from, filter.to i filter.formats.',
  publishedPerPeriod:
    'Liczby dla fundatorów i publiczności są publikowane według okresów sprawozdawczych: podaj filter.from i filter.to jako pierwszy i ostatni dzień jednego z okresów {offered} albo pomiń oba, aby objąć wszystkie okrągłe stoły.',
  publishedNotByFormat: 'Liczby dla fundatorów i publiczności nie są dzielone według formy: pomiń filter.formats.',
  completenessByPeriod:
    'Kompletność liczy się według okresu sprawozdawczego, względem jego wartości docelowej: wybierz okresy przez periods i pomiń filter.from i filter.to.',
  sortPeriodNotAsked: 'orderBy.period {period} nie należy do okresów, o które pytano ({periods}).',
  completenessByQuery: 'RegionPeriodCompleteness odczytuje się przez zapytanie completeness: jego liczby zależą od podanego filtra.',
  completenessWithout: 'RegionPeriodCompleteness {region} {period} nadeszło bez {field}.',
  completenessNotACount: 'RegionPeriodCompleteness {field} musi być liczebnością (liczbą całkowitą, 0 lub więcej); otrzymano {value}.',
  splitThroughResults: 'Podział według {by} uzyskasz przez indicatorResults, które zwraca jeden wynik na region lub okres.',
  splitNotOffered: 'Ten wskaźnik liczy {measure}, czego nie można podzielić według {by}; można dzielić według {supported}.',
  splitNotPossible: 'Ten wskaźnik liczy {measure}, czego nie można podzielić według {by}; nie można go dzielić poza region i okres.',
  scopeNotAList: 'IndicatorResult {field} musi być null lub listą wartości {allowed}.',
  scopeNotAStringList: 'IndicatorResult {field} musi być null lub listą tekstów.',
  notMeasures:
    'IndicatorResult {id}: numerator i denominator muszą być wartościami IndicatorMeasure; otrzymano {numerator} / {denominator}.',
  resultWithoutScope: "IndicatorResult {id} nie ma scope '{ from to }'; do liczenia potrzebne są obie daty.",
  scopeFromAfterTo: 'IndicatorResult {id}: scope.from ({from}) jest późniejsze niż scope.to ({to}).',
  scopeNotBoolean: 'IndicatorResult {field} musi być wartością logiczną lub null.',
  noRecordsToReview: 'Wskaż co najmniej jeden rekord do weryfikacji.',
  tooManyToReview: 'Naraz można zweryfikować najwyżej {most} rekordów; resztę wyślij w kolejnym żądaniu.',
  recordIdsNotUuids: 'Identyfikatory rekordów to UUID; te nimi nie są: {ids}.',
  recordNamedTwice: 'Rekord wskazano dwukrotnie; wskaż każdy tylko raz.',
  reviewNeedsComment: '{action} wymaga komentarza z uzasadnieniem, do przeczytania przez koordynatora.',
  commentTooLong: 'Komentarz ma {length} znaków; zachowuje się najwyżej {most}.',
  closureNeedsReason: 'Podaj powód, dla osób, których rekordów to dotyczy.',
  reasonTooLong: 'Powód ma {length} znaków; zachowuje się najwyżej {most}.',
  markNeedsComment: 'Podaj powód: komentarz czytają koordynator i kolejni weryfikatorzy.',
  figureNotFlagged: '{what} ({value}) nie odbiega od zwykłej wartości, więc nie ma czego oznaczać.',
  untranslated: '{text}',

  roundtableNamed: 'Okrągły stół {region} #{number}',
  figureOf: 'Liczba {measure} okrągłego stołu {region} #{number}',
  countRange: '{kind, select, unknown {nieznana} exact {{min}} other {od {min} do {max}}}',
  staleVersion:
    'Ktoś inny zmienił {kind, select, roundtable {ten okrągły stół} participant {tego uczestnika} target {tę wartość docelową} mapping {to powiązanie} organisation {organizację {name}} user {użytkownika {name}} challenge {wyzwanie {name}} indicator {wskaźnik {name}} period {okres sprawozdawczy {name}} category {kategorię interesariuszy {name}} rule {teksty reguły walidacji {name}} other {ten rekord}}, odkąd go otworzono (obecnie wersja {currentVersion}). Wczytaj go ponownie, a potem wprowadź zmianę jeszcze raz.',
  concurrentWrites:
    'W tej samej chwili zapisywano inne zmiany w tych samych regionach, więc nic z tej zmiany nie zostało zapisane. Wyślij ją ponownie.',
  notADeletion:
    'Wpis audytu {entry} nie jest usunięciem {kind, select, roundtable {okrągłego stołu} participant {uczestnika} organisation {organizacji} other {rekordu}}; wybierz wpis DELETE do przywrócenia.',
  notADeletionIn:
    'Wpis audytu {entry} nie jest usunięciem {kind, select, roundtable {okrągłego stołu} participant {uczestnika} organisation {organizacji} other {rekordu}}; wybierz w {auditLog} wpis DELETE do przywrócenia.',
  noRoundtable: 'Nie ma okrągłego stołu o identyfikatorze {ids}; mógł zostać usunięty.',
  noParticipant: 'Nie ma uczestnika o identyfikatorze {id}; mógł zostać usunięty.',
  noOrganisation: 'Nie ma organizacji "{slug}"; wymienia je zapytanie organisations.',
  noTarget: 'Żadna wartość docelowa nie ma identyfikatora {id}; bierz identyfikatory z indicatorTargets.',
  noUser: 'Nie ma użytkownika "{username}".',
  noSuchParticipation: 'Uczestnik {id} nie ma udziału w okrągłym stole {roundtable}; nie ma czego usuwać.',
  roundtableBackAlready: 'Ten okrągły stół już znowu istnieje; nie ma czego przywracać.',
  participantBackAlready: 'Ten uczestnik już znowu istnieje; nie ma czego przywracać.',
  organisationBackAlready: 'Organizacja "{slug}" już znowu istnieje; nie ma czego przywracać. Zamiast tego edytuj tamtą.',
  organisationSlugTaken: 'Organizacja "{slug}" już istnieje; wybierz inny identyfikator albo edytuj tamtą.',
  roundtableNumberTaken: '{region} ma już okrągły stół numer {number}; użyj innego numeru albo edytuj tamten.',
  recordedDuringImport: 'Ktoś inny zapisał {region} {number} w trakcie importu; nic nie zostało zaimportowane. Zaimportuj plik ponownie.',
  deletedWhileRead: 'Okrągły stół z tej strony został usunięty podczas jej wczytywania; wczytaj stronę ponownie.',
  targetExists:
    '{indicator} ma już wartość docelową dla {scope, select, all {wszystkich regionów} other {{region}}} w okresie {period} (wersja {version}); podaj tę wersję, aby ją zmienić.',
  mappingExists: '{indicator} jest już powiązany z {framework} {externalCode} (wersja {version}); podaj tę wersję, aby je poprawić.',
  figureChanged: '{what}: zmieniła się, odkąd ją odczytano: teraz wynosi {now}, a widziano {seen}. Sprawdź ją ponownie przed oznaczeniem.',

  nothingChanged: 'Nic nie zostało zmienione.',
  reviewedRecordChanged: '{what}: zmienił się, odkąd go odczytano (obecnie wersja {version}); wczytaj go ponownie i sprawdź jeszcze raz.',
  reviewWrongState: '{what}: stan {state}; {action} dotyczy tylko rekordów w stanie {from}.',
  approvedLocked:
    '{what}: rekord jest zatwierdzony, więc zablokowany. Przed zmianą poproś weryfikatora (ADMIN lub EVALUATOR), aby go ponownie otworzył, podając powód.',
  periodClosed:
    '{what}: data przypada w okresie sprawozdawczym {period} ({startsOn} – {endsOn}), zamkniętym dla zmian przez {closedBy}: "{reason}". Najpierw poproś ADMIN-a lub EVALUATOR-a o ponowne otwarcie okresu.',
  periodClosedAlready: 'Okres sprawozdawczy {period} jest już zamknięty.',
  periodNotClosed: 'Okres sprawozdawczy {period} nie jest zamknięty.',
  figuresLocked:
    '{whose, select, participant {Ten uczestnik jest liczony} participants {Ci uczestnicy są liczeni} other {Jego uczestnicy są liczeni}} w {count, plural, one {okrągłym stole} few {okrągłych stołach} many {okrągłych stołach} other {okrągłych stołach}} {roundtables}, {count, plural, one {zatwierdzonym i przez to zablokowanym} few {zatwierdzonych i przez to zablokowanych} many {zatwierdzonych i przez to zablokowanych} other {zatwierdzonych i przez to zablokowanych}}. Przed zmianą poproś weryfikatora (ADMIN lub EVALUATOR), aby {count, plural, one {go} few {je} many {je} other {je}} ponownie otworzył, podając powód.',
  attendanceAt:
    'Obecność {whose, select, participant {tego uczestnika} participants {tych uczestników} other {jego uczestników}} na okrągłym stole {region} #{number}',

  lastAdmin:
    '{change, select, takeAdminRole {Odebranie roli ADMIN użytkownikowi} other {Dezaktywowanie użytkownika}} {username} nie zostawiłoby żadnego aktywnego ADMIN-a do zarządzania użytkownikami; najpierw nadaj rolę ADMIN innemu użytkownikowi.',
  deactivatedAlready: '{username} jest już dezaktywowany.',
  activeAlready: '{username} jest już aktywny.',
  linkForDeactivated: '{username} jest dezaktywowany: najpierw aktywuj go ponownie, potem utwórz link.',
  passwordChangeNeedsPassword: 'Hasło może zmienić tylko użytkownik zalogowany hasłem; token utworzony na serwerze nie ma hasła.',

  fieldProblem: '{field}: {problem}',
  notNegative: 'musi wynosić 0 lub więcej',
  notPositive: 'musi wynosić 1 lub więcej',
  atLeast: 'musi wynosić co najmniej {min}',
  atMost: 'musi wynosić najwyżej {max, number}',
  atMostPlain: 'musi wynosić najwyżej {max}',
  charactersAtMost: 'może mieć najwyżej {max, number} znaków',
  eachCharactersAtMost: 'każdy może mieć najwyżej {max} znaków',
  charactersBetween: 'musi mieć od {min} do {max} znaków',
  atLeastCharacters: 'musi mieć co najmniej {min} znaki',
  atLeastCharactersBesidesSpaces: 'musi mieć co najmniej {min} znaki poza spacjami',
  atLeastCharactersLong: 'musi mieć co najmniej {min} znaków',
  atMostCharactersLong: 'może mieć najwyżej {max} znaków',
  listAtMost: 'może wymieniać najwyżej {max, number} pozycji',
  listAtMostRoundtables: 'może wymieniać najwyżej {max, number} okrągłych stołów',
  listAtMostParticipants: 'może wymieniać najwyżej {max, number} uczestników; resztę wyślij w kolejnym zapisie',
  listAtMostRegions: 'może wymieniać najwyżej {max} regionów',
  nameAtMostRegions: 'może wskazywać najwyżej {max} regionów',
  nameAtMostCategories: 'może wskazywać najwyżej {max} kategorii',
  atLeastOneParticipant: 'musi wymieniać co najmniej jednego uczestnika',
  notACategoryCode: 'musi być kodem kategorii, np. NGO lub LOCAL_AUTHORITY',
  notCategoryCodes: 'muszą być kodami kategorii, np. NGO',
  notAChallengeCode: 'musi być kodem wyzwania, np. LANGUAGE lub TRANSPORT',
  notAnOrganisationSlug: 'musi być identyfikatorem organizacji, np. {example}',
  notARegionSlug: 'musi być identyfikatorem regionu, np. soria',
  notRegionSlugs: 'muszą być identyfikatorami regionów, np. soria',
  slugForm: 'musi składać się z małych liter i cyfr połączonych łącznikami, np. fundacion-cepaim',
  nameTheDocument: 'musi podawać nazwę dokumentu (3 znaki lub więcej)',
  notAWebAddress: 'musi być adresem internetowym zaczynającym się od http:// lub https://',
  fieldNotADate: 'musi być datą zapisaną jako RRRR-MM-DD, np. 2021-11-24',
  required: 'jest wymagane',
  atLeastOneMinute: 'musi wynosić co najmniej 1 minutę',
  atMostMinutes: 'może wynosić najwyżej {max} minut (dobę)',
  notEmpty: 'nie może być puste',
  fieldNotARoundtableId: 'musi być identyfikatorem okrągłego stołu (UUID)',
  notANumber: 'musi być liczbą',
  noEdgeSpaces: 'nie może zaczynać się ani kończyć spacją',
  dateOutOfRange: 'musi przypadać od {from} do {to} (rok od dziś); otrzymano {date}',
  giveMinimumToo: 'podaj też participants (minimum) albo pomiń oba',
  atLeastParticipants: 'musi wynosić co najmniej participants ({min})',
  notACategory: '"{code}" nie jest kategorią interesariuszy; znane: {known}',
  listedTwice: '{code} występuje dwukrotnie',
  giveParticipantsToo: 'podaj też participants albo pomiń oba',
  notAChallenge: '"{code}" nie jest wyzwaniem; znane: {known}',
  listedMoreThanOnce: '{items} wymieniono więcej niż raz',
  roundtableListedTwice: 'ten okrągły stół występuje dwukrotnie; zostaw jeden',
  noSuchRoundtable: 'nie ma okrągłego stołu {id}; mógł zostać usunięty',
  roundtableOfOtherRegion:
    'okrągły stół {number} regionu {roundtableRegion} nie należy do {region}: uczestnicy biorą udział w okrągłych stołach własnego regionu',
  roundtableHeldAs:
    'okrągły stół {number} regionu {roundtableRegion} odbył się w trybie {format}, więc przyjmuje tylko udział w trybie {format}',
  hasOtherRegionsRecords: 'ma rekordy uczestników z {regions}; usuń ich udział, zanim przeniesiesz go do {region}',
  contraryParticipations:
    '{count, plural, one {# rekord uczestnika podaje} few {# rekordy uczestników podają} many {# rekordów uczestników podaje} other {# rekordu uczestników podaje}} {other}, a okrągły stół {format} przyjmuje tylko udział w trybie {format}; najpierw je zmień',
  notARegion: '"{slug}" nie jest regionem; wymienia je zapytanie regions',
  notARegionKnown: '"{slug}" nie jest regionem; znane: {known}',
  notCategories:
    '{codes} {count, plural, one {nie jest kategorią} few {nie są kategoriami} many {nie są kategoriami} other {nie są kategoriami}} interesariuszy; wymienia je zapytanie stakeholderCategories',
  notRegions:
    '{slugs} {count, plural, one {nie jest regionem} few {nie są regionami} many {nie są regionami} other {nie są regionami}}; wymienia je zapytanie regions',
  unknownIndicatorUseOneOf: 'nieznany wskaźnik; użyj jednego z {known}',
  unknownPeriodUseOneOf: 'nieznany okres; użyj jednego z {known}',
  unknownTargetRegion: 'nieznany region; pomiń go, aby ustawić wartość docelową dla wszystkich regionów',
  giveTargetOrBaseline: 'podaj wartość docelową, wartość bazową albo obie',
  isAShare: '{code} to udział: podaj ułamek od 0 do 1 (0.4 dla 40 %)',
  isACount: '{code} to liczebność: podaj liczbę całkowitą',
  languageTwice: 'podano dwukrotnie; podaj każdy język raz',
  notBlank: 'nie może być puste',
  notBlankOrLeaveOut: 'nie może być puste; pomiń {locale}, aby wyświetlić tekst angielski',
  englishRequired: 'jest wymagany: angielski jest zapasowym językiem dla wszystkich innych',
  ruleMessageNotRead: 'zawiera {names}, których ta reguła nie odczytuje; może zawierać {facts}',
  ruleMessageLacks:
    'brakuje w nim {missing}, które zawiera komunikat angielski; zachowaj każdy symbol zastępczy dokładnie tak, jak jest zapisany',
  ruleMessageUnknown:
    'zawiera {unknown}, których nie ma w komunikacie angielskim; {named, select, no {nie używaj żadnego symbolu zastępczego} other {użyj tylko {expected}}}',
  usernameTaken: '"{username}" jest już zajęta; wybierz inną nazwę użytkownika',
  tooManyWrongPasswords: 'podano błędnie zbyt wiele razy; spróbuj ponownie za {minutes} minut',
  notCurrentPassword: 'nie jest twoim obecnym hasłem',
  usernameForm: 'Nazwa użytkownika musi mieć od 2 do 40 znaków spośród a-z, 0-9, ".", "_" lub "-"; otrzymano "{username}".',
  roleNotKnown: 'Rola musi być jedną z {roles}; otrzymano "{role}".',
  notARegionSlugOf: '"{slug}" nie jest identyfikatorem regionu (małe litery i cyfry połączone łącznikami, np. saone-et-loire).',
  coordinatorNeedsRegions: 'COORDINATOR musi otrzymać regiony, które może edytować.',
  onlyCoordinatorHasRegions: 'Regiony ma tylko COORDINATOR; {role} nie edytuje żadnego.',
  passwordProblem: 'Hasło {problem}.',

  // Problemy importu CSV (subgraphs/engagement/import/, core/csv/)
  importTooLarge:
    'Plik przekracza limit 2 MB ({kilobytes, number} kB); import obejmuje najwyżej 2 MB i {records, select, participants {{max, plural, one {# uczestnika} few {# uczestników} many {# uczestników} other {# uczestnika}}} other {{max, plural, one {# okrągły stół} few {# okrągłe stoły} many {# okrągłych stołów} other {# okrągłego stołu}}}}. Podziel go na mniejsze pliki i zaimportuj każdy z nich.',
  importTooManyRows:
    'Plik zawiera {records, select, participants {{count, plural, one {# uczestnika} few {# uczestników} many {# uczestników} other {# uczestnika}}} other {{count, plural, one {# okrągły stół} few {# okrągłe stoły} many {# okrągłych stołów} other {# okrągłego stołu}}}}; import obejmuje najwyżej {max, number}. Podziel go na mniejsze pliki i zaimportuj każdy z nich.',
  importEmptyFile: 'Plik jest pusty; jego pierwszy wiersz musi być dokładnie nagłówkiem: {header}',
  importWrongHeader: 'Nagłówek nie jest taki, jak oczekiwano ({differences}); pierwszy wiersz musi być dokładnie nagłówkiem: {header}',
  importHeaderMissing: 'brakuje {columns}',
  importHeaderUnexpected: 'nieoczekiwane {names}',
  importHeaderBoth: 'brakuje {columns}; nieoczekiwane {names}',
  importHeaderOrder: 'kolumny są w innej kolejności lub się powtarzają',
  importNoRows:
    '{records, select, participants {Plik ma nagłówek, ale żadnego uczestnika; dodaj pod nim po jednym wierszu na uczestnika.} other {Plik ma nagłówek, ale żadnego okrągłego stołu; dodaj pod nim po jednym wierszu na okrągły stół.}}',
  importOnlyNotes:
    '{records, select, participants {Plik ma nagłówek, ale żadnego uczestnika} other {Plik ma nagłówek, ale żadnego okrągłego stołu}}: wiersze zaczynające się od # są notatkami, jak przykład z szablonu, i są pomijane; dodaj pod nagłówkiem po jednym wierszu na {records, select, participants {uczestnika} other {okrągły stół}}.',
  unreadableText:
    'Plik nie jest w kodowaniu UTF-8: wiersz {line} zawiera znaki, których nie dało się odczytać (widoczne jako �), co zdarza się plikowi zapisanemu jako {encoding} i odczytanemu jako UTF-8. Niczego nie zaimportowano.',
  saveAsUtf8:
    'Zapisz go jako UTF-8 i zaimportuj ponownie: w Excelu Plik › Zapisz jako › „CSV UTF-8 (rozdzielany przecinkami)”; w LibreOffice Calc Plik › Zapisz jako › „Tekst CSV” z zaznaczonym „Edytuj ustawienia filtru”, a następnie Zestaw znaków „Unicode (UTF-8)”; Arkusze Google i Numbers zapisują już w UTF-8.',
  csvQuoteNotClosed: 'pole w cudzysłowie zaczynające się w tym wierszu nie zostało zamknięte; zakończ je cudzysłowem (")',
  csvTextAfterQuote: 'po cudzysłowie zamykającym jest tekst; ujmij całe pole w cudzysłów, a każdy cudzysłów w środku zapisz podwójnie ("")',
  csvStrayQuote: 'cudzysłów w polu bez cudzysłowu; ujmij całe pole w cudzysłów, a każdy cudzysłów w środku zapisz podwójnie ("")',
  csvFieldCount:
    'ma {count, plural, one {# pole} few {# pola} many {# pól} other {# pola}}, a nagłówek ma {expected}; pole zawierające przecinek musi być ujęte w cudzysłów',
  csvNotAWholeNumber: 'musi być liczbą całkowitą, np. 21, lub pozostać puste, gdy jest nieznane; otrzymano "{value}"',
  csvTooManyDigits: 'musi być liczbą całkowitą o najwyżej 15 cyfrach; otrzymano "{value}"',
  csvRegionRequired: 'jest wymagane: slug regionu, np. soria',
  csvNumberRequired: 'jest wymagane: numer okrągłego stołu w jego regionie, 1 dla pierwszego',
  csvDateRequired: 'jest wymagane: dzień, w którym się odbył, zapisany jako RRRR-MM-DD, np. 2021-11-24',
  csvNotARealDate: 'musi być prawdziwą datą zapisaną jako RRRR-MM-DD, np. 2021-11-24; otrzymano "{value}"',
  csvNotAFormat: 'musi mieć wartość online, onsite lub hybrid albo pozostać puste, gdy format nie został opublikowany; otrzymano "{value}"',
  csvUnknownRegion: '"{region}" nie jest znanym regionem; znane: {known}',
  csvUnknownRegionSeeQuery: '"{region}" nie jest znanym regionem; znane wymienia zapytanie regions',
  csvNotYourRegion: 'koordynujesz {regions}; {region} nie jest jednym z twoich regionów',
  csvRowTwice: '{region} {number} jest też w wierszu {line}; każdemu okrągłemu stołowi daj tylko jeden wiersz',
  csvKeptCount: 'liczba {code} zachowana z rekordu {problem}',
  csvCategoryRequired: 'jest wymagane: kod kategorii interesariuszy, np. NGO lub NEWCOMER',
  csvNewcomerRequired: 'jest wymagane: yes dla osoby uchodźczej lub migranckiej, no dla każdej innej',
  csvYesOrNo: 'musi mieć wartość yes lub no; otrzymano "{value}"',
  csvNotAGender:
    'musi mieć wartość female, male, non-binary lub undisclosed (osoba nie chciała podać) albo pozostać puste, gdy nie odnotowano; otrzymano "{value}"',
  csvNotAnAgeBand:
    'musi mieć wartość under-18, 18-24, 25-34, 35-49, 50-64 lub 65+ albo pozostać puste, gdy nie odnotowano; otrzymano "{value}"',
  csvNotAnOrganisation: 'musi być slugiem organizacji, np. fundacion-cepaim, lub pozostać puste; otrzymano "{value}"',
  csvNotAMode: 'musi mieć wartość online lub onsite; otrzymano "{value}"',
  csvModeRequired:
    'jest wymagane: online lub onsite, ponieważ okrągły stół {number} {format, select, none {zapisano bez formatu} other {odbył się w formacie {format}}}',
};
