// The indicators' labels and descriptions and the reporting periods' labels in French, Polish and
// Greek, as first released (English and Spanish came with them). Migration data: later changes
// are the ADMIN's, through the API, and audited. The descriptions keep what the English says
// about counting: attendances rather than persons, unknown never 0, shares recomputed.

type Translated = { fr: string; pl: string; el: string };

export const INDICATOR_TRANSLATIONS: Readonly<Record<string, { label: Translated; description: Translated }>> = {
  ROUNDTABLES_HELD: {
    label: { fr: 'Tables rondes tenues', pl: 'Przeprowadzone okrągłe stoły', el: 'Στρογγυλά τραπέζια που πραγματοποιήθηκαν' },
    description: {
      fr: 'Tables rondes de la plateforme régionale qui ont eu lieu et sont enregistrées, chacune comptée une fois.',
      pl: 'Okrągłe stoły platformy regionalnej, które się odbyły i zostały zarejestrowane, każdy liczony raz.',
      el: 'Στρογγυλά τραπέζια της περιφερειακής πλατφόρμας που πραγματοποιήθηκαν και έχουν καταχωριστεί, το καθένα μετρημένο μία φορά.',
    },
  },
  PARTICIPANTS: {
    label: { fr: 'Participants (présences)', pl: 'Uczestnicy (obecności)', el: 'Συμμετέχοντες (παρουσίες)' },
    description: {
      fr: "Personnes présentes à chaque table ronde, additionnées d'une table ronde à l'autre : une personne venue à deux tables rondes compte deux fois, car les chiffres publiés le sont par table ronde. Une fourchette là où un chiffre a été publié ainsi.",
      pl: 'Osoby obecne na każdym okrągłym stole, sumowane po wszystkich spotkaniach: ktoś, kto był na dwóch, liczy się dwa razy, bo opublikowane dane dotyczą pojedynczych spotkań. Przedział tam, gdzie liczbę opublikowano jako przedział.',
      el: 'Άτομα σε κάθε στρογγυλό τραπέζι, αθροισμένα σε όλα τα τραπέζια: όποιος συμμετείχε σε δύο μετράει δύο φορές, επειδή τα δημοσιευμένα στοιχεία αφορούν κάθε τραπέζι χωριστά. Εύρος τιμών όπου ένα στοιχείο δημοσιεύτηκε ως εύρος.',
    },
  },
  NEWCOMER_PARTICIPANTS: {
    label: {
      fr: 'Participation des personnes réfugiées et migrantes (présences)',
      pl: 'Uczestnicy będący uchodźcami i migrantami (obecności)',
      el: 'Συμμετέχοντες πρόσφυγες και μετανάστες (παρουσίες)',
    },
    description: {
      fr: 'Présences de personnes réfugiées et migrantes participant en leur nom propre. Connues seulement là où des fiches de participants existent ; les autres tables rondes sont comptées comme inconnues, jamais comme 0.',
      pl: 'Obecności uchodźców i migrantów uczestniczących we własnym imieniu. Znane tylko tam, gdzie istnieją rejestry uczestników; pozostałe okrągłe stoły liczone są jako nieznane, nigdy jako 0.',
      el: 'Παρουσίες προσφύγων και μεταναστών που συμμετέχουν για λογαριασμό τους. Γνωστές μόνο όπου υπάρχουν καταχωρίσεις συμμετεχόντων· τα υπόλοιπα στρογγυλά τραπέζια μετρούν ως άγνωστα, ποτέ ως 0.',
    },
  },
  ONSITE_SHARE: {
    label: { fr: 'Part des présences sur place', pl: 'Udział obecności stacjonarnych', el: 'Ποσοστό δια ζώσης συμμετοχής' },
    description: {
      fr: 'Présences sur place rapportées aux présences dont le mode est connu, recalculée à partir des effectifs pour chaque région et période (jamais une moyenne de parts).',
      pl: 'Obecności stacjonarne w stosunku do obecności o znanej formie udziału, przeliczane z liczebności dla każdego regionu i okresu (nigdy jako średnia udziałów).',
      el: 'Παρουσίες δια ζώσης προς τις παρουσίες με γνωστό τρόπο συμμετοχής, υπολογισμένο εκ νέου από τις μετρήσεις για κάθε περιφέρεια και περίοδο (ποτέ ως μέσος όρος ποσοστών).',
    },
  },
  CATEGORIES_REPRESENTED: {
    label: {
      fr: "Catégories d'acteurs représentées",
      pl: 'Reprezentowane kategorie interesariuszy',
      el: 'Κατηγορίες φορέων που εκπροσωπήθηκαν',
    },
    description: {
      fr: "Catégories d'acteurs distinctes présentes aux tables rondes, chacune comptée une fois sur la période et les régions.",
      pl: 'Różne kategorie interesariuszy obecne na okrągłych stołach, każda liczona raz w danym okresie i regionach.',
      el: 'Διακριτές κατηγορίες φορέων παρούσες στα στρογγυλά τραπέζια, η καθεμία μετρημένη μία φορά στην περίοδο και τις περιφέρειες.',
    },
  },
  ORGANISATIONS_ENGAGED: {
    label: { fr: 'Organisations impliquées', pl: 'Zaangażowane organizacje', el: 'Εμπλεκόμενοι οργανισμοί' },
    description: {
      fr: "Organisations distinctes citées comme organisatrices ou partenaires d'une table ronde, chacune comptée une fois sur la période et les régions.",
      pl: 'Różne organizacje wskazane jako organizator lub partner okrągłego stołu, każda liczona raz w danym okresie i regionach.',
      el: 'Διακριτοί οργανισμοί που αναφέρονται ως διοργανωτές ή υποστηρικτές ενός στρογγυλού τραπεζιού, ο καθένας μετρημένος μία φορά στην περίοδο και τις περιφέρειες.',
    },
  },
  CHALLENGES_RAISED: {
    label: {
      fr: 'Obstacles à la participation soulevés',
      pl: 'Zgłoszone bariery w uczestnictwie',
      el: 'Εμπόδια συμμετοχής που τέθηκαν',
    },
    description: {
      fr: 'Difficultés soulevées lors des tables rondes, une par difficulté et par table ronde : la base factuelle des actions pilotes.',
      pl: 'Wyzwania zgłoszone podczas okrągłych stołów, jedno na wyzwanie i spotkanie: podstawa dowodowa dla działań pilotażowych.',
      el: 'Προκλήσεις που τέθηκαν στα στρογγυλά τραπέζια, μία ανά πρόκληση και τραπέζι: η τεκμηρίωση για τις πιλοτικές δράσεις.',
    },
  },
};

export const PERIOD_TRANSLATIONS: Readonly<Record<string, Translated>> = {
  SIRA: { fr: 'Projet Share SIRA (2021–2023)', pl: 'Projekt Share SIRA (2021–2023)', el: 'Έργο Share SIRA (2021–2023)' },
  '2021': { fr: '2021', pl: '2021', el: '2021' },
  '2022': { fr: '2022', pl: '2022', el: '2022' },
  '2023': { fr: "2023 (jusqu'en mars)", pl: '2023 (do marca)', el: '2023 (έως τον Μάρτιο)' },
};
