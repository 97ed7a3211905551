import type { SetInput } from "@spotter/core";
import { describe, expect, it } from "vitest";
import { ApiError } from "./errors.js";
import { OUTBOX_KEY, type OutboxEntry, type OutboxStorage, SetOutbox } from "./sessionOutbox.js";
import type { SetAnswer } from "./types.js";

function storage(): OutboxStorage & { raw: Map<string, string> } {
  const raw = new Map<string, string>();
  return { raw, getItem: (k) => raw.get(k) ?? null, setItem: (k, v) => void raw.set(k, v) };
}

function input(clientId: string): SetInput {
  return {
    clientId,
    exerciseId: "bench-press",
    setIndex: 0,
    warmup: false,
    reps: 10,
    loadKg: 60,
    belt: false,
    pain: 1,
    painKind: "none",
  } as SetInput;
}

const answer = (e: OutboxEntry) => ({ set: { clientId: e.input.clientId } }) as unknown as SetAnswer;

describe("G6: the set outbox", () => {
  it("keeps sets in storage, so a reload still has them, and never queues a clientId twice", () => {
    const st = storage();
    const a = new SetOutbox(st);
    a.add("S", input("A"));
    a.add("S", input("A"));
    a.add("T", input("B"));
    const b = new SetOutbox(st);
    expect(b.entries().map((e) => e.input.clientId)).toEqual(["A", "B"]);
    expect(b.forSession("S")).toHaveLength(1);
    expect(JSON.parse(st.raw.get(OUTBOX_KEY) ?? "[]")).toHaveLength(2);
  });

  it("sends in order and keeps everything after a lost connection", async () => {
    const box = new SetOutbox(storage());
    for (const id of ["A", "B", "C"]) box.add("S", input(id));
    const sent: string[] = [];
    const n = await box.flush(
      async (e) => {
        if (e.input.clientId === "B") throw new ApiError(0, "NETWORK", "offline");
        return answer(e);
      },
      (e) => sent.push(e.input.clientId),
    );
    expect(n).toBe(1);
    expect(sent).toEqual(["A"]);
    expect(box.entries().map((e) => e.input.clientId)).toEqual(["B", "C"]);
    // The connection is back: the rest go, in order.
    await box.flush(
      async (e) => answer(e),
      (e) => sent.push(e.input.clientId),
    );
    expect(sent).toEqual(["A", "B", "C"]);
    expect(box.entries()).toEqual([]);
  });

  it("keeps a set the server refused, with the reason, and goes on with the others", async () => {
    const box = new SetOutbox(storage());
    box.add("S", input("A"));
    box.add("S", input("B"));
    await box.flush(
      async (e) => {
        if (e.input.clientId === "A") throw new ApiError(400, "VALIDATION_FAILED", "Reps must be 0 or more.");
        return answer(e);
      },
      () => {},
    );
    expect(box.entries().map((e) => [e.input.clientId, e.error])).toEqual([["A", "Reps must be 0 or more."]]);
  });

  it("drops a set the server stored and the user deleted since (409), so it never comes back", async () => {
    const box = new SetOutbox(storage());
    box.add("S", input("A"));
    box.add("S", input("B"));
    const sent: string[] = [];
    await box.flush(
      async (e) => {
        if (e.input.clientId === "A") throw new ApiError(409, "CONFLICT", "The set was deleted.");
        return answer(e);
      },
      (e) => sent.push(e.input.clientId),
    );
    expect(sent).toEqual(["B"]);
    expect(box.entries()).toEqual([]);
  });

  it("runs one flush at a time, so a set is never sent twice by two flushes", async () => {
    const box = new SetOutbox(storage());
    box.add("S", input("A"));
    let calls = 0;
    const send = async (e: OutboxEntry) => {
      calls += 1;
      await new Promise((r) => setTimeout(r, 5));
      return answer(e);
    };
    await Promise.all([box.flush(send, () => {}), box.flush(send, () => {})]);
    expect(calls).toBe(1);
  });

  it("tells subscribers when it changes", () => {
    const box = new SetOutbox(storage());
    let seen = 0;
    const off = box.subscribe(() => {
      seen += 1;
    });
    box.add("S", input("A"));
    box.remove("A");
    off();
    box.add("S", input("B"));
    expect(seen).toBe(2);
  });
});
