import { type ErrorText, errorMessageIn } from '../../../core/errors';
import { currentLanguage } from '../../../core/request-language';
import type { ImportProblem } from './import-report.types';

/**
 * Something to fix in an imported file, as the checks find it: its words are a text of the error
 * catalogue, said in the request's language only when the report is made.
 */
export interface FileProblem {
  line: number | null;
  column: string | null;
  text: ErrorText;
  ruleCode?: string;
}

/** What the checks said as data for a reader to fix, no refusal. */
export const problemOf = (line: number | null, column: string | null, text: ErrorText): FileProblem => ({ line, column, text });

/**
 * The report's problems in the language the request asked for (Accept-Language, ?locale=,
 * extensions.locale, else English), as its refusals are; values quoted from the file and the
 * column names stay as the file has them.
 */
export function problemsSaid(problems: readonly FileProblem[]): ImportProblem[] {
  const language = currentLanguage();
  return problems.map(({ text, ...problem }) => ({ ...problem, message: errorMessageIn(text, language) }));
}
