import { graphql } from '../../__generated__';
import type { RoundtableList_RoundtableFragment } from '../../__generated__/graphql';
import { useEditingI18n } from '../../app/i18n/editing';
import { attendanceWords, withheldTitle } from '../../app/i18n/withheld-words';
import { Link } from '../../app/router';
import { editRoundtablePath, participantsPath, roundtableAnchor } from '../../app/routes';
import { mayEditRegion, mayReview, seesEveryRecord } from '../../app/session/permissions';
import { useSession } from '../../app/session/session-store';
import { Sources } from '../../charts/Sources';
import { WithheldNote } from '../../charts/WithheldNote';
import { attendanceText, modeNotPublished, PEOPLE_MODES } from '../../data/attendance';
import { formatRange } from '../../data/ranges';
import { reasonsAmong, type Withholding, withheldReason } from '../../data/withholding';
import { closuresOn, type PeriodClosure } from '../review/closed-periods';
import { ReviewBadge } from '../review/ReviewBadge';
import { ReturnedComment, ReviewActions } from '../review/RoundtableReview';
import { isLocked, mayChangeRecord, reviewActionsFor } from '../review/review-actions';
import { DeleteRoundtable } from './DeleteRoundtable';
import { RoundtableHistory } from './history/RoundtableHistory';
import { OutlierFlag } from './OutlierFlag';
import { RuleWarnings } from './RuleWarnings';

// What the list shows of each roundtable: the region page's query spreads it. `$locale` is that query's.
export const ROUNDTABLE_LIST_ROUNDTABLE = graphql(`
  fragment RoundtableList_roundtable on Roundtable {
    id
    number
    version
    date
    format
    durationMinutes
    theme
    illustrative
    reviewState
    reviewComment
    attendance {
      total { min max }
      online { min max }
      onsite { min max }
      unknownMode { min max }
      newcomers { min max }
      organisations
      fromRecords
      withheld { field reason }
    }
    categories {
      category {
        code
        label(locale: $locale)
      }
      participants { min max }
      withheld { field reason }
    }
    organisers {
      role
      organisation {
        slug
        name
      }
    }
    challenges {
      challenge {
        code
        label(locale: $locale)
      }
      note
    }
    insights { text }
    interests { text }
    sources {
      ...Sources_source
    }
    outlierFlags {
      ...OutlierFlag_flag
    }
    ...RuleWarnings_roundtable
  }
`);

type Roundtable = RoundtableList_RoundtableFragment;

const ATTENDANCE_FIELDS = ['total', 'online', 'onsite', 'unknownMode'] as const;
type AttendanceField = (typeof ATTENDANCE_FIELDS)[number];

/** The one reason every count of the attendance is withheld for (unknown ones aside), if there is one. */
function sameReason(attendance: Roundtable['attendance']): Withholding | undefined {
  const reasons = ATTENDANCE_FIELDS.map((field) => withheldReason(attendance, field));
  const first = reasons.find(Boolean);
  const together = ATTENDANCE_FIELDS.every((field, index) => reasons[index] === first || (!reasons[index] && attendance[field] === null));
  return together ? first : undefined;
}

interface ItemOptions {
  /** The reporting periods closed to changes: a record dated in one offers no change and no review step. */
  closures: readonly PeriodClosure[];
  regionSlug: string;
  regionName: string;
  /** The audit trail of each roundtable, for the roles that may read it. */
  showHistory: boolean;
  onDeleted: (number: number) => void;
  /** A review step was taken; `message` says which. */
  onReviewed: (message: string) => void;
}

/** The region's roundtables in date order, each with everything recorded about it. */
export function RoundtableList({ roundtables, ...options }: { roundtables: Roundtable[] } & ItemOptions) {
  const { t } = useEditingI18n();
  const reasons = reasonsAmong(
    roundtables
      .flatMap((roundtable) => [roundtable.attendance, ...roundtable.categories].flatMap((row) => row.withheld))
      .map((c) => c.reason),
  );
  return (
    <section className="card" aria-labelledby="roundtables-title">
      <h2 id="roundtables-title">{t('region.roundtables')}</h2>
      <WithheldNote reasons={reasons} />
      <ol className="roundtables">
        {roundtables.map((roundtable) => (
          <RoundtableItem key={roundtable.id} roundtable={roundtable} {...options} />
        ))}
      </ol>
    </section>
  );
}

function RoundtableItem({
  roundtable,
  closures,
  regionSlug,
  regionName,
  showHistory,
  onDeleted,
  onReviewed,
}: { roundtable: Roundtable } & ItemOptions) {
  const { t, format } = useEditingI18n();
  const viewer = useSession()?.viewer;
  const reviewed = { regionSlug, reviewState: roundtable.reviewState };
  // FUNDER and PUBLIC see approved records only: a state would tell them nothing.
  const showReview = seesEveryRecord(viewer);
  const editsRegion = mayEditRegion(viewer, regionSlug);
  // The API refuses every change and review step inside a closed period: none is offered.
  const [closedIn] = closuresOn(roundtable.date, closures);
  const mayChange = !closedIn && mayChangeRecord(viewer, reviewed);
  const actions = closedIn ? [] : reviewActionsFor(viewer, reviewed);
  const words = attendanceWords(t);
  const { attendance } = roundtable;
  const count = (field: AttendanceField) => attendanceText(attendance, field, format.number, words);
  const unknownModeShown = withheldReason(attendance, 'unknownMode') !== undefined || (attendance.unknownMode?.max ?? 0) > 0;
  // No mode published at all (a hybrid roundtable, or one of unknown format, with a total but no
  // split): its people say so once, rather than "Online 0 · Onsite 0".
  const noModePublished = PEOPLE_MODES.every((mode) => modeNotPublished(attendance, mode));
  // Every count withheld for one reason (a roundtable's, for funders: not published) is said once, not four times.
  const allWithheld = sameReason(attendance);
  // Without a source, the roundtable is its platform's own record: its figures are as recorded, not as published.
  const published = roundtable.sources.length > 0;
  return (
    <li className="roundtable" id={roundtableAnchor(roundtable.id)} tabIndex={-1}>
      <h3>
        {t('region.roundtable', { number: roundtable.number })} · <time dateTime={roundtable.date}>{format.date(roundtable.date)}</time>{' '}
        {roundtable.illustrative && <span className="tag">{t('illustrative.tag')}</span>}{' '}
        {showReview && <ReviewBadge state={roundtable.reviewState} />}
      </h3>
      {showReview && <ReturnedComment roundtable={roundtable} mayCorrect={editsRegion} />}
      {(editsRegion || actions.length > 0) && (
        <div className="toolbar item-actions">
          {mayChange && (
            <>
              <Link className="button-link" to={editRoundtablePath(roundtable.id)}>
                {t('region.edit')}
                <span className="sr-only"> {t('region.roundtable', { number: roundtable.number })}</span>
              </Link>
              <DeleteRoundtable roundtable={roundtable} regionName={regionName} onDeleted={() => onDeleted(roundtable.number)} />
            </>
          )}
          {/* Its participant records: the attendance sheet while it is open to change, read only once locked. */}
          {editsRegion && (
            <Link className="button-link" to={participantsPath(roundtable.id)}>
              {t('column.participants')}
              <span className="sr-only"> {t('region.roundtable', { number: roundtable.number })}</span>
            </Link>
          )}
          {actions.length > 0 && (
            <ReviewActions roundtable={roundtable} actions={actions} regionName={regionName} onReviewed={onReviewed} />
          )}
        </div>
      )}
      {closedIn && (editsRegion || mayReview(viewer)) ? (
        <p className="locked-note">{t('review.periodClosed', { period: closedIn.periodCode })}</p>
      ) : (
        isLocked(roundtable.reviewState) && (editsRegion || mayReview(viewer)) && <p className="locked-note">{t('review.locked')}</p>
      )}
      <RuleWarnings roundtable={roundtable} />
      <dl className="facts">
        <dt>{t('region.format')}</dt>
        <dd>{roundtable.format ? t(`format.${roundtable.format}`) : t(published ? 'format.unknown' : 'format.notRecorded')}</dd>
        <dt>{t('region.duration')}</dt>
        <dd>
          {roundtable.durationMinutes ? t('region.minutes', { count: format.number(roundtable.durationMinutes) }) : t('figure.unknown')}
          <OutlierFlag flags={roundtable.outlierFlags} measure="DURATION_MINUTES" />
        </dd>
        {roundtable.theme && (
          <>
            <dt>{t('region.theme')}</dt>
            <dd>{roundtable.theme}</dd>
          </>
        )}
        {roundtable.organisers.length > 0 && (
          <>
            <dt>{t('region.organisers')}</dt>
            <dd>
              {roundtable.organisers
                .map((o) => {
                  const name = o.organisation?.name ?? t('region.deletedOrganisation');
                  return o.role === 'SUPPORTER' ? `${name} (${t('region.supporter')})` : name;
                })
                .join(', ')}
            </dd>
          </>
        )}
        <dt>{t('region.attendance')}</dt>
        <dd>
          {allWithheld ? (
            <span title={withheldTitle(t, allWithheld)}>{t(`withheld.${allWithheld}`)}</span>
          ) : noModePublished ? (
            <>
              {t('column.total')} {count('total')}
              <OutlierFlag flags={roundtable.outlierFlags} measure="PARTICIPANTS" /> · {words.modeNotPublished}
            </>
          ) : (
            <>
              {t('column.total')} {count('total')}
              <OutlierFlag flags={roundtable.outlierFlags} measure="PARTICIPANTS" /> · {t('series.online')} {count('online')}
              <OutlierFlag flags={roundtable.outlierFlags} measure="ONLINE" /> · {t('series.onsite')} {count('onsite')}
              <OutlierFlag flags={roundtable.outlierFlags} measure="ONSITE" />
              {unknownModeShown ? ` · ${t('series.unknownMode')} ${count('unknownMode')}` : ''}
            </>
          )}{' '}
          <span className="muted">
            ({attendance.fromRecords ? t('region.fromRecords') : t(published ? 'region.published' : 'region.recorded')})
          </span>
        </dd>
        {attendance.organisations !== null && (
          <>
            <dt>{t('region.organisations')}</dt>
            <dd>
              {format.number(attendance.organisations)}
              <OutlierFlag flags={roundtable.outlierFlags} measure="ORGANISATIONS" />
            </dd>
          </>
        )}
        {roundtable.categories.length > 0 && (
          <>
            <dt>{t('region.categories')}</dt>
            <dd>
              {roundtable.categories
                .map((c) => {
                  const withheld = withheldReason(c, 'participants');
                  if (withheld) return `${c.category.label}: ${t(`withheld.${withheld}`)}`;
                  return c.participants
                    ? `${c.category.label} (${formatRange(c.participants, format.number, t('figure.unknown'))})`
                    : c.category.label;
                })
                .join(', ')}
            </dd>
          </>
        )}
      </dl>
      <NoteList
        title={t('region.challenges')}
        items={roundtable.challenges.map((c) => ({ key: c.challenge.code, strong: c.challenge.label, text: c.note ?? '' }))}
      />
      <NoteList
        title={t('region.insights')}
        items={(roundtable.insights ?? []).map((note, index) => ({ key: String(index), text: note.text }))}
      />
      <NoteList
        title={t('region.interests')}
        items={(roundtable.interests ?? []).map((note, index) => ({ key: String(index), text: note.text }))}
      />
      <Sources sources={roundtable.sources} recordedBy={regionName} />
      {showHistory && <RoundtableHistory id={roundtable.id} number={roundtable.number} />}
    </li>
  );
}

function NoteList({ title, items }: { title: string; items: { key: string; strong?: string; text: string }[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <h4 style={{ margin: '0.75rem 0 0.25rem' }}>{title}</h4>
      <ul>
        {items.map((item) => (
          <li key={item.key}>
            {item.strong && <strong>{item.strong}</strong>}
            {item.strong && item.text ? ': ' : ''}
            {item.text}
          </li>
        ))}
      </ul>
    </>
  );
}
