/**
 * A small list kept on this phone in localStorage (the live session's added exercises and supersets): read once
 * when the screen opens, written on each change. Storage that refuses (private mode, full) keeps it for the page.
 */
import { useState } from "react";

/** The list stored under `key`, or an empty one when there is none or it does not read as a list. */
export function readKeptList<T>(key: string): T[] {
  try {
    const v = JSON.parse(localStorage.getItem(key) ?? "[]") as unknown;
    return Array.isArray(v) ? (v as T[]) : [];
  } catch {
    return [];
  }
}

/** The list under `key` as React state, and a setter that also keeps it. */
export function useKeptList<T>(key: string): [T[], (next: T[]) => void] {
  const [list, setList] = useState<T[]>(() => readKeptList<T>(key));
  const save = (next: T[]) => {
    setList(next);
    try {
      localStorage.setItem(key, JSON.stringify(next));
    } catch {
      // Kept for this page only.
    }
  };
  return [list, save];
}
