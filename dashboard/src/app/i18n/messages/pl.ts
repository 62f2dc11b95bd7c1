import type { Messages } from './en';

export const pl: Messages = {
  'app.name': 'SIRA Monitor',
  'app.tagline': 'Regionalne platformy współpracy na rzecz integracji migrantów i uchodźców',
  'app.skipToContent': 'Przejdź do treści',
  'nav.label': 'Menu główne',
  'nav.overview': 'Przegląd',
  'nav.compare': 'Porównaj regiony',
  'nav.indicators': 'Wskaźniki',
  'nav.regions': 'Regiony',
  'language.label': 'Język',

  'session.signIn': 'Zaloguj się',
  'session.signOut': 'Wyloguj się',
  'session.label': 'Zalogowano jako',
  'role.ADMIN': 'Administrator(ka)',
  'role.COORDINATOR': 'Koordynator(ka) regionu',
  'role.ANALYST': 'Analityk(-czka)',
  'role.EVALUATOR': 'Ewaluator(ka)',
  'role.FUNDER': 'Grantodawca',
  'role.PUBLIC': 'Niezalogowany(-a)',
  'roleNote.PUBLIC':
    'Nie jesteś zalogowany(-a), więc widzisz chronioną publikację danych zagregowanych z zatwierdzonych rekordów: liczebności poniżej 5 osób są utajnione, podobnie jak liczby, które pozwoliłyby je odtworzyć; rekordy uczestników i notatki są ukryte.',
  'roleNote.FUNDER':
    'Jako grantodawca widzisz chronioną publikację danych zagregowanych z zatwierdzonych rekordów: liczebności poniżej 5 osób są utajnione, podobnie jak liczby, które pozwoliłyby je odtworzyć; rekordy uczestników i notatki są ukryte.',
  'roleNote.ANALYST': 'Jako analityk(-czka) widzisz wszystko, co zarejestrowano, tylko do odczytu.',
  'roleNote.EVALUATOR':
    'Jako ewaluator(ka) widzisz wszystko, co zarejestrowano, weryfikujesz i zatwierdzasz okrągłe stoły oraz ustalasz wartości bazowe i docelowe wskaźników.',
  'roleNote.COORDINATOR':
    'Jako koordynator(ka) regionu widzisz wszystko, co zarejestrowano, możesz edytować przypisane Ci regiony ({regions}) i przekazywać ich okrągłe stoły do weryfikacji.',
  'roleNote.ADMIN':
    'Jako administrator(ka) widzisz wszystko, co zarejestrowano, możesz edytować każdy region oraz weryfikujesz i zatwierdzasz okrągłe stoły.',

  'filters.title': 'Filtry',
  'filters.from': 'Od',
  'filters.to': 'Do',
  'filters.countries': 'Kraje',
  'filters.regions': 'Regiony',
  'filters.recordedOnly': 'Tylko zarejestrowane fakty (ukryj dane przykładowe)',
  'filters.clear': 'Wyczyść filtry',
  'filters.invalidPeriod': 'Data początkowa jest późniejsza niż data końcowa.',
  'filters.period': 'Okres',
  'filters.allRoundtables': 'Wszystkie okrągłe stoły',
  'filters.otherDates': 'Inne daty (nieopublikowane)',
  'filters.periodHint': 'Dane dla Twojej roli są publikowane według okresów sprawozdawczych.',
  'filters.periodRefused': 'Dane dla Twojej roli są publikowane tylko według okresów sprawozdawczych: wybierz okres w filtrach powyżej.',
  'filters.showAll': 'Pokaż wszystkie okrągłe stoły',
  'filters.approvedOnly': 'Tylko zatwierdzone rekordy',
  'filters.regionSearch': 'Znajdź region',
  'filters.regionsShown': 'Pokazane regiony: {shown, number} z {total, number}',
  'filters.regionsClear': 'Wyczyść wybrane regiony ({count, number})',
  'filters.countrySelect': 'Wybierz wszystkie: {country} ({count, number})',
  'filters.countryClear': 'Wyczyść: {country}',
  'filters.regionsNoMatch': 'Żaden region nie pasuje do wyszukiwania.',
  'chart.othersLabel': 'Wszystkie pozostałe ({count, number})',
  'chart.topRegions':
    'Regiony z największą liczbą uczestników: {shown, number} z {total, number}; pozostałe ({others, number}) zsumowano w jednym słupku „Wszystkie pozostałe”.',
  // What every analytics page counts: records in every review state, or approved ones only.
  'records.label': 'Liczone:',
  'records.all': 'Wszystkie zarejestrowane rekordy',
  'records.allHint': 'łącznie z wersjami roboczymi i rekordami oczekującymi na weryfikację',
  'records.approved': 'Tylko zatwierdzone rekordy',
  'records.publicationNote': 'Okrągły stół jest tu liczony, gdy osoba weryfikująca go zatwierdzi.',
  'records.waiting':
    '{count, plural, one {# okrągły stół oczekujący na weryfikację} few {# okrągłe stoły oczekujące na weryfikację} many {# okrągłych stołów oczekujących na weryfikację} other {# okrągłego stołu oczekującego na weryfikację}}',
  'quality.summary.label': 'Jakość danych',
  'quality.summary.waiting':
    '{count, plural, one {# rekord czeka na weryfikację} few {# rekordy czekają na weryfikację} many {# rekordów czeka na weryfikację} other {# rekordu czeka na weryfikację}}',
  'quality.summary.returned':
    '{count, plural, one {# zwrócony do poprawy} few {# zwrócone do poprawy} many {# zwróconych do poprawy} other {# zwróconego do poprawy}}',
  'quality.summary.drafts':
    '{count, plural, one {# wersja robocza} few {# wersje robocze} many {# wersji roboczych} other {# wersji roboczej}}',
  'quality.summary.outliers':
    '{count, plural, one {# liczba odbiegająca od zwykłej, jeszcze niesprawdzona} few {# liczby odbiegające od zwykłych, jeszcze niesprawdzone} many {# liczb odbiegających od zwykłych, jeszcze niesprawdzonych} other {# liczby odbiegającej od zwykłych, jeszcze niesprawdzonej}}',
  'quality.summary.followUps':
    '{count, plural, one {# liczba do wyjaśnienia} few {# liczby do wyjaśnienia} many {# liczb do wyjaśnienia} other {# liczby do wyjaśnienia}}',
  'quality.summary.warnings':
    '{count, plural, one {# ostrzeżenie reguł} few {# ostrzeżenia reguł} many {# ostrzeżeń reguł} other {# ostrzeżenia reguł}}',
  'quality.summary.allClear': 'Nic nie czeka na weryfikację ani poprawę.',
  'quality.summary.open': 'Otwórz jakość danych',

  'state.loading': 'Wczytywanie…',
  'state.error': 'Nie udało się wczytać danych.',
  'state.errorDetail': 'Odpowiedź serwera: {message}',
  'state.pageFailed': 'Nie udało się wczytać tej strony: sprawdź połączenie i spróbuj ponownie. Jeśli znów się nie uda, odśwież stronę.',
  'state.retry': 'Spróbuj ponownie',
  'state.empty': 'Żaden okrągły stół nie pasuje do tych filtrów.',
  'state.emptyHint': 'Poszerz okres lub wybierz inne regiony.',

  'illustrative.banner':
    'Ten widok zawiera dane przykładowe: część okrągłych stołów ({count} z {total}) wygenerowano na potrzeby demonstracji i nie są to prawdziwe rekordy.',
  'illustrative.tag': 'Przykładowe',
  'illustrative.hide': 'Pokaż tylko zarejestrowane fakty',

  'chart.showTable': 'Pokaż jako tabelę',
  'chart.downloadCsv': 'Pobierz CSV',
  'chart.sources': 'Źródła',
  'chart.moreSources':
    '{count, plural, one {i # inne źródło} few {i # inne źródła} many {i # innych źródeł} other {i # innego źródła}}, wszystkie wymienione w raporcie',
  'chart.noSourceUrl': 'adres internetowy nieznany',
  'chart.legend': 'Legenda',
  'chart.unknown': 'Nieznane',
  'chart.notCounted': 'obecni, nie policzono',

  'figure.unknown': 'nieznana',
  // The same words wherever a scope has nothing to count or a count says less than a number would.
  'figure.noRecords': 'Brak rekordów',
  'figure.noChallenge': 'Nie zarejestrowano żadnego wyzwania',
  'figure.noCategory': 'Nie zarejestrowano żadnej kategorii interesariuszy',
  'figure.modeNotPublished': 'tryb nieopublikowany',
  'figure.notesColumn': 'Uwagi',

  'withheld.SMALL_COUNT': 'Mniej niż 5',
  'withheld.PROTECTS_SMALL_COUNT': 'Utajniono, by chronić małą liczebność',
  'withheld.NOT_PUBLISHED': 'Nie publikuje się na tym poziomie',
  'withheld.explain.SMALL_COUNT':
    'liczebność poniżej 5 osób (lub możliwie taka, gdy liczba jest przedziałem), utajniona, aby nikogo nie dało się wskazać.',
  'withheld.explain.PROTECTS_SMALL_COUNT':
    'utajniono, aby małej liczebności nie dało się wyliczyć z pokazanych liczb, np. odejmując pozostałe od sumy.',
  'withheld.explain.NOT_PUBLISHED':
    'nie należy do publikacji dla grantodawców i opinii publicznej, która podaje liczbę osób tylko według regionu i okresu sprawozdawczego (nie według okrągłego stołu, formy ani dla innych dat).',
  'withheld.split.SMALL_COUNT': '(w jednym z trybów mniej niż 5)',
  'withheld.split.PROTECTS_SMALL_COUNT': '(podział utajniony dla ochrony małej liczebności)',
  'withheld.split.NOT_PUBLISHED': '(podziału nie opublikowano)',
  'withheld.column': 'Utajnione liczebności',
  'withheld.noteLabel': 'Utajnione liczby',
  'withheld.methodLink': 'Jak chronione są dane',

  'overview.title': 'Przegląd',
  'overview.intro': 'Co platformy zarejestrowały w wybranym okresie i regionach.',
  'overview.regions': 'Regiony',
  'overview.regionsNote': 'Z okrągłymi stołami: {count}',
  'overview.regionsOthers':
    '{count, plural, one {# inny region w zakresie nie jest tu wymieniony} few {# inne regiony w zakresie nie są tu wymienione} many {# innych regionów w zakresie nie jest tu wymienionych} other {# innego regionu w zakresie nie wymieniono tutaj}}: znajdź region po nazwie.',
  'overview.roundtables': 'Odbyte okrągłe stoły',
  'overview.participants': 'Uczestnicy',
  'overview.participantsNote': 'Okrągłe stoły bez liczby uczestników: {count}',
  'overview.online': 'Zdalnie',
  'overview.onsite': 'Stacjonarnie',
  'overview.modeNote': 'odsetek uczestników o znanym trybie udziału',
  'overview.categories': 'Objęte kategorie interesariuszy',
  'overview.challenges': 'Zgłoszone wyzwania',
  'overview.challengesNote': 'Liczba wzmianek: {count}',
  'count.roundtables': '{count, plural, one {# okrągły stół} few {# okrągłe stoły} many {# okrągłych stołów} other {# okrągłego stołu}}',
  'overview.changes': 'Co się zmieniło',
  'overview.changesIntro': 'W porównaniu z równie długim okresem bezpośrednio przed {from} (liczba dni: {days}):',
  'overview.changesNoPeriod': 'Wybierz datę początkową i końcową, aby porównać okres z poprzednim.',
  'overview.changesIntroPeriod': 'W porównaniu z okresem {period}:',
  'overview.changesNoReportingYear': 'Wybierz rok sprawozdawczy późniejszy niż pierwszy, aby porównać go z rokiem poprzednim.',
  'overview.changeRow': '{label}: {now} (wcześniej: {before})',
  'overview.period': 'Objęty okres: od {from} do {to}',

  'compare.attendance': 'Frekwencja według trybu udziału, w podziale na regiony (uczestnicy)',
  'compare.attendanceDescription':
    'Słupki skumulowane: uczestnicy, którzy brali udział zdalnie, stacjonarnie lub których tryb udziału nie został opublikowany. Zakreskowany odcinek to niepewna część przedziału. Regiony bez opublikowanej liczby są oznaczone jako nieznane.',

  'report.nav': 'Raport',

  'region.roundtables': 'Okrągłe stoły',
  'region.roundtable': 'Okrągły stół {number}',
  'region.format': 'Forma',
  'region.minutes': '{count} min',
  'region.theme': 'Temat',
  'region.organisers': 'Organizatorzy',
  'region.supporter': 'wsparcie',
  'region.attendance': 'Frekwencja',
  'region.categories': 'Kategorie interesariuszy',
  'region.challenges': 'Zgłoszone wyzwania',
  'region.insights': 'Wnioski',
  'region.interests': 'Tematy, o których uczestnicy chcą dowiedzieć się więcej',
  'region.sources': 'Źródła',

  'format.ONLINE': 'Zdalna',
  'format.ONSITE': 'Stacjonarna',
  'format.HYBRID': 'Hybrydowa',
  'format.unknown': 'Nie opublikowano',

  'series.online': 'Zdalnie',
  'series.onsite': 'Stacjonarnie',
  'series.unknownMode': 'Tryb nieznany',
  'series.range': 'Niepewne (przedział)',
  'series.splitWithheld': 'Suma, podział według trybu utajniony',
  'series.roundtables': 'Okrągłe stoły',

  'column.region': 'Region',
  'column.roundtables': 'Okrągłe stoły',
  'column.roundtablesUnknown': 'Okrągłe stoły bez danych o frekwencji',
  'column.online': 'Zdalnie',
  'column.onsite': 'Stacjonarnie',
  'column.unknownMode': 'Tryb nieznany',
  'column.total': 'Razem',
  'column.category': 'Kategoria interesariuszy',
  'column.participants': 'Uczestnicy',
  'column.challenge': 'Wyzwanie',
  'column.mentions': 'Wzmianki',
  'column.date': 'Data',
  'column.number': 'Nr',

  'nav.import': 'Importuj okrągłe stoły',
  'nav.review': 'Kolejka weryfikacji',
  'nav.quality': 'Jakość danych',
  'nav.organisations': 'Organizacje',
  'nav.users': 'Użytkownicy',
  'nav.account': 'Twoje konto',
  'chart.downloadXlsx': 'Pobierz XLSX',
  'chart.xlsxFailed': 'Nie udało się utworzyć arkusza. Spróbuj ponownie.',
  'chart.codeFailed': 'Nie udało się wczytać wykresu: sprawdź połączenie i odśwież stronę albo pokaż go jako tabelę.',

  // A platform's own records, which cite no publication: what their figures are said to be.
  'format.notRecorded': 'Nie zarejestrowano',
  'chart.recordedByPlatform': 'Zarejestrowane przez samą platformę regionu {region}, nieopublikowane',
  // Page titles (the browser tab): "<page> · <record> · SIRA Monitor".
  'title.editRoundtable': 'Edycja okrągłego stołu',
  'title.roundtableOf': '{region}, okrągły stół {number}',
  // What was not found, and the way back.
};
