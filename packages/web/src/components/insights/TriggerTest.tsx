/**
 * The test that decides a trigger-list entry (SPEC T5, T6): planned, offered, running or decided, with the rule
 * that decides it, and for an offered re-test the choice to accept or decline.
 */
import type { TriggerInsight } from "@spotter/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { insightsApi } from "../../api/insights.js";

const STATE_WORDS: Record<string, Record<string, string>> = {
  separate: {
    planned: "Planned: a session with it and no other suspect",
    running: "Under way: sessions with it and no other suspect",
    done: "Decided by sessions with it and no other suspect",
  },
  retest: {
    offered: "A re-test at a lighter load is offered",
    planned: "Re-test planned",
    running: "Re-test under way",
    done: "Decided by a re-test",
  },
};

const RESULT_WORDS: Record<string, string> = {
  trigger: "Result: a trigger for your back.",
  tolerated: "Result: your back tolerates it.",
  inconclusive: "No result yet.",
};

function exerciseIdOf(t: TriggerInsight): string | null {
  return "exerciseId" in t.subject ? t.subject.exerciseId : null;
}

/** The test box of one entry; nothing when no test concerns it. */
export function TriggerTest({ t }: { t: TriggerInsight }) {
  const qc = useQueryClient();
  const id = exerciseIdOf(t);
  const answer = useMutation({
    mutationFn: (accept: boolean) => insightsApi.retest(id as string, accept),
    // The plan, today and the statuses all read the answer.
    onSuccess: () => qc.invalidateQueries(),
  });
  const test = t.test;
  if (!test || !id) return null;
  return (
    <div className="ins-test" data-test-kind={test.kind} data-test-state={test.state}>
      <h4>{STATE_WORDS[test.kind]?.[test.state] ?? "Test"}</h4>
      <p className="small">{test.rule}</p>
      {test.result && <p className="small">{RESULT_WORDS[test.result]}</p>}
      {test.state === "offered" && (
        <div className="ins-test-actions">
          <button type="button" onClick={() => answer.mutate(true)} disabled={answer.isPending}>
            Try the re-test
          </button>
          <button type="button" onClick={() => answer.mutate(false)} disabled={answer.isPending}>
            Not now
          </button>
        </div>
      )}
      {answer.isError && (
        <p className="field-error" role="alert">
          {answer.error instanceof Error ? answer.error.message : "That did not go through. Please try again."}
        </p>
      )}
    </div>
  );
}
