import { useI18n } from '../../app/i18n/i18n';

interface Region {
  country: string;
  nutsCode?: string | null;
  nutsLevel?: number | null;
  adminRegion?: string | null;
  identityVerified: boolean;
  identityNote?: string | null;
}

export function RegionFacts({ region }: { region: Region }) {
  const { t, format } = useI18n();
  return (
    <>
      <p className="region-facts">
        <span>
          {t('region.country')}: {format.country(region.country)}
        </span>
        {region.adminRegion && (
          <span>
            {t('region.adminRegion')}: {region.adminRegion}
          </span>
        )}
        {region.nutsCode && (
          <span>
            {t('region.nuts')}: {t('region.nutsLevel', { code: region.nutsCode, level: region.nutsLevel ?? '' })}
          </span>
        )}
        {!region.identityVerified && <span className="tag">{t('region.unverified')}</span>}
      </p>
      {region.identityNote && <p className="muted">{region.identityNote}</p>}
    </>
  );
}
