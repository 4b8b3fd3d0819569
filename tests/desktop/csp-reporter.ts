/** The binding a page reports CSP violations through. */
export const PROBLEM_BINDING = '__desktopProblem';

/**
 * An init script that reports every CSP violation of the page, also those a `try` swallows
 * (Chromium logs no console error for a blocked `new Function` that is caught).
 */
export const CSP_REPORTER = `document.addEventListener('securitypolicyviolation', (event) => {
  window[${JSON.stringify(PROBLEM_BINDING)}]?.('CSP ' + event.effectiveDirective + ' blocked ' + (event.blockedURI || 'inline') + ' at ' + event.sourceFile + ':' + event.lineNumber);
});`;
