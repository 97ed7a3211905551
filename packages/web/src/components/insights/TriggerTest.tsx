/**
 * The test that decides a trigger-list entry (SPEC T5, T6): planned, offered, running or decided, what happens
 * next, the rule that decides it, the result, what would change it once decided (words in `testText.ts`), and for an
 * offered re-test the choice to accept or decline.
 */
import type { TriggerInsight } from "@spotter/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { insightsApi } from "../../api/insights.js";
import { refresh } from "../../api/refresh.js";
import { testWords } from "./testText.js";

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
    onSuccess: () => refresh.derived(qc),
  });
  const test = t.test;
  if (!test || !id) return null;
  const words = testWords(test, t.name ? t.name[0]?.toUpperCase() + t.name.slice(1) : t.name);
  return (
    <div className="ins-test" data-test-kind={test.kind} data-test-state={test.state}>
      <h4>{words.heading}</h4>
      {words.what && <p className="small">{words.what}</p>}
      <p className="small">
        <strong>{words.ruleLabel}</strong> {words.rule}
      </p>
      {words.result && <p className="small ins-test-result">{words.result}</p>}
      {words.change && (
        <p className="small">
          <strong>What would change it:</strong> {words.change}
        </p>
      )}
      {test.state === "offered" && (
        <div className="ins-test-actions">
          <button type="button" className="primary" onClick={() => answer.mutate(true)} disabled={answer.isPending}>
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
