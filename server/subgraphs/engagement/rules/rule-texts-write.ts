import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../../contract/audit/audit-trail';
import { FALLBACK_LANGUAGE, LANGUAGES, type Labels } from '../../../contract/languages';
import { RECORDING_LIMITS } from '../../../contract/recording-limits';
import { ROUNDTABLE_RULES } from '../../../contract/validation-rules/roundtable-rules';
import { placeholderDifference, placeholdersOf, RULES_BY_CODE } from '../../../contract/validation-rules/rule-text';
import { assertMayEditTaxonomy } from '../../../core/auth/edit-access';
import { ChangeNotices } from '../../../core/database/change-notices';
import { badInput, errorText } from '../../../core/errors';
import type { LocalizedTextInput } from '../../../core/locale';
import { labelsFromInput } from '../../../core/taxonomy/labels-input';
import { type FieldProblem, fieldProblem, refusal } from '../../../core/validate-input';
import type { AuditedRecords, AuditTrail } from '../../../core/writes/audited-records';
import { versionedWrite } from '../../../core/writes/versioned-write';
import { RULE_TEXT_COLUMNS, RULE_TEXTS_CHANNEL, type RuleTextRow } from './rule-text-book';

const { taxonomyLabel, taxonomyDescription } = RECORDING_LIMITS.texts;

const braced = (names: readonly string[]) => names.map((name) => `{${name}}`);

/**
 * The placeholders' problems of a rule's messages: English names only facts the rule reads (else
 * a placeholder would never be filled), and every other language exactly English's placeholders.
 */
function placeholderProblems(needs: readonly string[], message: Labels): FieldProblem[] {
  const english = placeholderDifference(message.en, needs);
  if (english.unknown.length > 0) {
    return [fieldProblem('messages.en', errorText('ruleMessageNotRead', { names: braced(english.unknown), facts: { or: braced(needs) } }))];
  }
  const expected = [...new Set(placeholdersOf(message.en))];
  const problems: FieldProblem[] = [];
  for (const language of LANGUAGES) {
    const text = message[language];
    if (language === FALLBACK_LANGUAGE || text === undefined) continue;
    const { missing, unknown } = placeholderDifference(text, expected);
    const field = `messages.${language}`;
    if (missing.length > 0) problems.push(fieldProblem(field, errorText('ruleMessageLacks', { missing: braced(missing) })));
    if (unknown.length > 0) {
      const named = expected.length > 0 ? 'yes' : 'no';
      problems.push(fieldProblem(field, errorText('ruleMessageUnknown', { unknown: braced(unknown), named, expected: braced(expected) })));
    }
  }
  return problems;
}

/**
 * Changes a validation rule's words (title and message) in every language at once, as the
 * taxonomy's labels are changed (core/taxonomy/taxonomy-texts-write.ts): ADMIN only, every problem
 * named at once (English required, each language once, the limits of a label and a description,
 * and a message's placeholders those of the English one), an unknown code refused with the known
 * ones, the version the ADMIN read quoted (else CONFLICT), the update and its audit entry in one
 * transaction with the notice every instance hears; this instance reads the words again before
 * answering.
 */
export class RuleTextsWriter {
  private readonly records: AuditedRecords<RuleTextRow>;

  constructor(
    db: DataSource,
    trail: AuditTrail,
    private readonly reload: () => Promise<void>,
  ) {
    this.records = {
      db,
      trail,
      entityType: 'ValidationRuleText',
      named: (row) => ({ kind: 'rule', name: row.code }),
      assertMayEdit: (viewer) => assertMayEditTaxonomy(viewer),
    };
  }

  async set(
    actor: Actor,
    code: string,
    expectedVersion: number,
    input: { titles: readonly LocalizedTextInput[]; messages: readonly LocalizedTextInput[] },
  ): Promise<RuleTextRow> {
    assertMayEditTaxonomy(actor.viewer);
    const rule = RULES_BY_CODE.get(code);
    if (!rule) throw unknownRule(code);
    const titles = labelsFromInput('titles', input.titles, taxonomyLabel);
    const messages = labelsFromInput('messages', input.messages, taxonomyDescription);
    const problems = [...titles.problems, ...messages.problems];
    if (messages.labels) problems.push(...placeholderProblems(rule.needs, messages.labels));
    if (problems.length > 0 || !titles.labels || !messages.labels) throw refusal(problems);
    const texts = { title: titles.labels, message: messages.labels };
    const written = await versionedWrite(this.records, actor, {
      lock: (manager) => locked(manager, code),
      expectedVersion,
      write: async (manager, before) => {
        // An UPDATE answers [rows, row count] through TypeORM.
        const [[after]] = await manager.query(
          `UPDATE engagement.validation_rule_text SET title = $2, message = $3, version = version + 1, updated_at = now()
           WHERE id = $1 RETURNING ${RULE_TEXT_COLUMNS}`,
          [before.id, JSON.stringify(texts.title), JSON.stringify(texts.message)],
        );
        await ChangeNotices.announce(manager, RULE_TEXTS_CHANNEL);
        return after as RuleTextRow;
      },
    });
    await this.reload();
    return written;
  }
}

const unknownRule = (code: string) =>
  badInput(errorText('unknownRule', { code, known: ROUNDTABLE_RULES.map((rule) => rule.code).join(', ') }), {
    field: 'code',
    invalid: [code],
  });

async function locked(manager: EntityManager, code: string): Promise<RuleTextRow> {
  const [row] = await manager.query(`SELECT ${RULE_TEXT_COLUMNS} FROM engagement.validation_rule_text WHERE code = $1 FOR UPDATE`, [code]);
  if (!row) throw unknownRule(code);
  return row;
}
