// What ingest hands to the rest of the pipeline: validated articles and the files it refused.
export interface Article {
  /** `article:<first 16 hex of sha256(text)>` */
  id: string;
  /** Path as given on the command line, for messages. */
  path: string;
  title: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD, or null when unknown. */
  date: string | null;
  source: string | null;
  url: string | null;
  /** Body text (front matter removed); every offset in the graph points into this string. */
  text: string;
}

export type IngestIssueCode =
  | 'EMPTY' | 'BINARY' | 'NOT_UTF8' | 'TOO_LARGE' | 'DUPLICATE' | 'NOT_FOUND' | 'NOT_REGULAR' | 'BAD_HTML'
  | 'UNSUPPORTED' | 'BAD_FRONT_MATTER' | 'UNREADABLE';

export interface IngestIssue {
  path: string;
  code: IngestIssueCode;
  /** Names the file, the problem and the fix. */
  message: string;
}

export interface IngestResult {
  articles: Article[];
  rejected: IngestIssue[];
}

export interface IngestOptions {
  /** Files larger than this many bytes are rejected. */
  maxBytes: number;
}
