import { graphql } from '../../__generated__';
import type { RegionFacts_RegionFragment } from '../../__generated__/graphql';
import { useEditingI18n } from '../../app/i18n/editing';

// What the facts line shows of a region: the region page's query spreads it.
export const REGION_FACTS_REGION = graphql(`
  fragment RegionFacts_region on Region {
    country
    nutsCode
    nutsLevel
    adminRegion
    identityVerified
    identityNote
  }
`);

export function RegionFacts({ region }: { region: RegionFacts_RegionFragment }) {
  const { t, format } = useEditingI18n();
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
