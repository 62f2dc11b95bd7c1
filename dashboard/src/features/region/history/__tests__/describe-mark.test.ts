import type { AuditAction } from '../../../../__generated__/graphql';
import { formatters } from '../../../../app/i18n/format';
import { formatMessage } from '../../../../app/i18n/message-format';
import { editingEn } from '../../../../app/i18n/messages/editing-en';
import { editingEs } from '../../../../app/i18n/messages/editing-es';
import { en } from '../../../../app/i18n/messages/en';
import { es } from '../../../../app/i18n/messages/es';
import { describeMark, isMark, type MarkEntry } from '../describe-mark';

const english = {
  t: (key: keyof typeof editingEn | keyof typeof en, values?: Record<string, string | number>) =>
    formatMessage({ ...en, ...editingEn }[key], 'en', values),
  format: formatters('en'),
};
const spanish = {
  t: (key: keyof typeof editingEn | keyof typeof en, values?: Record<string, string | number>) =>
    formatMessage({ ...es, ...editingEs }[key], 'es', values),
  format: formatters('es'),
};

const at = '2025-03-04T09:30:00Z';
const mark = (action: MarkEntry['action'], after: unknown): MarkEntry => ({
  action,
  at,
  actorName: 'Eva Evaluadora',
  actorRole: 'EVALUATOR',
  after,
});

describe("a reviewer's mark on a figure far from its usual, in the history", () => {
  it('tells marks from review steps and changes of content', () => {
    const actions: AuditAction[] = ['CREATE', 'UPDATE', 'SUBMIT', 'APPROVE', 'CHECK_VALUE', 'FLAG_FOLLOW_UP'];
    expect(actions.filter(isMark)).toEqual(['CHECK_VALUE', 'FLAG_FOLLOW_UP']);
  });

  it('says who marked which figure, its value and when, with the comment', () => {
    const when = english.format.dateTime(at);
    expect(
      describeMark(
        mark('CHECK_VALUE', { measure: 'DURATION_MINUTES', value: { min: 600, max: 600 }, comment: ' Two sessions of five hours. ' }),
        english,
      ),
    ).toEqual({
      sentence: `Eva Evaluadora (Evaluator) checked its duration in minutes, 600, on ${when}: far from the usual, but right as recorded.`,
      comment: 'Two sessions of five hours.',
    });
    expect(
      describeMark(mark('FLAG_FOLLOW_UP', { measure: 'PARTICIPANTS', value: { min: 150, max: 180 }, comment: 'Which list?' }), english)
        .sentence,
    ).toBe(`Eva Evaluadora (Evaluator) asked its coordinator on ${when} to look at its participants, 150–180, far from the usual.`);
  });

  it('reads in Spanish too', () => {
    expect(
      describeMark(mark('FLAG_FOLLOW_UP', { measure: 'ONLINE', value: { min: 190, max: 190 }, comment: '¿Incluye la emisión?' }), spanish),
    ).toEqual({
      sentence: `Eva Evaluadora (Evaluación) pidió a su coordinación el ${spanish.format.dateTime(at)} que revisara su cifra de personas en línea, 190, lejos de lo habitual.`,
      comment: '¿Incluye la emisión?',
    });
  });
});
