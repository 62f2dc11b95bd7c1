import { Min } from 'class-validator';
import { errorText, formatError } from '../errors';
import { withLanguage } from '../request-language';
import { fieldProblem, inputProblems, refusal, ruleMessage } from '../validate-input';

class Counted {
  @Min(0, ruleMessage('notNegative'))
  participants = -1;
}

describe('a refusal of bad input, in the language of the request', () => {
  const format = formatError();

  it("lists each field's problem in the language asked, and keeps extensions.problems in English", async () => {
    const problems = [...(await inputProblems(new Counted())), fieldProblem('region', errorText('notARegion', { slug: 'atlantis' }))];
    const error = refusal(problems);
    const english = format(error.toJSON(), error);
    const greek = withLanguage('el', () => format(error.toJSON(), error));
    expect(english.message).toBe(
      'Please correct: participants: must be 0 or more; region: "atlantis" is not a region; the regions query lists them.',
    );
    expect(greek.message).toBe(
      'Διορθώστε: participants: πρέπει να είναι 0 ή περισσότερο; region: Το "atlantis" δεν είναι περιφέρεια· το ερώτημα regions τις απαριθμεί.',
    );
    const expected = {
      code: 'BAD_USER_INPUT',
      problems: [
        { field: 'participants', message: 'must be 0 or more' },
        { field: 'region', message: '"atlantis" is not a region; the regions query lists them' },
      ],
    };
    expect(english.extensions).toEqual(expected);
    expect(greek.extensions).toEqual(expected);
  });

  it('says a problem the catalogue does not have in the words it came with', () => {
    const error = refusal([{ field: 'file', message: 'line 3 has 4 columns, the header 5' }]);
    expect(withLanguage('fr', () => format(error.toJSON(), error)).message).toBe(
      'Veuillez corriger : file : line 3 has 4 columns, the header 5.',
    );
  });
});
