/** The sniffer ships no types; this is the part of its API the ingest uses (see its README). */
declare module 'html-encoding-sniffer' {
  interface SniffOptions {
    xml?: boolean;
    transportLayerEncodingLabel?: string;
    defaultEncoding?: string;
    maxPrescanBytes?: number;
  }
  /** The WHATWG name of the encoding a page's bytes declare, else `defaultEncoding`. */
  export default function sniffHTMLEncoding(bytes: Uint8Array, options?: SniffOptions): string;
}
