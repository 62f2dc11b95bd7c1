import { useI18n } from '../i18n/i18n';
import { isLocale, LOCALES } from '../i18n/locales';

export function LanguageSelect() {
  const { t, locale, setLocale } = useI18n();
  return (
    <label className="language">
      {t('language.label')}
      <select
        value={locale}
        onChange={(event) => {
          if (isLocale(event.target.value)) setLocale(event.target.value);
        }}
      >
        {Object.entries(LOCALES).map(([code, { name }]) => (
          <option key={code} value={code} lang={code}>
            {name}
          </option>
        ))}
      </select>
    </label>
  );
}
