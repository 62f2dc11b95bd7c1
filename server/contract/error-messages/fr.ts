import type { ErrorMessages } from './en';

/** The API's refusals in French (see en.ts). */
export const fr: ErrorMessages = {
  parametersTooDeep: 'Les variables ou les extensions sont imbriquées sur plus de {levels} niveaux.',
  bodyTooDeep: 'Le corps de la requête est imbriqué sur plus de {levels} niveaux.',
  bodyTooLarge: 'Le corps de la requête dépasse {megabytes} Mo ; envoyez-en moins à la fois.',
  bodyNotJson: 'Le corps de la requête n’est pas du JSON valide.',
  noOperationNamed: 'Le document ne contient aucune opération nommée "{name}".',
  severalOperations: 'Le document contient plusieurs opérations : indiquez celle à exécuter dans operationName.',
  noSubscriptions: 'Les abonnements (subscriptions) ne sont pas servis ; posez une query.',
  introspectionOff:
    'L’introspection est désactivée (GRAPHQL_EXPLORER=off) ; définissez GRAPHQL_EXPLORER=on pour l’activer, avec l’explorateur dans le navigateur.',
  introspectionOffInProduction:
    'L’introspection est désactivée en production (NODE_ENV=production) ; définissez GRAPHQL_EXPLORER=on pour l’activer, avec l’explorateur dans le navigateur. Le schéma est aussi publié dans schema/supergraph.graphql.',
  queryTooLong:
    'Cette requête fait {value, number} octets ; la limite est de {max, number}. Envoyez une requête plus courte, avec les valeurs dans des variables.',
  queryTooDeep: 'Cette requête est imbriquée sur {value} niveaux ; la limite est de {max}. Demandez moins de champs imbriqués.',
  tooManyAliases: 'Cette requête utilise {value, number} alias ; la limite est de {max, number}. Répartissez-la sur plusieurs requêtes.',
  queryTooCostly:
    'Cette requête coûte {value, number} (chaque champ compte 1, et ce que sélectionne un champ de liste compte {listFactor} fois) ; la limite est de {max, number}. Demandez moins de champs ou moins de listes imbriquées, ou répartissez-la sur plusieurs requêtes.',
  representationKeyMissing: 'La représentation {index} ({typename}) a besoin de {fields} sous forme de texte ou de nombre.',
  unknownRepresentation: 'La représentation {index} ne désigne aucune entité que ce service résout (__typename {typename}).',

  databaseUnavailable: 'Momentanément indisponible : la base de données n’a pas répondu à temps. Réessayez dans quelques secondes.',
  accountsUnavailable:
    'Momentanément indisponible : la base de données des comptes n’a pas répondu à temps. Réessayez dans quelques secondes.',
  serviceNotAnswering: 'Le service {service} ne répond pas ; réessayez dans un instant.',
  internalError: 'Erreur interne ; citez {errorId} en la signalant.',

  badAuthorizationHeader: 'L’en-tête Authorization doit être de la forme "Bearer <token>".',
  signInExpired: 'Votre connexion a expiré ; reconnectez-vous.',
  tokenNotValid: 'Le jeton de connexion n’est pas valable ici ; reconnectez-vous.',
  tokenWithoutExpiry:
    'Le jeton de connexion n’a pas de date d’expiration (exp), et ce serveur n’accepte que des jetons qui expirent ; reconnectez-vous, ou créez-en un avec `pnpm sira token`.',
  tokenLivesTooLong:
    'Le jeton de connexion est valable {hours} heures, plus que les {maxHours} heures acceptées par ce serveur (TOKEN_MAX_LIFETIME_HOURS) ; reconnectez-vous, ou créez-en un plus court avec `pnpm sira token --hours`.',
  tokenUnknownRole: 'Le jeton de connexion ne nomme aucun rôle connu de ce serveur ; demandez-en un nouveau.',
  tokenBadRegions: 'Le jeton de connexion liste des régions qui ne sont pas des identifiants de région ; demandez-en un nouveau.',
  coordinatorTokenWithoutRegions: 'Un jeton de coordinateur doit nommer les régions qu’il peut modifier ; demandez-en un nouveau.',
  sessionEnded:
    'Votre connexion a pris fin : vous vous êtes déconnecté, votre compte a été désactivé ou son rôle a changé, ou un administrateur y a mis fin. Reconnectez-vous.',
  csrfHeaderMissing:
    'Une requête authentifiée par le cookie de session doit porter l’en-tête {header} (n’importe quelle valeur), qu’une page d’un autre site ne peut pas ajouter ; le tableau de bord l’envoie. Les scripts envoient plutôt "Authorization: Bearer <token>".',

  notYourRegion: 'Vous coordonnez {regions} ; {region} ne fait pas partie de vos régions.',
  notYourRegions: 'Vous coordonnez {regions} ; {others} {count, plural, one {ne fait pas} other {ne font pas}} partie de vos régions.',
  roleCannotChangeRecords:
    'Un utilisateur {role} ne peut pas modifier les enregistrements ; demandez à un ADMIN ou au COORDINATOR de la région.',
  acrossRegionsAdminOnly:
    'L’organisation {slug} intervient dans plusieurs régions, seul un ADMIN peut donc la modifier ; un utilisateur {role} ne le peut pas.',
  reviewersOnly:
    '{step, select, recordReview {Approuver, renvoyer et rouvrir des enregistrements} periodClosure {Clôturer et rouvrir des périodes de rapport} other {Marquer un chiffre signalé comme vérifié ou à suivre}} est réservé aux relecteurs : utilisateurs ADMIN et EVALUATOR.',
  taxonomyAdminOnly:
    'Les libellés de la taxonomie sont les mêmes pour toutes les régions, seul un ADMIN peut donc les modifier ; un utilisateur {role} ne le peut pas.',
  auditReadersOnly: 'Le journal d’audit est réservé aux utilisateurs ADMIN, ANALYST et EVALUATOR ; connectez-vous avec l’un de ces rôles.',
  historyOfOwnRegions: 'Un coordinateur consulte l’historique de ses propres régions : demandez avec region égal à {regions}.',
  organisationHistoryAcrossRegions:
    'Un coordinateur consulte l’historique des organisations de ses propres régions ({regions}) ; {slug} intervient dans plusieurs régions.',
  organisationHistoryElsewhere:
    'Un coordinateur consulte l’historique des organisations de ses propres régions ({regions}) ; {slug} est en {region}.',
  dataQualityForRecorders:
    'FUNDER et PUBLIC ne voient que les enregistrements approuvés ; {list, select, ruleFindings {les constats des règles sont réservés} outliers {les chiffres éloignés de l’habituel sont réservés} other {les chiffres d’exhaustivité sont réservés}} aux rôles qui saisissent et vérifient les données.',
  reviewForRecorders:
    'FUNDER et PUBLIC ne voient que les enregistrements approuvés ; la relecture est réservée aux rôles qui saisissent et vérifient les données.',
  participantRecordsHidden:
    'Les fiches des participants ne sont montrées qu’à {withRecords} ; {aggregates} voient des agrégats (attendanceMix, stakeholderMix) où les petits effectifs sont masqués.',
  importForEditors:
    'L’import {records, select, participants {de participants} other {de tables rondes}} est réservé aux utilisateurs ADMIN et aux COORDINATOR des régions ; un utilisateur {role} ne peut pas modifier les enregistrements.',
  exportForRecorders:
    'Le CSV des tables rondes donne chaque effectif tel qu’il a été saisi, petits effectifs compris ; il est réservé aux utilisateurs ADMIN, COORDINATOR, ANALYST et EVALUATOR. Le tableau de bord et les requêtes d’analyse donnent les agrégats.',
  targetsSetByEvaluators:
    'Les valeurs de référence et les cibles sont fixées par les utilisateurs EVALUATOR et ADMIN ; un utilisateur {role} peut les lire mais pas les modifier.',
  adminsOnly:
    '{task, select, userList {La liste des utilisateurs est réservée} userHistory {L’historique des utilisateurs est réservé} invite {L’invitation d’utilisateurs est réservée} changeRole {Le changement de rôle d’un utilisateur est réservé} deactivate {La désactivation d’utilisateurs est réservée} reactivate {La réactivation d’utilisateurs est réservée} other {La création de liens de mot de passe est réservée}} aux utilisateurs ADMIN ; demandez à l’un d’eux.',

  pleaseCorrect: 'Veuillez corriger : {problems}.',
  notADate: '{field} doit être une date écrite AAAA-MM-JJ, par ex. 2021-11-24 ; reçu "{value}".',
  notCountryCodes: '{field} attend des codes ISO 3166-1 alpha-2 comme "ES" ; ceux-ci n’en sont pas : {codes}.',
  filterFromAfterTo: 'filter.from ({from}) est postérieur à filter.to ({to}) ; inversez-les ou élargissez la période.',
  rankingLimitOutOfRange:
    'limit vaut {limit} ; un classement montre de 1 à {max} régions et additionne le reste dans others. Demandez-en {max} ou moins, ou la liste entière sans classement.',
  unknownRegions: 'Région inconnue {regions} dans filter.regions ; régions connues : {known}.',
  noRegionInCountries: 'Aucune région dans le pays {countries} (filter.countries) ; pays ayant des régions : {known}.',
  unknownIndicators: 'Indicateur inconnu {codes} dans {field} ; indicateurs connus : {known}.',
  unknownPeriods: 'Période de rapport inconnue {codes} dans {field} ; périodes connues : {known}.',
  unknownPeriodsAsked: 'Période de rapport inconnue {codes} dans periods ; les périodes sont {known}.',
  unknownTaxonomyEntry:
    '{kind, select, challenge {Défi inconnu} indicator {Indicateur inconnu} period {Période de rapport inconnue} other {Catégorie d’acteurs inconnue}} "{code}" ; connus : {known}.',
  unknownRule: 'ruleCode "{code}" n’est pas une règle ; règles connues : {known}.',
  noReportingPeriod: 'Il n’existe pas de période de rapport {period} ; les périodes sont {known}.',
  notARoundtableId: 'roundtableId doit être l’identifiant d’une table ronde (un UUID) ; reçu "{id}".',
  notARecordId: '{field} doit être l’identifiant d’un enregistrement (un UUID) ; reçu "{id}".',
  notAResultId: '"{id}" n’est pas un identifiant d’IndicatorResult ; prenez les identifiants dans indicatorResults.',
  publicResultsByPeriod:
    'Les financeurs et le public choisissent la période des résultats d’indicateurs avec periods : omettez filter.from, filter.to et filter.formats.',
  publishedPerPeriod:
    'Les chiffres destinés aux financeurs et au public sont publiés par période de rapport : donnez filter.from et filter.to comme premier et dernier jour de l’une des périodes {offered}, ou omettez les deux pour toutes les tables rondes.',
  publishedNotByFormat: 'Les chiffres destinés aux financeurs et au public ne sont pas ventilés par format : omettez filter.formats.',
  completenessByPeriod:
    'L’exhaustivité se compte par période de rapport, par rapport à sa cible : choisissez les périodes avec periods, et omettez filter.from et filter.to.',
  sortPeriodNotAsked: 'orderBy.period {period} ne fait pas partie des périodes demandées ({periods}).',
  completenessByQuery: 'Un RegionPeriodCompleteness se lit par la requête completeness : ses effectifs dépendent du filtre demandé.',
  completenessWithout: 'RegionPeriodCompleteness {region} {period} est arrivé sans {field}.',
  completenessNotACount: 'RegionPeriodCompleteness {field} doit être un effectif (un nombre entier, 0 ou plus) ; reçu {value}.',
  splitThroughResults: 'Ventilez par {by} avec indicatorResults, qui renvoie un résultat par région ou par période.',
  splitNotOffered: 'Cet indicateur compte {measure}, qui ne peut pas être ventilé par {by} ; il peut l’être par {supported}.',
  splitNotPossible:
    'Cet indicateur compte {measure}, qui ne peut pas être ventilé par {by} ; il ne peut pas l’être au-delà de la région et de la période.',
  scopeNotAList: 'IndicatorResult {field} doit être null ou une liste de {allowed}.',
  scopeNotAStringList: 'IndicatorResult {field} doit être null ou une liste de textes.',
  notMeasures:
    'IndicatorResult {id} : numerator et denominator doivent être des valeurs d’IndicatorMeasure ; reçu {numerator} / {denominator}.',
  resultWithoutScope:
    "IndicatorResult {id} n’a pas de scope '{ from to }' ; les deux dates sont nécessaires pour compter quoi que ce soit.",
  scopeFromAfterTo: 'IndicatorResult {id} : scope.from ({from}) est postérieur à scope.to ({to}).',
  scopeNotBoolean: 'IndicatorResult {field} doit être un booléen ou null.',
  noRecordsToReview: 'Nommez au moins un enregistrement à relire.',
  tooManyToReview: 'Au plus {most} enregistrements peuvent être relus à la fois ; envoyez le reste dans une autre requête.',
  recordIdsNotUuids: 'Les identifiants d’enregistrement sont des UUID ; ceux-ci n’en sont pas : {ids}.',
  recordNamedTwice: 'Un enregistrement est nommé deux fois ; nommez chacun une seule fois.',
  reviewNeedsComment: '{action} demande un commentaire qui explique pourquoi, à l’intention du coordinateur.',
  commentTooLong: 'Le commentaire fait {length} caractères ; {most} au plus sont conservés.',
  closureNeedsReason: 'Donnez le motif, pour les personnes dont les enregistrements sont concernés.',
  reasonTooLong: 'Le motif fait {length} caractères ; {most} au plus sont conservés.',
  markNeedsComment: 'Dites pourquoi : le commentaire est ce que lisent le coordinateur et les relecteurs suivants.',
  figureNotFlagged: '{what} ({value}) n’est pas éloigné de l’habituel ; il n’y a rien à marquer.',
  untranslated: '{text}',

  roundtableNamed: 'Table ronde {region} #{number}',
  figureOf: 'Le chiffre {measure} de la table ronde {region} #{number}',
  countRange: '{kind, select, unknown {inconnu} exact {{min}} other {de {min} à {max}}}',
  staleVersion:
    'Quelqu’un d’autre a modifié {kind, select, roundtable {cette table ronde} participant {ce participant} target {cette cible} mapping {cette correspondance} organisation {l’organisation {name}} user {l’utilisateur {name}} challenge {le défi {name}} indicator {l’indicateur {name}} period {la période de rapport {name}} category {la catégorie d’acteurs {name}} rule {les textes de la règle de validation {name}} other {cet enregistrement}} depuis que vous l’avez ouvert (version {currentVersion} désormais). Rechargez, puis refaites votre modification.',
  concurrentWrites:
    'D’autres modifications des mêmes régions étaient enregistrées au même moment ; rien de celle-ci n’a donc été enregistré. Renvoyez-la.',
  notADeletion:
    'L’entrée d’audit {entry} n’est pas la suppression {kind, select, roundtable {d’une table ronde} participant {d’un participant} organisation {d’une organisation} other {d’un enregistrement}} ; choisissez l’entrée DELETE à restaurer.',
  notADeletionIn:
    'L’entrée d’audit {entry} n’est pas la suppression {kind, select, roundtable {d’une table ronde} participant {d’un participant} organisation {d’une organisation} other {d’un enregistrement}} ; choisissez dans {auditLog} l’entrée DELETE à restaurer.',
  noRoundtable: 'Il n’y a pas de table ronde d’identifiant {ids} ; elle a peut-être été supprimée.',
  noParticipant: 'Il n’y a pas de participant d’identifiant {id} ; il a peut-être été supprimé.',
  noOrganisation: 'Il n’existe pas d’organisation "{slug}" ; la requête organisations les liste.',
  noTarget: 'Aucune cible n’a l’identifiant {id} ; prenez les identifiants dans indicatorTargets.',
  noUser: 'Il n’existe pas d’utilisateur "{username}".',
  noSuchParticipation: 'Le participant {id} n’a pas de participation à la table ronde {roundtable} ; rien à retirer.',
  roundtableBackAlready: 'Cette table ronde existe déjà de nouveau ; rien à restaurer.',
  participantBackAlready: 'Ce participant existe déjà de nouveau ; rien à restaurer.',
  organisationBackAlready: 'Une organisation "{slug}" existe déjà de nouveau ; rien à restaurer. Modifiez plutôt celle-ci.',
  organisationSlugTaken: 'Il existe déjà une organisation "{slug}" ; choisissez un autre identifiant, ou modifiez celle-ci.',
  roundtableNumberTaken: '{region} a déjà une table ronde numéro {number} ; utilisez un autre numéro ou modifiez celle-ci.',
  recordedDuringImport:
    '{region} {number} a été saisie par quelqu’un d’autre pendant l’import ; rien n’a été importé. Importez le fichier de nouveau.',
  deletedWhileRead: 'Une table ronde de cette page a été supprimée pendant la lecture de la page ; rechargez la page.',
  targetExists:
    '{indicator} a déjà une cible pour {scope, select, all {toutes les régions} other {{region}}} en {period} (version {version}) ; citez cette version pour la modifier.',
  mappingExists:
    '{indicator} est déjà mis en correspondance avec {framework} {externalCode} (version {version}) ; citez cette version pour la corriger.',
  figureChanged:
    '{what} a changé depuis votre lecture : il vaut maintenant {now}, vous aviez vu {seen}. Regardez-le de nouveau avant de le marquer.',

  nothingChanged: 'Rien n’a été modifié.',
  reviewedRecordChanged: '{what} a changé depuis votre lecture (version {version} désormais) ; rechargez-la et regardez de nouveau.',
  reviewWrongState: '{what} est à l’état {state} ; {action} ne s’applique qu’aux enregistrements à l’état {from}.',
  approvedLocked:
    '{what} est approuvée, donc verrouillée. Demandez à un relecteur (ADMIN ou EVALUATOR) de la rouvrir, en donnant le motif, avant de la modifier.',
  periodClosed:
    '{what} est datée dans la période de rapport {period} (du {startsOn} au {endsOn}), fermée aux modifications par {closedBy} : "{reason}". Demandez d’abord à un ADMIN ou EVALUATOR de rouvrir la période.',
  periodClosedAlready: 'La période de rapport {period} est déjà clôturée.',
  periodNotClosed: 'La période de rapport {period} n’est pas clôturée.',
  figuresLocked:
    '{whose, select, participant {Ce participant compte} participants {Ces participants comptent} other {Ses participants comptent}} dans {count, plural, one {la table ronde} other {les tables rondes}} {roundtables}, {count, plural, one {approuvée et donc verrouillée} other {approuvées et donc verrouillées}}. Demandez à un relecteur (ADMIN ou EVALUATOR) de {count, plural, one {la rouvrir} other {les rouvrir}}, en donnant le motif, avant de modifier ceci.',
  attendanceAt:
    'La présence {whose, select, participant {de ce participant} participants {de ces participants} other {de ses participants}} à la table ronde {region} #{number}',

  lastAdmin:
    '{change, select, takeAdminRole {Retirer le rôle ADMIN à} other {Désactiver}} {username} ne laisserait aucun ADMIN actif pour gérer les utilisateurs ; faites d’abord d’un autre utilisateur un ADMIN.',
  deactivatedAlready: '{username} est déjà désactivé.',
  activeAlready: '{username} est déjà actif.',
  linkForDeactivated: '{username} est désactivé : réactivez-le d’abord, puis créez le lien.',
  passwordChangeNeedsPassword:
    'Seul un utilisateur connecté avec un mot de passe peut le changer ; un jeton créé sur le serveur n’a pas de mot de passe.',

  fieldProblem: '{field} : {problem}',
  notNegative: 'doit valoir 0 ou plus',
  notPositive: 'doit valoir 1 ou plus',
  atLeast: 'doit valoir au moins {min}',
  atMost: 'doit valoir au plus {max, number}',
  atMostPlain: 'doit valoir au plus {max}',
  charactersAtMost: 'doit faire au plus {max, number} caractères',
  eachCharactersAtMost: 'doivent chacun faire au plus {max} caractères',
  charactersBetween: 'doit faire de {min} à {max} caractères',
  atLeastCharacters: 'doit faire au moins {min} caractères',
  atLeastCharactersBesidesSpaces: 'doit faire au moins {min} caractères hors espaces',
  atLeastCharactersLong: 'doit faire au moins {min} caractères',
  atMostCharactersLong: 'doit faire au plus {max} caractères',
  listAtMost: 'peut en lister au plus {max, number}',
  listAtMostRoundtables: 'peut lister au plus {max, number} tables rondes',
  listAtMostParticipants: 'peut lister au plus {max, number} participants ; envoyez le reste dans une autre écriture',
  listAtMostRegions: 'doit lister au plus {max} régions',
  nameAtMostRegions: 'doit nommer au plus {max} régions',
  nameAtMostCategories: 'doit nommer au plus {max} catégories',
  atLeastOneParticipant: 'doit lister au moins un participant',
  notACategoryCode: 'doit être un code de catégorie comme NGO ou LOCAL_AUTHORITY',
  notCategoryCodes: 'doivent être des codes de catégorie comme NGO',
  notAChallengeCode: 'doit être un code de défi comme LANGUAGE ou TRANSPORT',
  notAnOrganisationSlug: 'doit être l’identifiant d’une organisation, comme {example}',
  notARegionSlug: 'doit être l’identifiant d’une région, comme soria',
  notRegionSlugs: 'doivent être des identifiants de région comme soria',
  slugForm: 'doit être fait de lettres minuscules et de chiffres reliés par des traits d’union, par ex. fundacion-cepaim',
  nameTheDocument: 'doit nommer le document (3 caractères ou plus)',
  notAWebAddress: 'doit être une adresse web commençant par http:// ou https://',
  fieldNotADate: 'doit être une date écrite AAAA-MM-JJ, par ex. 2021-11-24',
  required: 'est obligatoire',
  atLeastOneMinute: 'doit durer au moins 1 minute',
  atMostMinutes: 'doit durer au plus {max} minutes (une journée)',
  notEmpty: 'ne doit pas être vide',
  fieldNotARoundtableId: 'doit être l’identifiant d’une table ronde (un UUID)',
  notANumber: 'doit être un nombre',
  noEdgeSpaces: 'ne doit pas commencer ni finir par une espace',
  dateOutOfRange: 'doit être comprise entre le {from} et le {to} (un an après aujourd’hui) ; reçu {date}',
  giveMinimumToo: 'donnez aussi participants (le minimum), ou omettez les deux',
  atLeastParticipants: 'doit valoir au moins participants ({min})',
  notACategory: '"{code}" n’est pas une catégorie d’acteurs ; connues : {known}',
  listedTwice: '{code} est listé deux fois',
  giveParticipantsToo: 'donnez aussi participants, ou omettez les deux',
  notAChallenge: '"{code}" n’est pas un défi ; connus : {known}',
  listedMoreThanOnce: '{items} listé plus d’une fois',
  roundtableListedTwice: 'cette table ronde est listée deux fois ; gardez-en une',
  noSuchRoundtable: 'il n’y a pas de table ronde {id} ; elle a peut-être été supprimée',
  roundtableOfOtherRegion:
    'la table ronde {number} de {roundtableRegion} n’est pas de {region} : les participants prennent part aux tables rondes de leur propre région',
  roundtableHeldAs:
    'la table ronde {number} de {roundtableRegion} s’est tenue en mode {format}, elle n’admet donc que des participations {format}',
  hasOtherRegionsRecords:
    'elle a des fiches de participants de {regions} ; retirez leurs participations avant de la déplacer vers {region}',
  contraryParticipations:
    '{count, plural, one {# fiche de participant indique} other {# fiches de participants indiquent}} {other}, et une table ronde {format} n’admet que des participations {format} ; modifiez-les d’abord',
  notARegion: '"{slug}" n’est pas une région ; la requête regions les liste',
  notARegionKnown: '"{slug}" n’est pas une région ; connues : {known}',
  notCategories:
    '{codes} {count, plural, one {n’est pas une catégorie} other {ne sont pas des catégories}} d’acteurs ; la requête stakeholderCategories les liste',
  notRegions: '{slugs} {count, plural, one {n’est pas une région} other {ne sont pas des régions}} ; la requête regions les liste',
  unknownIndicatorUseOneOf: 'indicateur inconnu ; utilisez l’un de {known}',
  unknownPeriodUseOneOf: 'période inconnue ; utilisez l’une de {known}',
  unknownTargetRegion: 'région inconnue ; omettez-la pour la cible de toutes les régions',
  giveTargetOrBaseline: 'donnez une cible, une valeur de référence ou les deux',
  isAShare: '{code} est une part : donnez une fraction de 0 à 1 (0.4 pour 40 %)',
  isACount: '{code} est un effectif : donnez un nombre entier',
  languageTwice: 'est donné deux fois ; donnez chaque langue une seule fois',
  notBlank: 'ne doit pas être vide',
  notBlankOrLeaveOut: 'ne doit pas être vide ; omettez {locale} pour que le texte anglais s’affiche',
  englishRequired: 'est obligatoire : l’anglais est ce qu’affichent les autres langues à défaut',
  ruleMessageNotRead: 'nomme {names}, que cette règle ne lit pas ; elle peut nommer {facts}',
  ruleMessageLacks: 'il y manque {missing}, que nomme le message anglais ; gardez chaque variable telle qu’elle est écrite',
  ruleMessageUnknown:
    'nomme {unknown}, que le message anglais ne nomme pas ; {named, select, no {ne nommez aucune variable} other {ne nommez que {expected}}}',
  usernameTaken: '"{username}" est déjà pris ; choisissez un autre nom d’utilisateur',
  tooManyWrongPasswords: 'a été erroné trop de fois ; réessayez dans {minutes} minutes',
  notCurrentPassword: 'n’est pas votre mot de passe actuel',
  usernameForm: 'Le nom d’utilisateur doit faire de 2 à 40 caractères parmi a-z, 0-9, ".", "_" ou "-" ; reçu "{username}".',
  roleNotKnown: 'Le rôle doit être l’un de {roles} ; reçu "{role}".',
  notARegionSlugOf:
    '"{slug}" n’est pas un identifiant de région (lettres minuscules et chiffres reliés par des traits d’union, par ex. saone-et-loire).',
  coordinatorNeedsRegions: 'Un COORDINATOR doit recevoir les régions qu’il peut modifier.',
  onlyCoordinatorHasRegions: 'Seul un COORDINATOR a des régions ; un {role} n’en modifie aucune.',
  passwordProblem: 'Le mot de passe {problem}.',

  // Les problèmes d’une importation CSV (subgraphs/engagement/import/, core/csv/)
  importTooLarge:
    'Le fichier dépasse la limite de 2 Mo ({kilobytes, number} ko) ; une importation prend au plus 2 Mo et {records, select, participants {{max, plural, one {# participant} other {# participants}}} other {{max, plural, one {# table ronde} other {# tables rondes}}}}. Découpez-le en fichiers plus petits et importez chacun d’eux.',
  importTooManyRows:
    'Le fichier contient {records, select, participants {{count, plural, one {# participant} other {# participants}}} other {{count, plural, one {# table ronde} other {# tables rondes}}}} ; une importation en prend au plus {max, number}. Découpez-le en fichiers plus petits et importez chacun d’eux.',
  importEmptyFile: 'Le fichier est vide ; sa première ligne doit être l’en-tête, exactement : {header}',
  importWrongHeader: 'L’en-tête n’est pas celui attendu ({differences}) ; la première ligne doit être l’en-tête, exactement : {header}',
  importHeaderMissing: 'il manque {columns}',
  importHeaderUnexpected: 'non attendues : {names}',
  importHeaderBoth: 'il manque {columns} ; non attendues : {names}',
  importHeaderOrder: 'les colonnes sont dans un autre ordre ou répétées',
  importNoRows:
    '{records, select, participants {Le fichier a l’en-tête mais aucun participant ; ajoutez en dessous une ligne par participant.} other {Le fichier a l’en-tête mais aucune table ronde ; ajoutez en dessous une ligne par table ronde.}}',
  importOnlyNotes:
    '{records, select, participants {Le fichier a l’en-tête mais aucun participant} other {Le fichier a l’en-tête mais aucune table ronde}} : les lignes commençant par # sont des notes, comme l’exemple du modèle, et sont ignorées ; ajoutez sous l’en-tête une ligne par {records, select, participants {participant} other {table ronde}}.',
  unreadableText:
    'Le fichier n’est pas en UTF-8 : la ligne {line} contient des caractères illisibles (affichés comme �), comme il arrive à un fichier enregistré en {encoding} puis lu comme UTF-8. Rien n’a été importé.',
  saveAsUtf8:
    'Enregistrez-le en UTF-8 et importez-le de nouveau : dans Excel, Fichier › Enregistrer sous › « CSV UTF-8 (délimité par des virgules) » ; dans LibreOffice Calc, Fichier › Enregistrer sous › « Texte CSV » en cochant « Éditer les paramètres du filtre », puis Jeu de caractères « Unicode (UTF-8) » ; Google Sheets et Numbers enregistrent déjà en UTF-8.',
  csvQuoteNotClosed: 'un champ entre guillemets commençant à cette ligne n’est jamais fermé ; terminez-le par un guillemet double (")',
  csvTextAfterQuote:
    'du texte suit un guillemet double fermant ; mettez tout le champ entre guillemets et écrivez chaque guillemet intérieur deux fois ("")',
  csvStrayQuote:
    'un guillemet double dans un champ sans guillemets ; mettez tout le champ entre guillemets et écrivez chaque guillemet intérieur deux fois ("")',
  csvFieldCount:
    'a {count, plural, one {# champ} other {# champs}} alors que l’en-tête en a {expected} ; un champ contenant une virgule doit être entre guillemets',
  csvNotAWholeNumber: 'doit être un nombre entier comme 21, ou vide s’il est inconnu ; reçu "{value}"',
  csvTooManyDigits: 'doit être un nombre entier de 15 chiffres au plus ; reçu "{value}"',
  csvRegionRequired: 'est obligatoire : le slug de la région, par ex. soria',
  csvNumberRequired: 'est obligatoire : le numéro de la table ronde dans sa région, 1 pour la première',
  csvDateRequired: 'est obligatoire : le jour où elle s’est tenue, écrit AAAA-MM-JJ, par ex. 2021-11-24',
  csvNotARealDate: 'doit être une date réelle écrite AAAA-MM-JJ, par ex. 2021-11-24 ; reçu "{value}"',
  csvNotAFormat: 'doit être online, onsite ou hybrid, ou vide s’il n’a pas été publié ; reçu "{value}"',
  csvUnknownRegion: '"{region}" n’est pas une région connue ; connues : {known}',
  csvUnknownRegionSeeQuery: '"{region}" n’est pas une région connue ; la requête regions liste les régions connues',
  csvNotYourRegion: 'vous coordonnez {regions} ; {region} ne fait pas partie de vos régions',
  csvRowTwice: '{region} {number} figure aussi à la ligne {line} ; donnez une seule ligne à chaque table ronde',
  csvKeptCount: 'le nombre de {code} conservé de l’enregistrement {problem}',
  csvCategoryRequired: 'est obligatoire : un code de catégorie d’acteurs, par ex. NGO ou NEWCOMER',
  csvNewcomerRequired: 'est obligatoire : yes pour une personne réfugiée ou migrante, no pour toute autre personne',
  csvYesOrNo: 'doit être yes ou no ; reçu "{value}"',
  csvNotAGender:
    'doit être female, male, non-binary ou undisclosed (a préféré ne pas répondre), ou vide s’il n’a pas été relevé ; reçu "{value}"',
  csvNotAnAgeBand: 'doit être under-18, 18-24, 25-34, 35-49, 50-64 ou 65+, ou vide s’il n’a pas été relevé ; reçu "{value}"',
  csvNotAnOrganisation: 'doit être le slug d’une organisation comme fundacion-cepaim, ou vide ; reçu "{value}"',
  csvNotAMode: 'doit être online ou onsite ; reçu "{value}"',
  csvModeRequired:
    'est obligatoire : online ou onsite, car la table ronde {number} {format, select, none {a été enregistrée sans format} other {s’est tenue en {format}}}',
};
