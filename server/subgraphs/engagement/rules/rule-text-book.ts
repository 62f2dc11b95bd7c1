import type { DataSource } from 'typeorm';
import { LANGUAGES, type Language, labelIn } from '../../../contract/languages';
import { ROUNDTABLE_RULES } from '../../../contract/validation-rules/roundtable-rules';
import { findingMessageIn } from '../../../contract/validation-rules/rule-text';
import type { RuleTexts } from '../../../contract/validation-rules/validation-rule';
import type { ChangeNotices } from '../../../core/database/change-notices';

/** A rule's words as engagement.validation_rule_text keeps them, with what its edits need: an id for audit entries and a version. */
export interface RuleTextRow extends RuleTexts {
  id: string;
  code: string;
  version: number;
}

export const RULE_TEXT_COLUMNS = 'id, code, version, title, message';

/** The channel on which every instance of engagement hears that a rule's words changed. */
export const RULE_TEXTS_CHANNEL = 'engagement_rule_texts';

/**
 * The validation rules' words, held in memory as the challenge taxonomy is: every finding, list
 * and refusal says its rule's words without a query. An ADMIN's edit announces itself on
 * RULE_TEXTS_CHANNEL and every instance reads them again. A rule of the code without its words
 * in the database stops the start: its migration is missing.
 */
export class RuleTextBook {
  private byCode = new Map<string, RuleTextRow>();

  private constructor(private readonly dataSource: DataSource) {}

  static async load(dataSource: DataSource, notices: ChangeNotices): Promise<RuleTextBook> {
    const book = new RuleTextBook(dataSource);
    await book.reload();
    await notices.listen(RULE_TEXTS_CHANNEL, () => book.reload());
    return book;
  }

  async reload(): Promise<void> {
    const rows: RuleTextRow[] = await this.dataSource.query(`SELECT ${RULE_TEXT_COLUMNS} FROM engagement.validation_rule_text`);
    const byCode = new Map(rows.map((row) => [row.code, row]));
    const wordless = ROUNDTABLE_RULES.filter((rule) => !byCode.has(rule.code)).map((rule) => rule.code);
    if (wordless.length > 0) {
      throw new Error(
        `Validation rules without their words in engagement.validation_rule_text: ${wordless.join(', ')}; add them by migration`,
      );
    }
    this.byCode = byCode;
  }

  /** A rule's words; every rule of ROUNDTABLE_RULES has them. */
  get(code: string): RuleTextRow {
    const texts = this.byCode.get(code);
    if (!texts) throw new Error(`Validation rule ${code} has no words`);
    return texts;
  }

  title(code: string, locale: Language): string {
    return labelIn(this.get(code).title, locale);
  }

  /** A finding's message in a language (else English), filled from the facts it read. */
  message(finding: { ruleCode: string; values: Readonly<Record<string, string | number>> }, locale: Language): string {
    return findingMessageIn(this.get(finding.ruleCode), finding, locale);
  }

  /** Every language's words of a rule, for those that show them all (a refusal said in the client's language). */
  messages(finding: { ruleCode: string; values: Readonly<Record<string, string | number>> }): Record<Language, string> {
    return Object.fromEntries(LANGUAGES.map((locale) => [locale, this.message(finding, locale)])) as Record<Language, string>;
  }
}
