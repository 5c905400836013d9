// The last word on overlaps: of expressions that share tokens the longest stays (the earlier on a
// tie), so every token belongs to one expression at most.
import type { Mention } from '../forms.js';

export function dropOverlaps(mentions: Mention[]): Mention[] {
  // Mentions found in order, none over the one before, are left as they are (most documents).
  if (mentions.every((m, k) => k === 0 || m.first >= mentions[k - 1]!.end)) return mentions;
  const sorted = [...mentions].sort((a, b) => a.first - b.first || b.end - b.first - (a.end - a.first));
  const out: Mention[] = [];
  for (const m of sorted) {
    const prev = out.length > 0 ? out[out.length - 1] : undefined;
    if (!prev || prev.end <= m.first) out.push(m);
    else if (m.end - m.first > prev.end - prev.first) out[out.length - 1] = m;
  }
  return out;
}
