import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { commitAll, holdDelete, offerUndo, UNDO_MS, undo } from "./undo.js";

describe("G6: undo of log edits", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(async () => {
    await commitAll();
    vi.useRealTimers();
  });

  it("a held delete is sent only when the undo window closes", async () => {
    const commit = vi.fn(async () => {});
    holdDelete({ message: "Set deleted.", hides: "s1", commit });
    await vi.advanceTimersByTimeAsync(UNDO_MS - 1);
    expect(commit).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(commit).toHaveBeenCalledTimes(1);
  });

  it("undo of a held delete sends nothing, ever", async () => {
    const commit = vi.fn(async () => {});
    const id = holdDelete({ message: "Set deleted.", hides: "s2", commit });
    await undo(id);
    await vi.advanceTimersByTimeAsync(UNDO_MS * 2);
    await commitAll();
    expect(commit).not.toHaveBeenCalled();
  });

  it("undo of an edit sends the old values back once; after the window it is no longer offered", async () => {
    const back = vi.fn(async () => {});
    const id = offerUndo({ message: "Set changed.", undo: back });
    await undo(id);
    await undo(id);
    expect(back).toHaveBeenCalledTimes(1);
    const late = vi.fn(async () => {});
    const id2 = offerUndo({ message: "Set changed.", undo: late });
    await vi.advanceTimersByTimeAsync(UNDO_MS);
    await undo(id2);
    expect(late).not.toHaveBeenCalled();
  });
});
