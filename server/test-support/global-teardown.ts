export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __siraTestPostgres?: { stop(): Promise<void> } }).__siraTestPostgres?.stop();
}
