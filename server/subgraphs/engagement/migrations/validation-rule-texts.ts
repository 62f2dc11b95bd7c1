// The validation rules' titles and messages in every language, as first released (until then they
// were written beside each rule in contract/validation-rules/). Migration data: later changes are
// the ADMIN's, through the API (setValidationRuleTexts), and audited. A message's {placeholders}
// are facts its rule reads, the same ones in every language.

type Texts = Readonly<Record<'en' | 'es' | 'fr' | 'pl' | 'el', string>>;

export const VALIDATION_RULE_TEXTS: Readonly<Record<string, { title: Texts; message: Texts }>> = {
  ONLINE_WITHIN_TOTAL: {
    title: {
      en: 'Online within the participants',
      es: 'En línea dentro de los participantes',
      fr: 'En ligne dans la limite des participants',
      pl: 'Online nie więcej niż uczestników',
      el: 'Διαδικτυακά εντός του συνόλου των συμμετεχόντων',
    },
    message: {
      en: 'must be at most the number of participants ({participantsMax}); correct it or the participants',
      es: 'debe ser como mucho el número de participantes ({participantsMax}); corríjalo o corrija los participantes',
      fr: 'doit être au plus égal au nombre de participants ({participantsMax}) ; corrigez ce nombre ou celui des participants',
      pl: 'może wynosić najwyżej tyle, ile jest uczestników ({participantsMax}); popraw tę liczbę lub liczbę uczestników',
      el: 'πρέπει να είναι το πολύ όσο ο αριθμός των συμμετεχόντων ({participantsMax})· διορθώστε τον ή διορθώστε τους συμμετέχοντες',
    },
  },
  ONSITE_WITHIN_TOTAL: {
    title: {
      en: 'Onsite within the participants',
      es: 'Presencial dentro de los participantes',
      fr: 'En présentiel dans la limite des participants',
      pl: 'Stacjonarnie nie więcej niż uczestników',
      el: 'Δια ζώσης εντός του συνόλου των συμμετεχόντων',
    },
    message: {
      en: 'must be at most the number of participants ({participantsMax}); correct it or the participants',
      es: 'debe ser como mucho el número de participantes ({participantsMax}); corríjalo o corrija los participantes',
      fr: 'doit être au plus égal au nombre de participants ({participantsMax}) ; corrigez ce nombre ou celui des participants',
      pl: 'może wynosić najwyżej tyle, ile jest uczestników ({participantsMax}); popraw tę liczbę lub liczbę uczestników',
      el: 'πρέπει να είναι το πολύ όσο ο αριθμός των συμμετεχόντων ({participantsMax})· διορθώστε τον ή διορθώστε τους συμμετέχοντες',
    },
  },
  SPLIT_WITHIN_TOTAL: {
    title: {
      en: 'Online + onsite within the participants',
      es: 'En línea + presencial dentro de los participantes',
      fr: 'En ligne + présentiel dans la limite des participants',
      pl: 'Online + stacjonarnie nie więcej niż uczestników',
      el: 'Διαδικτυακά + δια ζώσης εντός του συνόλου των συμμετεχόντων',
    },
    message: {
      en: 'online ({onlineMin}) + onsite ({onsiteMin}) must be at most the number of participants ({participantsMax}); correct the split or the participants',
      es: 'en línea ({onlineMin}) + presencial ({onsiteMin}) debe ser como mucho el número de participantes ({participantsMax}); corrija el reparto o los participantes',
      fr: 'en ligne ({onlineMin}) + présentiel ({onsiteMin}) doit être au plus égal au nombre de participants ({participantsMax}) ; corrigez la répartition ou le nombre de participants',
      pl: 'online ({onlineMin}) + stacjonarnie ({onsiteMin}) może wynosić najwyżej tyle, ile jest uczestników ({participantsMax}); popraw podział lub liczbę uczestników',
      el: 'διαδικτυακά ({onlineMin}) + δια ζώσης ({onsiteMin}) πρέπει να είναι το πολύ όσο ο αριθμός των συμμετεχόντων ({participantsMax})· διορθώστε την κατανομή ή τους συμμετέχοντες',
    },
  },
  ONLINE_WITHOUT_ONSITE: {
    title: {
      en: 'No onsite attendance at an online roundtable',
      es: 'Sin asistencia presencial en una mesa redonda en línea',
      fr: 'Aucune présence sur place à une table ronde en ligne',
      pl: 'Brak obecności stacjonarnej na okrągłym stole online',
      el: 'Καμία δια ζώσης παρουσία σε διαδικτυακό στρογγυλό τραπέζι',
    },
    message: {
      en: 'must be empty or 0 for an online roundtable ({onsiteMin} given); correct it or the format',
      es: 'debe quedar vacío o en 0 en una mesa redonda en línea (se indicó {onsiteMin}); corríjalo o corrija el formato',
      fr: 'doit rester vide ou à 0 pour une table ronde en ligne ({onsiteMin} indiqué) ; corrigez ce nombre ou le format',
      pl: 'musi pozostać puste lub wynosić 0 dla okrągłego stołu online (podano {onsiteMin}); popraw tę liczbę lub formę spotkania',
      el: 'πρέπει να μείνει κενό ή 0 για διαδικτυακό στρογγυλό τραπέζι (δόθηκε {onsiteMin})· διορθώστε το ή διορθώστε τη μορφή',
    },
  },
  ONSITE_WITHOUT_ONLINE: {
    title: {
      en: 'No online attendance at an onsite roundtable',
      es: 'Sin asistencia en línea en una mesa redonda presencial',
      fr: 'Aucune présence en ligne à une table ronde en présentiel',
      pl: 'Brak obecności online na stacjonarnym okrągłym stole',
      el: 'Καμία διαδικτυακή παρουσία σε δια ζώσης στρογγυλό τραπέζι',
    },
    message: {
      en: 'must be empty or 0 for an onsite roundtable ({onlineMin} given); correct it or the format',
      es: 'debe quedar vacío o en 0 en una mesa redonda presencial (se indicó {onlineMin}); corríjalo o corrija el formato',
      fr: 'doit rester vide ou à 0 pour une table ronde en présentiel ({onlineMin} indiqué) ; corrigez ce nombre ou le format',
      pl: 'musi pozostać puste lub wynosić 0 dla stacjonarnego okrągłego stołu (podano {onlineMin}); popraw tę liczbę lub formę spotkania',
      el: 'πρέπει να μείνει κενό ή 0 για δια ζώσης στρογγυλό τραπέζι (δόθηκε {onlineMin})· διορθώστε το ή διορθώστε τη μορφή',
    },
  },
  CATEGORY_WITHIN_TOTAL: {
    title: {
      en: "A category's participants within the total",
      es: 'Participantes de una categoría dentro del total',
      fr: "Participants d'une catégorie dans la limite du total",
      pl: 'Uczestnicy kategorii nie więcej niż ogółem',
      el: 'Συμμετέχοντες μιας κατηγορίας εντός του συνόλου',
    },
    message: {
      en: 'must be at most the number of participants ({participantsMax}); correct it or the participants',
      es: 'debe ser como mucho el número de participantes ({participantsMax}); corríjalo o corrija los participantes',
      fr: 'doit être au plus égal au nombre de participants ({participantsMax}) ; corrigez ce nombre ou celui des participants',
      pl: 'może wynosić najwyżej tyle, ile jest uczestników ({participantsMax}); popraw tę liczbę lub liczbę uczestników',
      el: 'πρέπει να είναι το πολύ όσο ο αριθμός των συμμετεχόντων ({participantsMax})· διορθώστε τον ή διορθώστε τους συμμετέχοντες',
    },
  },
  CATEGORIES_WITHIN_TOTAL: {
    title: {
      en: 'Each category present has someone there',
      es: 'Cada categoría presente tiene a alguien',
      fr: 'Chaque catégorie présente compte au moins une personne',
      pl: 'Każda obecna kategoria ma co najmniej jedną osobę',
      el: 'Κάθε παρούσα κατηγορία έχει τουλάχιστον ένα άτομο',
    },
    message: {
      en: '{categoriesPresent} categories are present, but the participants are at most {participantsMax}: each category present had at least one person there; remove one or correct the participants',
      es: 'hay {categoriesPresent} categorías presentes, pero los participantes son como mucho {participantsMax}: cada categoría presente tuvo al menos una persona; quite alguna o corrija los participantes',
      fr: 'le nombre de catégories présentes ({categoriesPresent}) dépasse le nombre maximal de participants ({participantsMax}) : chaque catégorie présente comptait au moins une personne ; retirez-en une ou corrigez le nombre de participants',
      pl: 'liczba obecnych kategorii ({categoriesPresent}) przekracza największą liczbę uczestników ({participantsMax}), a każda obecna kategoria miała co najmniej jedną osobę; usuń którąś z nich lub popraw liczbę uczestników',
      el: 'οι παρούσες κατηγορίες ({categoriesPresent}) είναι περισσότερες από τους συμμετέχοντες, που είναι το πολύ {participantsMax}: κάθε παρούσα κατηγορία είχε τουλάχιστον ένα άτομο· αφαιρέστε μία ή διορθώστε τους συμμετέχοντες',
    },
  },
  DATE_IN_PROJECT: {
    title: {
      en: 'Date inside the project',
      es: 'Fecha dentro del proyecto',
      fr: 'Date comprise dans le projet',
      pl: 'Data w okresie projektu',
      el: 'Ημερομηνία εντός του έργου',
    },
    message: {
      en: 'is outside the project ({projectStartsOn} to {projectEndsOn}); check the date',
      es: 'queda fuera del proyecto ({projectStartsOn} a {projectEndsOn}); compruebe la fecha',
      fr: 'est en dehors du projet (du {projectStartsOn} au {projectEndsOn}) ; vérifiez la date',
      pl: 'wykracza poza okres projektu (od {projectStartsOn} do {projectEndsOn}); sprawdź datę',
      el: 'είναι εκτός της διάρκειας του έργου ({projectStartsOn} έως {projectEndsOn})· ελέγξτε την ημερομηνία',
    },
  },
  DURATION_PLAUSIBLE: {
    title: {
      en: 'Duration from 15 to 600 minutes',
      es: 'Duración de 15 a 600 minutos',
      fr: 'Durée de 15 à 600 minutes',
      pl: 'Czas trwania od 15 do 600 minut',
      el: 'Διάρκεια από 15 έως 600 λεπτά',
    },
    message: {
      en: 'is {durationMinutes} minutes, while a roundtable lasts 15 to 600; check it',
      es: 'es de {durationMinutes} minutos, cuando una mesa redonda dura de 15 a 600; compruébela',
      fr: "est de {durationMinutes} minutes, alors qu'une table ronde dure de 15 à 600 minutes ; vérifiez-la",
      pl: 'wynosi {durationMinutes} min, a okrągły stół trwa od 15 do 600 minut; sprawdź czas trwania',
      el: 'είναι {durationMinutes} λεπτά, ενώ ένα στρογγυλό τραπέζι διαρκεί από 15 έως 600 λεπτά· ελέγξτε τη',
    },
  },
  ORGANISATIONS_WITHIN_TOTAL: {
    title: {
      en: 'Organisations within the participants',
      es: 'Organizaciones dentro de los participantes',
      fr: 'Organisations dans la limite des participants',
      pl: 'Organizacji nie więcej niż uczestników',
      el: 'Οργανισμοί εντός του συνόλου των συμμετεχόντων',
    },
    message: {
      en: 'is more than the number of participants ({participantsMax}), while each organisation represented has someone there; check both',
      es: 'es más que el número de participantes ({participantsMax}), cuando cada organización representada tiene a alguien presente; compruebe ambas cifras',
      fr: 'dépasse le nombre de participants ({participantsMax}), alors que chaque organisation représentée compte au moins une personne présente ; vérifiez les deux',
      pl: 'przekracza liczbę uczestników ({participantsMax}), a każda reprezentowana organizacja ma na miejscu co najmniej jedną osobę; sprawdź obie liczby',
      el: 'υπερβαίνει τον αριθμό των συμμετεχόντων ({participantsMax}), ενώ κάθε οργανισμός που εκπροσωπείται έχει τουλάχιστον ένα άτομο παρόν· ελέγξτε και τα δύο',
    },
  },
};
