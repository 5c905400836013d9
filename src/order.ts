// Sorting the lists of one document, which mostly come in order already.

/** Lists up to this long are sorted by insertion: an article's mentions and quotes, a few dozen at most. */
export const FEW_TO_INSERT = 32;

/**
 * Sorts a list in place by `compare` (stably, as Array.prototype.sort does) unless it is already
 * in that order, as the lists of one document mostly are: sorting copies the list. A short one
 * out of order is sorted by insertion where it stands, from the first item out of place.
 */
export function sortUnlessOrdered<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  for (let k = 1; k < list.length; k++) {
    if (compare(list[k - 1]!, list[k]!) <= 0) continue;
    if (list.length > FEW_TO_INSERT) return list.sort(compare);
    return sortByInsertion(list, k, compare);
  }
  return list;
}

/** Sorts a list in place by insertion (stably), from item `from` on, the items before it in order. */
export function sortByInsertion<T>(list: T[], from: number, compare: (a: T, b: T) => number): T[] {
  for (let k = from; k < list.length; k++) {
    const item = list[k]!;
    let j = k - 1;
    while (j >= 0 && compare(list[j]!, item) > 0) {
      list[j + 1] = list[j]!;
      j--;
    }
    list[j + 1] = item;
  }
  return list;
}
