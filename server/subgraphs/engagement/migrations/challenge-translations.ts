// The challenges' labels in French, Polish and Greek, as first released (English and Spanish came
// with the taxonomy). Migration data: later changes are the ADMIN's, through the API, and audited.
// Each names the barrier to taking part as a coordinator would note it down.

export const CHALLENGE_TRANSLATIONS: Readonly<Record<string, { fr: string; pl: string; el: string }>> = {
  LANGUAGE: { fr: 'Langue', pl: 'Język', el: 'Γλώσσα' },
  PUBLIC_SPEAKING: { fr: 'Prise de parole en public', pl: 'Wystąpienia publiczne', el: 'Δημόσια ομιλία' },
  TRANSPORT: { fr: 'Transport', pl: 'Dojazd', el: 'Μετακίνηση' },
  DIGITAL_GAP: { fr: 'Fracture numérique', pl: 'Wykluczenie cyfrowe', el: 'Ψηφιακό χάσμα' },
  TIME_SCHEDULE: { fr: 'Temps et horaires', pl: 'Czas i godziny spotkań', el: 'Χρόνος και ωράρια' },
  HOUSING: { fr: 'Logement', pl: 'Mieszkanie', el: 'Στέγαση' },
  ACCESS_TO_SERVICES: { fr: 'Accès aux services', pl: 'Dostęp do usług', el: 'Πρόσβαση σε υπηρεσίες' },
  FUNDING: { fr: 'Financement', pl: 'Finansowanie', el: 'Χρηματοδότηση' },
  COMMUNICATION: { fr: 'Communication', pl: 'Komunikacja', el: 'Επικοινωνία' },
  CHILDCARE: { fr: "Garde d'enfants", pl: 'Opieka nad dziećmi', el: 'Φροντίδα παιδιών' },
  OTHER: { fr: 'Autre', pl: 'Inne', el: 'Άλλο' },
};
