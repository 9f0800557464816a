/** Style sheets are imported for their side effect; webpack extracts them into taskpane.css. */
declare module '*.css';
