import type { ErrorMessages } from './en';

/** The API's refusals in Spanish (see en.ts). */
export const es: ErrorMessages = {
  parametersTooDeep: 'Las variables o las extensiones están anidadas a más de {levels} niveles.',
  bodyTooDeep: 'El cuerpo de la petición está anidado a más de {levels} niveles.',
  bodyTooLarge: 'El cuerpo de la petición supera los {megabytes} MB; envíe menos de una vez.',
  bodyNotJson: 'El cuerpo de la petición no es JSON válido.',
  noOperationNamed: 'El documento no tiene ninguna operación llamada "{name}".',
  severalOperations: 'El documento contiene varias operaciones: indique en operationName la que se debe ejecutar.',
  noSubscriptions: 'No se sirven suscripciones; pregunte con una query.',
  introspectionOff:
    'La introspección está desactivada (GRAPHQL_EXPLORER=off); ponga GRAPHQL_EXPLORER=on para activarla, junto con el explorador en el navegador.',
  introspectionOffInProduction:
    'La introspección está desactivada en producción (NODE_ENV=production); ponga GRAPHQL_EXPLORER=on para activarla, junto con el explorador en el navegador. El esquema también se publica en schema/supergraph.graphql.',
  queryTooLong:
    'Esta consulta ocupa {value, number} bytes; el límite es {max, number}. Envíe una consulta más corta, con los valores en variables.',
  queryTooDeep: 'Esta consulta anida {value} niveles; el límite es {max}. Pida menos campos anidados.',
  tooManyAliases: 'Esta consulta usa {value, number} alias; el límite es {max, number}. Divídala en varias peticiones.',
  queryTooCostly:
    'Esta consulta cuesta {value, number} (cada campo cuenta 1, y lo que selecciona un campo de lista cuenta {listFactor} veces); el límite es {max, number}. Pida menos campos o menos listas anidadas, o divídala en varias peticiones.',
  representationKeyMissing: 'La representación {index} ({typename}) necesita {fields} como texto o número.',
  unknownRepresentation: 'La representación {index} no nombra ninguna entidad que este servicio resuelva (__typename {typename}).',

  databaseUnavailable: 'No disponible temporalmente: la base de datos no respondió a tiempo. Inténtelo de nuevo en unos segundos.',
  accountsUnavailable:
    'No disponible temporalmente: la base de datos de cuentas no respondió a tiempo. Inténtelo de nuevo en unos segundos.',
  serviceNotAnswering: 'El servicio {service} no responde; inténtelo de nuevo en breve.',
  internalError: 'Error interno; cite {errorId} al comunicarlo.',

  badAuthorizationHeader: 'La cabecera Authorization debe decir "Bearer <token>".',
  signInExpired: 'Su sesión ha caducado; vuelva a iniciar sesión.',
  tokenNotValid: 'El token de inicio de sesión no es válido aquí; vuelva a iniciar sesión.',
  tokenWithoutExpiry:
    'El token de inicio de sesión no tiene fecha de caducidad (exp), y este servidor solo acepta tokens que caducan; vuelva a iniciar sesión o cree uno con `pnpm sira token`.',
  tokenLivesTooLong:
    'El token de inicio de sesión es válido durante {hours} horas, más que las {maxHours} horas que acepta este servidor (TOKEN_MAX_LIFETIME_HOURS); vuelva a iniciar sesión o cree uno más corto con `pnpm sira token --hours`.',
  tokenUnknownRole: 'El token de inicio de sesión no nombra ningún rol que este servidor conozca; pida uno nuevo.',
  tokenBadRegions: 'El token de inicio de sesión enumera regiones que no son identificadores de región; pida uno nuevo.',
  coordinatorTokenWithoutRegions: 'Un token de coordinador debe nombrar las regiones que puede editar; pida uno nuevo.',
  sessionEnded:
    'Su sesión ha terminado: cerró la sesión, su cuenta se desactivó o cambió su rol, o un administrador la terminó. Vuelva a iniciar sesión.',
  csrfHeaderMissing:
    'Una petición autenticada con la cookie de sesión debe llevar la cabecera {header} (cualquier valor), que una página de otro sitio no puede añadir; el panel la envía. Los scripts envían "Authorization: Bearer <token>" en su lugar.',

  notYourRegion: 'Usted coordina {regions}; {region} no es una de sus regiones.',
  notYourRegions: 'Usted coordina {regions}; {others} {count, plural, one {no es una} other {no son}} de sus regiones.',
  roleCannotChangeRecords: 'Un usuario {role} no puede modificar registros; pídalo a un ADMIN o al COORDINATOR de la región.',
  acrossRegionsAdminOnly:
    'La organización {slug} trabaja en varias regiones, así que solo un ADMIN puede modificarla; un usuario {role} no puede.',
  reviewersOnly:
    '{step, select, recordReview {Aprobar, devolver y reabrir registros} periodClosure {Cerrar y reabrir periodos de informe} other {Marcar una cifra señalada como revisada o pendiente de seguimiento}} corresponde a los revisores: usuarios ADMIN y EVALUATOR.',
  taxonomyAdminOnly:
    'Las etiquetas de la taxonomía son las mismas para todas las regiones, así que solo un ADMIN puede modificarlas; un usuario {role} no puede.',
  auditReadersOnly: 'El registro de auditoría es para usuarios ADMIN, ANALYST y EVALUATOR; inicie sesión con uno de esos roles.',
  historyOfOwnRegions: 'Un coordinador lee el historial de sus propias regiones: pregunte con region igual a {regions}.',
  organisationHistoryAcrossRegions:
    'Un coordinador lee el historial de las organizaciones de sus propias regiones ({regions}); {slug} trabaja en varias regiones.',
  organisationHistoryElsewhere:
    'Un coordinador lee el historial de las organizaciones de sus propias regiones ({regions}); {slug} está en {region}.',
  dataQualityForRecorders:
    'FUNDER y PUBLIC solo ven registros aprobados; {list, select, ruleFindings {los hallazgos de las reglas son} outliers {las cifras alejadas de lo habitual son} other {las cifras de exhaustividad son}} para los roles que registran y revisan los datos.',
  reviewForRecorders: 'FUNDER y PUBLIC solo ven registros aprobados; la revisión es para los roles que registran y revisan los datos.',
  participantRecordsHidden:
    'Los registros de participantes solo se muestran a {withRecords}; {aggregates} ven agregados (attendanceMix, stakeholderMix) con los recuentos pequeños suprimidos.',
  importForEditors:
    'Importar {records, select, participants {participantes} other {mesas redondas}} corresponde a los usuarios ADMIN y a los COORDINATOR de las regiones; un usuario {role} no puede modificar registros.',
  exportForRecorders:
    'El CSV de mesas redondas da cada recuento tal como se registró, incluidos los pequeños; es para usuarios ADMIN, COORDINATOR, ANALYST y EVALUATOR. El panel y las consultas de análisis dan los agregados.',
  targetsSetByEvaluators:
    'Las líneas de base y las metas las fijan los usuarios EVALUATOR y ADMIN; un usuario {role} puede leerlas pero no modificarlas.',
  adminsOnly:
    '{task, select, userList {La lista de usuarios es} userHistory {El historial de usuarios es} invite {Invitar usuarios es} changeRole {Cambiar el rol de un usuario es} deactivate {Desactivar usuarios es} reactivate {Reactivar usuarios es} other {Crear enlaces de contraseña es}} tarea de los usuarios ADMIN; pídaselo a uno.',

  pleaseCorrect: 'Corrija: {problems}.',
  notADate: '{field} debe ser una fecha escrita AAAA-MM-DD, p. ej. 2021-11-24; se recibió "{value}".',
  notCountryCodes: '{field} admite códigos ISO 3166-1 alfa-2 como "ES"; estos no lo son: {codes}.',
  filterFromAfterTo: 'filter.from ({from}) es posterior a filter.to ({to}); intercámbielos o amplíe el periodo.',
  rankingLimitOutOfRange:
    'limit es {limit}; una clasificación muestra de 1 a {max} regiones y suma el resto en others. Pida {max} o menos, o la lista completa sin clasificación.',
  unknownRegions: 'Región desconocida {regions} en filter.regions; regiones conocidas: {known}.',
  noRegionInCountries: 'Ninguna región en el país {countries} (filter.countries); países con regiones: {known}.',
  unknownIndicators: 'Indicador desconocido {codes} en {field}; indicadores conocidos: {known}.',
  unknownPeriods: 'Periodo de informe desconocido {codes} en {field}; periodos conocidos: {known}.',
  unknownPeriodsAsked: 'Periodo de informe desconocido {codes} en periods; los periodos son {known}.',
  unknownTaxonomyEntry:
    '{kind, select, challenge {Reto desconocido} indicator {Indicador desconocido} period {Periodo de informe desconocido} other {Categoría de actores desconocida}} "{code}"; conocidos: {known}.',
  unknownRule: 'ruleCode "{code}" no es una regla; conocidas: {known}.',
  noReportingPeriod: 'No existe el periodo de informe {period}; los periodos son {known}.',
  notARoundtableId: 'roundtableId debe ser el id de una mesa redonda (un UUID); se recibió "{id}".',
  notARecordId: '{field} debe ser el id de un registro (un UUID); se recibió "{id}".',
  notAResultId: '"{id}" no es un id de IndicatorResult; tome los ids de indicatorResults.',
  publicResultsByPeriod:
    'Los financiadores y el público eligen el tiempo de los resultados de indicadores con periods: omita filter.from, filter.to y filter.formats.',
  publishedPerPeriod:
    'Las cifras para financiadores y público se publican por periodo de informe: dé filter.from y filter.to como el primer y el último día de uno de {offered}, u omita ambos para todas las mesas redondas.',
  publishedNotByFormat: 'Las cifras para financiadores y público no se desglosan por formato: omita filter.formats.',
  completenessByPeriod:
    'La exhaustividad se cuenta por periodo de informe, frente a su meta: elija los periodos con periods y omita filter.from y filter.to.',
  sortPeriodNotAsked: 'orderBy.period {period} no es uno de los periodos pedidos ({periods}).',
  completenessByQuery: 'Un RegionPeriodCompleteness se lee mediante la consulta completeness: sus recuentos dependen del filtro pedido.',
  completenessWithout: 'RegionPeriodCompleteness {region} {period} llegó sin {field}.',
  completenessNotACount: 'RegionPeriodCompleteness {field} debe ser un recuento (un número entero, 0 o más); se recibió {value}.',
  splitThroughResults: 'Desglose por {by} mediante indicatorResults, que devuelve un resultado por región o periodo.',
  splitNotOffered: 'Este indicador cuenta {measure}, que no se puede desglosar por {by}; se puede desglosar por {supported}.',
  splitNotPossible:
    'Este indicador cuenta {measure}, que no se puede desglosar por {by}; no se puede desglosar más allá de región y periodo.',
  scopeNotAList: 'IndicatorResult {field} debe ser null o una lista de {allowed}.',
  scopeNotAStringList: 'IndicatorResult {field} debe ser null o una lista de textos.',
  notMeasures:
    'IndicatorResult {id}: numerator y denominator deben ser valores de IndicatorMeasure; se recibió {numerator} / {denominator}.',
  resultWithoutScope: "IndicatorResult {id} no tiene scope '{ from to }'; se necesitan ambas fechas para contar algo.",
  scopeFromAfterTo: 'IndicatorResult {id}: scope.from ({from}) es posterior a scope.to ({to}).',
  scopeNotBoolean: 'IndicatorResult {field} debe ser un booleano o null.',
  noRecordsToReview: 'Nombre al menos un registro para revisar.',
  tooManyToReview: 'Se pueden revisar como máximo {most} registros a la vez; envíe el resto en otra petición.',
  recordIdsNotUuids: 'Los ids de registro son UUID; estos no lo son: {ids}.',
  recordNamedTwice: 'Un registro aparece dos veces; nombre cada uno una sola vez.',
  reviewNeedsComment: '{action} necesita un comentario que explique el motivo, para que lo lea el coordinador.',
  commentTooLong: 'El comentario tiene {length} caracteres; se guardan como máximo {most}.',
  closureNeedsReason: 'Indique el motivo, para las personas cuyos registros se ven afectados.',
  reasonTooLong: 'El motivo tiene {length} caracteres; se guardan como máximo {most}.',
  markNeedsComment: 'Explique el motivo: el comentario es lo que leen el coordinador y los revisores posteriores.',
  figureNotFlagged: '{what} ({value}) no se aleja de lo habitual, así que no hay nada que marcar.',
  untranslated: '{text}',

  roundtableNamed: 'Mesa redonda {region} #{number}',
  figureOf: 'La cifra {measure} de la mesa redonda {region} #{number}',
  countRange: '{kind, select, unknown {desconocido} exact {{min}} other {de {min} a {max}}}',
  staleVersion:
    'Otra persona modificó {kind, select, roundtable {esta mesa redonda} participant {este participante} target {esta meta} mapping {esta correspondencia} organisation {la organización {name}} user {el usuario {name}} challenge {el reto {name}} indicator {el indicador {name}} period {el periodo de informe {name}} category {la categoría de actores {name}} rule {los textos de la regla de validación {name}} other {este registro}} desde que lo abrió (ahora está en la versión {currentVersion}). Vuelva a cargarlo y haga su cambio de nuevo.',
  concurrentWrites:
    'Otros cambios en las mismas regiones se estaban guardando en el mismo momento, así que no se guardó nada de este. Envíelo de nuevo.',
  notADeletion:
    'La entrada de auditoría {entry} no es la eliminación de {kind, select, roundtable {una mesa redonda} participant {un participante} organisation {una organización} other {un registro}}; elija la entrada DELETE que quiere restaurar.',
  notADeletionIn:
    'La entrada de auditoría {entry} no es la eliminación de {kind, select, roundtable {una mesa redonda} participant {un participante} organisation {una organización} other {un registro}}; elija en {auditLog} la entrada DELETE que quiere restaurar.',
  noRoundtable: 'No hay ninguna mesa redonda con id {ids}; puede que se haya eliminado.',
  noParticipant: 'No hay ningún participante con id {id}; puede que se haya eliminado.',
  noOrganisation: 'No existe la organización "{slug}"; la consulta organisations las enumera.',
  noTarget: 'Ninguna meta tiene el id {id}; tome los ids de indicatorTargets.',
  noUser: 'No existe el usuario "{username}".',
  noSuchParticipation: 'El participante {id} no tiene participación en la mesa redonda {roundtable}; no hay nada que quitar.',
  roundtableBackAlready: 'Esa mesa redonda ya existe de nuevo; no hay nada que restaurar.',
  participantBackAlready: 'Ese participante ya existe de nuevo; no hay nada que restaurar.',
  organisationBackAlready: 'Ya vuelve a existir una organización "{slug}"; no hay nada que restaurar. Edite esa en su lugar.',
  organisationSlugTaken: 'Ya existe una organización "{slug}"; elija otro identificador o edite esa.',
  roundtableNumberTaken: '{region} ya tiene una mesa redonda con el número {number}; use otro número o edite esa.',
  recordedDuringImport: 'Otra persona registró {region} {number} durante la importación; no se importó nada. Importe el archivo de nuevo.',
  deletedWhileRead: 'Una mesa redonda de esta página se eliminó mientras se leía la página; vuelva a cargarla.',
  targetExists:
    '{indicator} ya tiene una meta para {scope, select, all {todas las regiones} other {{region}}} en {period} (versión {version}); cite esa versión para modificarla.',
  mappingExists:
    '{indicator} ya tiene correspondencia con {framework} {externalCode} (versión {version}); cite esa versión para corregirla.',
  figureChanged: '{what} ha cambiado desde que la leyó: ahora es {now}, usted vio {seen}. Vuelva a mirarla antes de marcarla.',

  nothingChanged: 'No se modificó nada.',
  reviewedRecordChanged:
    '{what} ha cambiado desde que la leyó (ahora está en la versión {version}); vuelva a cargarla y revísela de nuevo.',
  reviewWrongState: '{what} está en estado {state}; {action} solo se aplica a registros en estado {from}.',
  approvedLocked:
    '{what} está aprobada, así que está bloqueada. Pida a un revisor (ADMIN o EVALUATOR) que la reabra, indicando el motivo, antes de modificarla.',
  periodClosed:
    '{what} tiene fecha dentro del periodo de informe {period} ({startsOn} a {endsOn}), cerrado a cambios por {closedBy}: "{reason}". Pida a un ADMIN o EVALUATOR que reabra antes el periodo.',
  periodClosedAlready: 'El periodo de informe {period} ya está cerrado.',
  periodNotClosed: 'El periodo de informe {period} no está cerrado.',
  figuresLocked:
    '{whose, select, participant {Este participante cuenta} participants {Estos participantes cuentan} other {Sus participantes cuentan}} en {count, plural, one {la mesa redonda} other {las mesas redondas}} {roundtables}, {count, plural, one {aprobada y por tanto bloqueada} other {aprobadas y por tanto bloqueadas}}. Pida a un revisor (ADMIN o EVALUATOR) que {count, plural, one {la reabra} other {las reabra}}, indicando el motivo, antes de cambiar esto.',
  attendanceAt:
    'La asistencia {whose, select, participant {de este participante} participants {de estos participantes} other {de sus participantes}} a la mesa redonda {region} #{number}',

  lastAdmin:
    '{change, select, takeAdminRole {Quitar el rol ADMIN a} other {Desactivar a}} {username} dejaría sin ningún ADMIN activo para gestionar los usuarios; haga antes ADMIN a otro usuario.',
  deactivatedAlready: '{username} ya está desactivado.',
  activeAlready: '{username} ya está activo.',
  linkForDeactivated: '{username} está desactivado: reactívelo primero y luego cree el enlace.',
  passwordChangeNeedsPassword:
    'Solo un usuario que inició sesión con contraseña puede cambiarla; un token creado en el servidor no tiene contraseña.',

  fieldProblem: '{field}: {problem}',
  notNegative: 'debe ser 0 o más',
  notPositive: 'debe ser 1 o más',
  atLeast: 'debe ser al menos {min}',
  atMost: 'debe ser como máximo {max, number}',
  atMostPlain: 'debe ser como máximo {max}',
  charactersAtMost: 'debe tener como máximo {max, number} caracteres',
  eachCharactersAtMost: 'cada uno debe tener como máximo {max} caracteres',
  charactersBetween: 'debe tener de {min} a {max} caracteres',
  atLeastCharacters: 'debe tener al menos {min} caracteres',
  atLeastCharactersBesidesSpaces: 'debe tener al menos {min} caracteres sin contar los espacios',
  atLeastCharactersLong: 'debe tener al menos {min} caracteres',
  atMostCharactersLong: 'debe tener como máximo {max} caracteres',
  listAtMost: 'puede enumerar como máximo {max, number}',
  listAtMostRoundtables: 'puede enumerar como máximo {max, number} mesas redondas',
  listAtMostParticipants: 'puede enumerar como máximo {max, number} participantes; envíe el resto en otra escritura',
  listAtMostRegions: 'debe enumerar como máximo {max} regiones',
  nameAtMostRegions: 'debe nombrar como máximo {max} regiones',
  nameAtMostCategories: 'debe nombrar como máximo {max} categorías',
  atLeastOneParticipant: 'debe enumerar al menos un participante',
  notACategoryCode: 'debe ser un código de categoría como NGO o LOCAL_AUTHORITY',
  notCategoryCodes: 'deben ser códigos de categoría como NGO',
  notAChallengeCode: 'debe ser un código de reto como LANGUAGE o TRANSPORT',
  notAnOrganisationSlug: 'debe ser el identificador de una organización, como {example}',
  notARegionSlug: 'debe ser el identificador de una región, como soria',
  notRegionSlugs: 'deben ser identificadores de región como soria',
  slugForm: 'debe tener letras minúsculas y cifras unidas por guiones, p. ej. fundacion-cepaim',
  nameTheDocument: 'debe nombrar el documento (3 caracteres o más)',
  notAWebAddress: 'debe ser una dirección web que empiece por http:// o https://',
  fieldNotADate: 'debe ser una fecha escrita AAAA-MM-DD, p. ej. 2021-11-24',
  required: 'es obligatorio',
  atLeastOneMinute: 'debe ser de al menos 1 minuto',
  atMostMinutes: 'debe ser como máximo de {max} minutos (un día)',
  notEmpty: 'no debe estar vacío',
  fieldNotARoundtableId: 'debe ser el id de una mesa redonda (un UUID)',
  notANumber: 'debe ser un número',
  noEdgeSpaces: 'no debe empezar ni terminar con un espacio',
  dateOutOfRange: 'debe estar entre {from} y {to} (un año después de hoy); se recibió {date}',
  giveMinimumToo: 'indique también participants (el mínimo), u omita ambos',
  atLeastParticipants: 'debe ser al menos participants ({min})',
  notACategory: '"{code}" no es una categoría de actores; conocidas: {known}',
  listedTwice: '{code} aparece dos veces',
  giveParticipantsToo: 'indique también participants, u omita ambos',
  notAChallenge: '"{code}" no es un reto; conocidos: {known}',
  listedMoreThanOnce: '{items} aparece más de una vez',
  roundtableListedTwice: 'esta mesa redonda aparece dos veces; deje una',
  noSuchRoundtable: 'no existe la mesa redonda {id}; puede que se haya eliminado',
  roundtableOfOtherRegion:
    'la mesa redonda {number} de {roundtableRegion} no es de {region}: los participantes toman parte en las mesas redondas de su propia región',
  roundtableHeldAs:
    'la mesa redonda {number} de {roundtableRegion} se celebró en modo {format}, así que solo admite participaciones {format}',
  hasOtherRegionsRecords: 'tiene registros de participantes de {regions}; quite sus participaciones antes de pasarla a {region}',
  contraryParticipations:
    '{count, plural, one {# registro de participante dice} other {# registros de participantes dicen}} {other}, y una mesa redonda {format} solo admite participaciones {format}; cámbielos primero',
  notARegion: '"{slug}" no es una región; la consulta regions las enumera',
  notARegionKnown: '"{slug}" no es una región; conocidas: {known}',
  notCategories:
    '{codes} no {count, plural, one {es una categoría} other {son categorías}} de actores; la consulta stakeholderCategories las enumera',
  notRegions: '{slugs} no {count, plural, one {es una región} other {son regiones}}; la consulta regions las enumera',
  unknownIndicatorUseOneOf: 'indicador desconocido; use uno de {known}',
  unknownPeriodUseOneOf: 'periodo desconocido; use uno de {known}',
  unknownTargetRegion: 'región desconocida; omítala para la meta de todas las regiones',
  giveTargetOrBaseline: 'indique una meta, una línea de base o ambas',
  isAShare: '{code} es una proporción: indique una fracción de 0 a 1 (0.4 para el 40 %)',
  isACount: '{code} es un recuento: indique un número entero',
  languageTwice: 'aparece dos veces; dé cada idioma una sola vez',
  notBlank: 'no debe estar en blanco',
  notBlankOrLeaveOut: 'no debe estar en blanco; omita {locale} para que se muestre el texto en inglés',
  englishRequired: 'es obligatorio: el inglés es el respaldo de todos los demás idiomas',
  ruleMessageNotRead: 'nombra {names}, que esta regla no lee; puede nombrar {facts}',
  ruleMessageLacks: 'le falta {missing}, que nombra el mensaje en inglés; conserve cada marcador tal como está escrito',
  ruleMessageUnknown:
    'nombra {unknown}, que el mensaje en inglés no nombra; {named, select, no {no nombre ningún marcador} other {nombre solo {expected}}}',
  usernameTaken: '"{username}" ya está en uso; elija otro nombre de usuario',
  tooManyWrongPasswords: 'fue incorrecta demasiadas veces; inténtelo de nuevo en {minutes} minutos',
  notCurrentPassword: 'no es su contraseña actual',
  usernameForm: 'El nombre de usuario debe tener de 2 a 40 caracteres entre a-z, 0-9, ".", "_" o "-"; se recibió "{username}".',
  roleNotKnown: 'El rol debe ser uno de {roles}; se recibió "{role}".',
  notARegionSlugOf: '"{slug}" no es un identificador de región (letras minúsculas y cifras unidas por guiones, p. ej. saone-et-loire).',
  coordinatorNeedsRegions: 'A un COORDINATOR hay que darle las regiones que puede editar.',
  onlyCoordinatorHasRegions: 'Solo un COORDINATOR tiene regiones; un {role} no edita ninguna.',
  passwordProblem: 'La contraseña {problem}.',

  // Los problemas de una importación CSV (subgraphs/engagement/import/, core/csv/)
  importTooLarge:
    'El archivo supera el límite de 2 MB ({kilobytes, number} kB); una importación admite como máximo 2 MB y {records, select, participants {{max, plural, one {# participante} other {# participantes}}} other {{max, plural, one {# mesa redonda} other {# mesas redondas}}}}. Divídalo en archivos más pequeños e importe cada uno.',
  importTooManyRows:
    'El archivo tiene {records, select, participants {{count, plural, one {# participante} other {# participantes}}} other {{count, plural, one {# mesa redonda} other {# mesas redondas}}}}; una importación admite como máximo {max, number}. Divídalo en archivos más pequeños e importe cada uno.',
  importEmptyFile: 'El archivo está vacío; su primera línea debe ser exactamente la cabecera: {header}',
  importWrongHeader: 'La cabecera no es la esperada ({differences}); la primera línea debe ser exactamente la cabecera: {header}',
  importHeaderMissing: 'faltan {columns}',
  importHeaderUnexpected: 'no se esperaban {names}',
  importHeaderBoth: 'faltan {columns}; no se esperaban {names}',
  importHeaderOrder: 'las columnas están en otro orden o repetidas',
  importNoRows:
    '{records, select, participants {El archivo tiene la cabecera pero ningún participante; añada debajo una fila por participante.} other {El archivo tiene la cabecera pero ninguna mesa redonda; añada debajo una fila por mesa redonda.}}',
  importOnlyNotes:
    '{records, select, participants {El archivo tiene la cabecera pero ningún participante} other {El archivo tiene la cabecera pero ninguna mesa redonda}}: las líneas que empiezan por # son notas, como el ejemplo de la plantilla, y se omiten; añada debajo de la cabecera una fila por {records, select, participants {participante} other {mesa redonda}}.',
  unreadableText:
    'El archivo no está en UTF-8: la línea {line} tiene caracteres que no se pudieron leer (se muestran como �), como le ocurre a un archivo guardado en {encoding} cuando se lee como UTF-8. No se ha importado nada.',
  saveAsUtf8:
    'Guárdelo en UTF-8 e impórtelo de nuevo: en Excel, Archivo › Guardar como › "CSV UTF-8 (delimitado por comas)"; en LibreOffice Calc, Archivo › Guardar como › "Texto CSV" con "Editar la configuración del filtro" marcado y, después, Conjunto de caracteres "Unicode (UTF-8)"; Google Sheets y Numbers ya guardan en UTF-8.',
  csvQuoteNotClosed: 'un campo entre comillas que empieza en esta línea no se cierra nunca; termínelo con comillas dobles (")',
  csvTextAfterQuote:
    'hay texto después de unas comillas dobles de cierre; ponga todo el campo entre comillas y escriba cada comilla interior dos veces ("")',
  csvStrayQuote:
    'hay comillas dobles dentro de un campo sin comillas; ponga todo el campo entre comillas y escriba cada comilla interior dos veces ("")',
  csvFieldCount:
    'tiene {count, plural, one {# campo} other {# campos}} y la cabecera tiene {expected}; un campo que contiene una coma debe ir entre comillas',
  csvNotAWholeNumber: 'debe ser un número entero, como 21, o quedar vacío si se desconoce; se recibió "{value}"',
  csvTooManyDigits: 'debe ser un número entero de 15 cifras como máximo; se recibió "{value}"',
  csvRegionRequired: 'es obligatorio: el slug de la región, p. ej. soria',
  csvNumberRequired: 'es obligatorio: el número de la mesa redonda en su región, 1 para la primera',
  csvDateRequired: 'es obligatorio: el día en que se celebró, escrito AAAA-MM-DD, p. ej. 2021-11-24',
  csvNotARealDate: 'debe ser una fecha real escrita AAAA-MM-DD, p. ej. 2021-11-24; se recibió "{value}"',
  csvNotAFormat: 'debe ser online, onsite o hybrid, o quedar vacío si no se publicó; se recibió "{value}"',
  csvUnknownRegion: '"{region}" no es una región conocida; conocidas: {known}',
  csvUnknownRegionSeeQuery: '"{region}" no es una región conocida; la consulta regions lista las conocidas',
  csvNotYourRegion: 'usted coordina {regions}; {region} no es una de sus regiones',
  csvRowTwice: '{region} {number} también está en la línea {line}; dé a cada mesa redonda una sola fila',
  csvKeptCount: 'el recuento de {code} conservado del registro {problem}',
  csvCategoryRequired: 'es obligatorio: un código de categoría de actores, p. ej. NGO o NEWCOMER',
  csvNewcomerRequired: 'es obligatorio: yes para una persona refugiada o migrante, no para cualquier otra',
  csvYesOrNo: 'debe ser yes o no; se recibió "{value}"',
  csvNotAGender:
    'debe ser female, male, non-binary o undisclosed (prefirió no decirlo), o quedar vacío si no se registró; se recibió "{value}"',
  csvNotAnAgeBand: 'debe ser under-18, 18-24, 25-34, 35-49, 50-64 o 65+, o quedar vacío si no se registró; se recibió "{value}"',
  csvNotAnOrganisation: 'debe ser el slug de una organización, como fundacion-cepaim, o quedar vacío; se recibió "{value}"',
  csvNotAMode: 'debe ser online u onsite; se recibió "{value}"',
  csvModeRequired:
    'es obligatorio: online u onsite, ya que la mesa redonda {number} {format, select, none {se registró sin formato} other {se celebró como {format}}}',
};
