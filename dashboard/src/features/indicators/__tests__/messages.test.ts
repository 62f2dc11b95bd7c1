import { formatters } from '../../../app/i18n/format';
import { translator } from '../../../app/i18n/i18n';
import { indicatorsEn } from '../../../app/i18n/messages/indicators-en';
import { indicatorsEs } from '../../../app/i18n/messages/indicators-es';
import { warningText } from '../warning-text';

describe('the indicators page in English and Spanish', () => {
  it('has every English text in Spanish, each translated unless it reads the same in both', () => {
    expect(Object.keys(indicatorsEs).sort()).toEqual(Object.keys(indicatorsEn).sort());
    const same = (Object.keys(indicatorsEn) as (keyof typeof indicatorsEn)[]).filter((key) => indicatorsEs[key] === indicatorsEn[key]);
    expect(same.sort()).toEqual(['indicators.drill.title', 'indicators.framework.IATI']);
  });

  it('says which targets do not add up, in the reader’s language', () => {
    const names = {
      indicator: () => ({ label: 'Mesas redondas celebradas', unit: 'COUNT' as const }),
      region: (slug: string) => slug,
      period: (code: string) => code,
    };
    const warning = {
      indicatorCode: 'ROUNDTABLES_HELD',
      regionSlug: null,
      projectTarget: 4,
      periodTargetsSum: 2,
      periodsWithoutTarget: ['2022', '2023'],
    };
    const format = formatters('es');
    const { t } = translator({ ...indicatorsEs }, 'es');
    expect(warningText(warning, names, { t, format, locale: 'es' })).toBe(
      'Mesas redondas celebradas, todas las regiones sin meta propia: las metas anuales suman 2, pero la meta del proyecto es 4. Sin meta anual: 2022 y 2023.',
    );
  });
});
