import { useApolloClient, useQuery } from '@apollo/client/react';
import { Suspense, useEffect, useRef, useState } from 'react';
import { graphql } from '../../__generated__';
import { useAboutI18n } from '../../app/i18n/about';

const PUBLICATION_STATUS = graphql(`
  query PublicationStatus {
    publicationStatus {
      asOf
      current
    }
  }
`);

/** How often to ask again while newer records are being published: the audit of 1,000 regions takes about two minutes. */
const ASK_AGAIN_MS = 15_000;

/**
 * For FUNDER and PUBLIC, whose counts of people come from a protected publication that is built
 * again after every change of the records: while that takes, they are answered from the one
 * before, and this says since when; once the new one is in, it draws the page's figures again.
 * It says nothing while the publication is current, and loads its words only when it speaks.
 */
export default function PublicationNote() {
  const client = useApolloClient();
  const { data, startPolling, stopPolling } = useQuery(PUBLICATION_STATUS, { fetchPolicy: 'network-only' });
  const status = data?.publicationStatus;
  const behind = useRef(false);
  const [caughtUp, setCaughtUp] = useState(false);
  useEffect(() => {
    if (!status) return;
    if (!status.current) {
      behind.current = true;
      setCaughtUp(false);
      startPolling(ASK_AGAIN_MS);
      return stopPolling;
    }
    if (!behind.current) return;
    // Every figure on the page was read from the publication before: read them again.
    behind.current = false;
    setCaughtUp(true);
    void client.refetchQueries({ include: 'active' });
  }, [status, client, startPolling, stopPolling]);
  const said = !status ? null : !status.current ? 'publication.behind' : caughtUp ? 'publication.caughtUp' : null;
  return (
    <p className="publication-note" role="status">
      {status && said && (
        <Suspense fallback={null}>
          <NoteText said={said} asOf={status.asOf} />
        </Suspense>
      )}
    </p>
  );
}

function NoteText({ said, asOf }: { said: 'publication.behind' | 'publication.caughtUp'; asOf: string }) {
  const { t, format } = useAboutI18n();
  return t(said, { asOf: format.dateTime(asOf) });
}
