/**
 * HTML escaping for everything this module writes into markup (TimelineJS text, iframe attributes).
 * Article text is untrusted, so every string that did not come from this module's own templates goes
 * through here, in text and in attribute values alike.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escape a string for use as HTML text or as a quoted attribute value. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
