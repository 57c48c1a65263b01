// Exit codes of `kg`, documented in the README.
export const EXIT = {
  OK: 0,
  /** Something failed that is not one of the cases below. */
  FAILURE: 1,
  /** Bad command line: unknown option, missing argument. */
  USAGE: 2,
  /** The run finished, but some input files were rejected (listed in the summary). */
  REJECTED: 3,
  /** No input could be read at all. */
  NO_INPUT: 4,
  /** The Neo4j store could not be reached, refused the credentials or failed mid-load. */
  STORE: 5,
} as const;
