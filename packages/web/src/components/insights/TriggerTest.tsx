/**
 * The test that decides a trigger-list entry (SPEC T5, T6): planned, offered, running or decided, what happens
 * next, the rule that decides it, the result, what would change it once decided (words in `testText.ts`), and for an
 * offered re-test the choice to accept or decline.
 */
import type { TriggerInsight } from "@spotter/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
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
  const [answered, setAnswered] = useState<"yes" | "no" | null>(null);
  const headRef = useRef<HTMLHeadingElement>(null);
  const declinedRef = useRef<HTMLParagraphElement>(null);
  const answer = useMutation({
    mutationFn: (accept: boolean) => insightsApi.retest(id as string, accept),
    onSuccess: (_entry, accept) => {
      setAnswered(accept ? "yes" : "no");
      // The plan, today and the statuses all read the answer.
      return refresh.derived(qc);
    },
  });
  const test = t.test;
  const state = test?.state;
  // The buttons go with the answer: keep the keyboard on what took their place.
  useEffect(() => {
    if (answered === "yes" && state === "planned") headRef.current?.focus();
    if (answered === "no" && state === undefined) declinedRef.current?.focus();
  }, [answered, state]);
  const name = t.name ? t.name[0]?.toUpperCase() + t.name.slice(1) : t.name;
  if (!id) return null;
  if (!test) {
    if (answered !== "no") return null;
    return (
      <p ref={declinedRef} tabIndex={-1} className="small ins-test-declined" role="status">
        Not now, then. {name} stays out of your plan, and Spotter can offer the re-test again in 6 weeks.
      </p>
    );
  }
  const words = testWords(test, name);
  return (
    <div className="ins-test" data-test-kind={test.kind} data-test-state={test.state}>
      <h4 ref={headRef} tabIndex={-1}>
        {words.heading}
      </h4>
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
