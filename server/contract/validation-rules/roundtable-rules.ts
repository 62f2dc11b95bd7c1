import type { ValidationRule } from './validation-rule';

const v = (fact: string) => ({ var: fact });

/**
 * Every rule a roundtable's figures are held to across fields: the one definition the API's
 * writes, the CSV import, the stored-data check (ruleFindings) and the form as it is typed
 * all evaluate. A rule added here applies everywhere at once; its messages must be written in
 * every language (RULE_LANGUAGES) and name only facts it needs.
 */
export const ROUNDTABLE_RULES: readonly ValidationRule[] = [
  {
    code: 'ONLINE_WITHIN_TOTAL',
    severity: 'ERROR',
    field: 'attendance.online',
    needs: ['onlineMin', 'participantsMax'],
    expression: { '<=': [v('onlineMin'), v('participantsMax')] },
    title: { en: 'Online within the participants', es: 'En línea dentro de los participantes' },
    message: {
      en: 'must be at most the number of participants ({participantsMax}); correct it or the participants',
      es: 'debe ser como mucho el número de participantes ({participantsMax}); corríjalo o corrija los participantes',
    },
  },
  {
    code: 'ONSITE_WITHIN_TOTAL',
    severity: 'ERROR',
    field: 'attendance.onsite',
    needs: ['onsiteMin', 'participantsMax'],
    expression: { '<=': [v('onsiteMin'), v('participantsMax')] },
    title: { en: 'Onsite within the participants', es: 'Presencial dentro de los participantes' },
    message: {
      en: 'must be at most the number of participants ({participantsMax}); correct it or the participants',
      es: 'debe ser como mucho el número de participantes ({participantsMax}); corríjalo o corrija los participantes',
    },
  },
  {
    code: 'SPLIT_WITHIN_TOTAL',
    severity: 'ERROR',
    field: 'attendance',
    needs: ['onlineMin', 'onsiteMin', 'participantsMax'],
    expression: { '<=': [{ '+': [v('onlineMin'), v('onsiteMin')] }, v('participantsMax')] },
    title: { en: 'Online + onsite within the participants', es: 'En línea + presencial dentro de los participantes' },
    message: {
      en: 'online ({onlineMin}) + onsite ({onsiteMin}) must be at most the number of participants ({participantsMax}); correct the split or the participants',
      es: 'en línea ({onlineMin}) + presencial ({onsiteMin}) debe ser como mucho el número de participantes ({participantsMax}); corrija el reparto o los participantes',
    },
  },
  {
    code: 'ONLINE_WITHOUT_ONSITE',
    severity: 'ERROR',
    field: 'attendance.onsite',
    needs: ['format', 'onsiteMin'],
    expression: { or: [{ '!==': [v('format'), 'ONLINE'] }, { '===': [v('onsiteMin'), 0] }] },
    title: { en: 'No onsite attendance at an online roundtable', es: 'Sin asistencia presencial en una mesa redonda en línea' },
    message: {
      en: 'must be empty or 0 for an online roundtable ({onsiteMin} given); correct it or the format',
      es: 'debe quedar vacío o en 0 en una mesa redonda en línea (se indicó {onsiteMin}); corríjalo o corrija el formato',
    },
  },
  {
    code: 'ONSITE_WITHOUT_ONLINE',
    severity: 'ERROR',
    field: 'attendance.online',
    needs: ['format', 'onlineMin'],
    expression: { or: [{ '!==': [v('format'), 'ONSITE'] }, { '===': [v('onlineMin'), 0] }] },
    title: { en: 'No online attendance at an onsite roundtable', es: 'Sin asistencia en línea en una mesa redonda presencial' },
    message: {
      en: 'must be empty or 0 for an onsite roundtable ({onlineMin} given); correct it or the format',
      es: 'debe quedar vacío o en 0 en una mesa redonda presencial (se indicó {onlineMin}); corríjalo o corrija el formato',
    },
  },
  {
    code: 'CATEGORY_WITHIN_TOTAL',
    severity: 'ERROR',
    field: 'categories.{index}.participants',
    each: 'categories',
    needs: ['categoryCode', 'categoryParticipantsMin', 'participantsMax'],
    expression: { '<=': [v('categoryParticipantsMin'), v('participantsMax')] },
    title: { en: "A category's participants within the total", es: 'Participantes de una categoría dentro del total' },
    message: {
      en: 'must be at most the number of participants ({participantsMax}); correct it or the participants',
      es: 'debe ser como mucho el número de participantes ({participantsMax}); corríjalo o corrija los participantes',
    },
  },
  {
    code: 'CATEGORIES_WITHIN_TOTAL',
    severity: 'ERROR',
    field: 'categories',
    needs: ['categoriesPresent', 'participantsMax'],
    expression: { '<=': [v('categoriesPresent'), v('participantsMax')] },
    title: { en: 'Each category present has someone there', es: 'Cada categoría presente tiene a alguien' },
    message: {
      en: '{categoriesPresent} categories are present, but the participants are at most {participantsMax}: each category present had at least one person there; remove one or correct the participants',
      es: 'hay {categoriesPresent} categorías presentes, pero los participantes son como mucho {participantsMax}: cada categoría presente tuvo al menos una persona; quite alguna o corrija los participantes',
    },
  },
  {
    code: 'DATE_IN_PROJECT',
    severity: 'WARNING',
    field: 'date',
    needs: ['date', 'projectStartsOn', 'projectEndsOn'],
    expression: { '<=': [v('projectStartsOn'), v('date'), v('projectEndsOn')] },
    title: { en: 'Date inside the project', es: 'Fecha dentro del proyecto' },
    message: {
      en: 'is outside the project ({projectStartsOn} to {projectEndsOn}); check the date',
      es: 'queda fuera del proyecto ({projectStartsOn} a {projectEndsOn}); compruebe la fecha',
    },
  },
  {
    code: 'DURATION_PLAUSIBLE',
    severity: 'WARNING',
    field: 'durationMinutes',
    needs: ['durationMinutes'],
    expression: { '<=': [15, v('durationMinutes'), 600] },
    title: { en: 'Duration from 15 to 600 minutes', es: 'Duración de 15 a 600 minutos' },
    message: {
      en: 'is {durationMinutes} minutes, while a roundtable lasts 15 to 600; check it',
      es: 'es de {durationMinutes} minutos, cuando una mesa redonda dura de 15 a 600; compruébela',
    },
  },
  {
    code: 'ORGANISATIONS_WITHIN_TOTAL',
    severity: 'WARNING',
    field: 'attendance.organisations',
    needs: ['organisations', 'participantsMax'],
    expression: { '<=': [v('organisations'), v('participantsMax')] },
    title: { en: 'Organisations within the participants', es: 'Organizaciones dentro de los participantes' },
    message: {
      en: 'is more than the number of participants ({participantsMax}), while each organisation represented has someone there; check both',
      es: 'es más que el número de participantes ({participantsMax}), cuando cada organización representada tiene a alguien presente; compruebe ambas cifras',
    },
  },
];
