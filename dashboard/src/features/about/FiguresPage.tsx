import { Fragment } from 'react';
import { useAboutI18n } from '../../app/i18n/about';
import { usePageTitle } from '../../app/page-title';
import { Link } from '../../app/router';
import { useHrefWithFilters } from '../../app/use-filters';
import { WITHHOLDINGS } from '../../data/withholding';

/**
 * How figures are protected for funders and the public: what the publication holds, what is
 * withheld and why, and how a withheld figure reads. Every withheld figure links here.
 */
export default function FiguresPage() {
  const { t } = useAboutI18n();
  usePageTitle(t('about.title'));
  const href = useHrefWithFilters();
  return (
    <article className="about-page">
      <h1>{t('about.title')}</h1>
      <p className="page-intro">{t('about.intro')}</p>
      <section className="card" aria-labelledby="about-published">
        <h2 id="about-published">{t('about.publishedTitle')}</h2>
        <p>{t('about.published')}</p>
        <p>{t('about.notPublished')}</p>
      </section>
      <section className="card" aria-labelledby="about-withheld">
        <h2 id="about-withheld">{t('about.withheldTitle')}</h2>
        <p>{t('about.small')}</p>
        <p>{t('about.protect')}</p>
      </section>
      <section className="card" aria-labelledby="about-reading">
        <h2 id="about-reading">{t('about.readingTitle')}</h2>
        <p>{t('about.reading')}</p>
        <dl className="facts">
          {WITHHOLDINGS.map((reason) => (
            <Fragment key={reason}>
              <dt>{t(`withheld.${reason}`)}</dt>
              <dd>{t(`withheld.explain.${reason}`)}</dd>
            </Fragment>
          ))}
        </dl>
      </section>
      <section className="card" aria-labelledby="about-true">
        <h2 id="about-true">{t('about.trueTitle')}</h2>
        <p>{t('about.true')}</p>
        <p>{t('about.downloads')}</p>
      </section>
      <section className="card" aria-labelledby="about-roles">
        <h2 id="about-roles">{t('about.rolesTitle')}</h2>
        <p>{t('about.roles')}</p>
      </section>
      <p>
        <Link to={href('/')}>{t('about.back')}</Link>
      </p>
    </article>
  );
}
