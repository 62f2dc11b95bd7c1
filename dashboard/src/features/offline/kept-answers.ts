import { type ApolloLink, CombinedGraphQLErrors, ServerError } from '@apollo/client';
import { Observable } from 'rxjs';
import { keepAnswer, keptAnswer } from './offline-db';

/** The request never reached the API, or the API could not answer: what was kept can stand in. */
export function isUnreachable(error: unknown): boolean {
  if (CombinedGraphQLErrors.is(error)) return false;
  if (ServerError.is(error)) return error.statusCode >= 500;
  return true;
}

const keyOf = (operation: ApolloLink.Operation) => `${operation.operationName}:${JSON.stringify(operation.variables ?? {})}`;

/**
 * An operation the page marked to be kept offline (`KEEP_OFFLINE`): each full answer is kept
 * in the user's database; when the API cannot be reached, the last one kept answers instead,
 * with `extensions.keptAt` saying when it was read.
 */
export function keptOrFresh(operation: ApolloLink.Operation, forward: ApolloLink.ForwardFunction): Observable<ApolloLink.Result> {
  const key = keyOf(operation);
  return new Observable((observer) => {
    const subscription = forward(operation).subscribe({
      next(result) {
        if (result.data && !result.errors?.length) void keepAnswer(key, result.data).catch(() => undefined);
        observer.next(result);
      },
      error(error: unknown) {
        if (!isUnreachable(error)) return observer.error(error);
        keptAnswer(key)
          .catch(() => undefined)
          .then((kept) => {
            if (!kept) return observer.error(error);
            observer.next({ data: kept.data as Record<string, unknown>, extensions: { keptAt: kept.savedAt } });
            observer.complete();
          });
      },
      complete: () => observer.complete(),
    });
    return () => subscription.unsubscribe();
  });
}
