import { editingEn } from '../../../app/i18n/messages/editing-en';
import { en } from '../../../app/i18n/messages/en';
import { participantsEn } from '../../../app/i18n/messages/participants-en';
import { participantsEs } from '../../../app/i18n/messages/participants-es';

// Words the same in both languages, as they should be.
const SAME_IN_SPANISH = new Set(['participants.no']);
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe("the participants page's texts", () => {
  it('has every English key in Spanish, translated, with the same placeholders', () => {
    expect(Object.keys(participantsEs).sort()).toEqual(Object.keys(participantsEn).sort());
    const keys = Object.keys(participantsEn) as (keyof typeof participantsEn)[];
    expect(keys.filter((key) => participantsEs[key] === participantsEn[key] && !SAME_IN_SPANISH.has(key))).toEqual([]);
    expect(keys.filter((key) => placeholders(participantsEs[key]).join() !== placeholders(participantsEn[key]).join())).toEqual([]);
  });

  it('names no key the shared or the editing texts already have', () => {
    expect(Object.keys(participantsEn).filter((key) => key in en || key in editingEn)).toEqual([]);
  });
});
