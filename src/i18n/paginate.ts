/** Practices per page of `/practices/`: enough to scan, few enough for a slow connection. */
export const PAGE_SIZE = 24;

export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The practices of page `page` (from 1) of a listing. */
export function pageOf<T>(list: readonly T[], page: number, size = PAGE_SIZE): T[] {
  return list.slice((page - 1) * size, page * size);
}
