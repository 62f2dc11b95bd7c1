/** The API's shortest password (server/core/auth/local-users.ts): the form says it before the API has to. */
export const MIN_PASSWORD_LENGTH = 10;
