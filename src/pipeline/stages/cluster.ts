/**
 * Stage 6, events: the placeable mentions grouped into events (`cluster.ts`). Each event gets its id from
 * its anchor mention; its members and its disagreeing mentions point at it, and each disagreeing mention
 * gets a note saying which date it gives instead.
 */
import type { DateValue } from '../../contract';
import { cluster } from '../cluster';
import { eventIdFromAnchor } from '../ids';
import type { MarkedMentions } from './mark';

/** Note on a mention the clustering failed to place (should not happen; tests look for it). */
export const UNCLUSTERED_NOTE = 'could be placed, but no event was formed from it (a fault of the build step)';
const CONFLICT_NOTE = 'disagrees with the other sources about the date';

export interface FormedEvent {
  id: string;
  value: DateValue;
  /** Indexes (in the mention list) of the mentions that agree with the date, in corpus order. */
  members: number[];
  /** Indexes of the mentions about the same happening that give another date. */
  conflicts: number[];
  /** Members and conflicts, in corpus order. */
  all: number[];
}

/** Forms the events and sets `eventId` (and a disagreeing mention's note) on the mentions of `marked`. */
export function clusterMentions(marked: MarkedMentions): FormedEvent[] {
  const { mentions } = marked;
  const clustered = cluster(marked.placeable);
  const events = clustered.events.map((ce): FormedEvent => {
    const id = eventIdFromAnchor(mentions[ce.anchor]!.id);
    const all = [...ce.members, ...ce.conflicts].sort((a, b) => a - b);
    for (const k of all) mentions[k]!.eventId = id;
    for (const k of ce.conflicts) mentions[k]!.note = clustered.notes.get(k) ?? CONFLICT_NOTE;
    return { id, value: ce.value, members: ce.members, conflicts: ce.conflicts, all };
  });
  // Safety net: a placeable mention that ended up in no event is still accounted for (and the note says so).
  for (const p of marked.placeable) {
    const m = mentions[p.key]!;
    if (m.eventId === null && !m.note) m.note = UNCLUSTERED_NOTE;
  }
  return events;
}
