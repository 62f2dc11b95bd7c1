/** Where the explorer's files are served; GET /graphql from a browser is the page itself. */
export const EXPLORER_ASSETS_PATH = '/graphiql/';

/**
 * GraphiQL's own build (graphiql.min.js, with React 18's UMD builds it expects as globals),
 * served from the server's node_modules: no CDN, so the explorer works offline and under a
 * CSP that allows scripts from this origin only. GraphiQL 5 ships no such build (it needs a
 * bundler for its editor's workers), so version 4 is used.
 */
export const EXPLORER_FILES: Record<string, { packageName: string; file: string; contentType: string }> = {
  'react.js': { packageName: 'react', file: 'umd/react.production.min.js', contentType: 'text/javascript; charset=utf-8' },
  'react-dom.js': { packageName: 'react-dom', file: 'umd/react-dom.production.min.js', contentType: 'text/javascript; charset=utf-8' },
  'graphiql.js': { packageName: 'graphiql', file: 'graphiql.min.js', contentType: 'text/javascript; charset=utf-8' },
  'graphiql.css': { packageName: 'graphiql', file: 'graphiql.min.css', contentType: 'text/css; charset=utf-8' },
};

/** Starts GraphiQL; a file of its own, since the page allows no inline script. It asks the address the page was served at. */
export const START_SCRIPT = `(function () {
  var endpoint = window.location.origin + window.location.pathname;
  var defaultQuery = [
    '# SIRA Monitor. Signed in on the dashboard, you ask as that user;',
    '# otherwise as PUBLIC. To ask as another role,',
    '# write under Headers below',
    '#   { "authorization": "Bearer <token>" }',
    '# with a token from POST /auth/sign-in',
    '# or \`pnpm sira token --role ANALYST\`.',
    '{',
    '  regions { slug name }',
    '}',
    '',
  ].join('\\n');
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(
    React.createElement(GraphiQL, {
      // A page of this site: the header lets the dashboard's session cookie sign its requests in.
      fetcher: GraphiQL.createFetcher({ url: endpoint, headers: { 'x-requested-with': 'sira-explorer' } }),
      defaultQuery: defaultQuery,
      defaultEditorToolsVisibility: true,
      // A token typed into Headers stays in this tab, never in localStorage.
      shouldPersistHeaders: false,
    }),
  );
})();
`;

export const EXPLORER_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>SIRA Monitor GraphQL explorer</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${EXPLORER_ASSETS_PATH}graphiql.css">
</head>
<body style="margin: 0">
<div id="graphiql" style="height: 100vh">Loading the GraphQL explorer…</div>
<noscript>The GraphQL explorer needs JavaScript. The API answers POST requests with a JSON body {"query": "..."} at this address.</noscript>
<script src="${EXPLORER_ASSETS_PATH}react.js"></script>
<script src="${EXPLORER_ASSETS_PATH}react-dom.js"></script>
<script src="${EXPLORER_ASSETS_PATH}graphiql.js"></script>
<script src="${EXPLORER_ASSETS_PATH}start.js"></script>
</body>
</html>
`;

/** Scripts and connections to this origin only; GraphiQL sets styles inline, and its stylesheet embeds images and fonts. */
export const EXPLORER_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
