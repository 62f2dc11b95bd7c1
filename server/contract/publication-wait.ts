/**
 * How long a request of FUNDER or PUBLIC waits for the publication of changed data before it is
 * answered from the one before (PUBLICATION_WAIT_MS, validated in core/config.ts). Built within
 * it at 10 regions, so a small platform's funders always see the data as they are; the audit of
 * 1,000 regions takes minutes, which no one should wait for.
 */
export const DEFAULT_PUBLICATION_WAIT_MS = 2_000;
