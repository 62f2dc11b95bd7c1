// The stakeholder categories' labels in French, Polish and Greek, as first released (English and
// Spanish came with the taxonomy). Migration data: later changes are the ADMIN's, through the
// API, and audited. Worded as the platforms' partners speak of the people around their tables.

export const CATEGORY_TRANSLATIONS: Readonly<Record<string, { fr: string; pl: string; el: string }>> = {
  REGIONAL_AUTHORITY: {
    fr: 'Autorités et agences régionales',
    pl: 'Władze i agencje regionalne',
    el: 'Περιφερειακές αρχές και φορείς',
  },
  LOCAL_AUTHORITY: { fr: 'Autorités locales', pl: 'Władze lokalne', el: 'Τοπικές αρχές' },
  POLITICAL_REPRESENTATIVE: { fr: 'Représentants politiques', pl: 'Przedstawiciele polityczni', el: 'Πολιτικοί εκπρόσωποι' },
  CIVIL_SOCIETY: {
    fr: 'Organisations de la société civile',
    pl: 'Organizacje społeczeństwa obywatelskiego',
    el: 'Οργανώσεις της κοινωνίας των πολιτών',
  },
  NGO: { fr: 'ONG', pl: 'Organizacje pozarządowe', el: 'ΜΚΟ' },
  INTERNATIONAL_ORGANISATION: { fr: 'Organisations internationales', pl: 'Organizacje międzynarodowe', el: 'Διεθνείς οργανισμοί' },
  MIGRANT_LED_ORGANISATION: {
    fr: 'Organisations dirigées par des personnes migrantes et réfugiées',
    pl: 'Organizacje prowadzone przez migrantów i uchodźców',
    el: 'Οργανώσεις με επικεφαλής μετανάστες και πρόσφυγες',
  },
  VOLUNTEER: { fr: 'Bénévoles', pl: 'Wolontariusze', el: 'Εθελοντές' },
  LOCAL_CITIZEN: { fr: 'Habitants du territoire', pl: 'Mieszkańcy regionu', el: 'Κάτοικοι της περιοχής' },
  STUDENT: { fr: 'Élèves et étudiants', pl: 'Uczniowie i studenci', el: 'Μαθητές και φοιτητές' },
  COMMUNITY_AGENCY: { fr: 'Autres structures de proximité', pl: 'Inne podmioty lokalne', el: 'Άλλοι τοπικοί φορείς' },
  NEWCOMER: { fr: 'Personnes réfugiées et migrantes', pl: 'Uchodźcy i migranci', el: 'Πρόσφυγες και μετανάστες' },
  OTHER: { fr: 'Autres', pl: 'Inni', el: 'Άλλοι' },
};
