import { editingEn } from '../i18n/messages/editing-en';
import { editingEs } from '../i18n/messages/editing-es';
import { en } from '../i18n/messages/en';

describe('texts for recording and changing data', () => {
  it('has every English key in Spanish, each translated', () => {
    expect(Object.keys(editingEs).sort()).toEqual(Object.keys(editingEn).sort());
    const same = (Object.keys(editingEn) as (keyof typeof editingEn)[]).filter((key) => editingEs[key] === editingEn[key]);
    expect(same).toEqual([]);
  });

  it('names no key the shared texts already have', () => {
    expect(Object.keys(editingEn).filter((key) => key in en)).toEqual([]);
  });
});
