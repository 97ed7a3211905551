/**
 * The blocks of one session (a plan day or today's session): alignment, main work, glutes and core, recovery work
 * and cooldown, each exercise with its target, rest, effort and the one-line reason it is there.
 */
import type { PlanBlock, PlanItem, Unit } from "@spotter/core";
import { Link } from "wouter";
import { useExercises } from "../../lib/queries.js";
import { BLOCK_INFO, detailText, targetText, WEEKDAY_NAMES } from "./planText.js";
import { StepUpActions } from "./StepUpActions.js";

/**
 * O1, O3, O7: Today's items carry their next target; one calm sentence says why the load went up, held, dropped or
 * ramps back (a first session says nothing: the plan item's own line covers it).
 */
function nextWhy(item: PlanItem): string | undefined {
  const next = nextOf(item);
  if (!next || next.decision === "start") return undefined;
  // Sentences end with ". "; a weight such as 102.5 kg has no space after its point.
  const [first] = next.why.split(". ");
  return first === undefined || first === next.why ? next.why : `${first}.`;
}

function nextOf(item: PlanItem): { decision: string; why: string } | undefined {
  return (item as PlanItem & { next?: { decision: string; why: string } }).next;
}

/** Blocks whose items keep one dose (O1): their reason is said once for the block, not under every item. */
const FIXED_DOSE = new Set<PlanBlock["kind"]>(["alignment", "cooldown", "recovery"]);

/** Props: the blocks, the user's unit, exercise names by id, and an optional swap action per item. */
export function BlockList(props: {
  blocks: readonly PlanBlock[];
  unit: Unit;
  nameOf: (id: string) => string;
  onSwap?: (item: PlanItem) => void;
  /** Heading level of the block titles (3 inside a card with an h2). */
  level?: 3 | 4;
  /** Shows each block's purpose line (the Plan tab) or leaves it out (the compact Today card). */
  purposes?: boolean;
  /** The plan day these blocks are on: with it, a step-up proposal (P6) can be taken or declined here. */
  dayIndex?: number;
}) {
  const H = props.level === 4 ? "h4" : "h3";
  return (
    <div className="plan-blocks">
      {props.blocks.map((block, bi) => {
        const info = BLOCK_INFO[block.kind];
        return (
          // Blocks keep their order and never move, so the index is a stable key.
          // biome-ignore lint/suspicious/noArrayIndexKey: the same kind may appear twice in a recovery session
          <section key={`${block.kind}-${bi}`} className={`plan-block plan-block-${block.kind}`}>
            <H className="plan-block-title">{info.title}</H>
            {props.purposes && <p className="small muted plan-block-purpose">{info.purpose}</p>}
            {FIXED_DOSE.has(block.kind) && block.items.some((it) => nextOf(it) !== undefined) && (
              <p className="small muted plan-fixed-dose">The same gentle dose every time: these loosen and settle.</p>
            )}
            {block.notes && block.notes.length > 0 && (
              <ul className="plan-notes small">
                {block.notes.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            )}
            <ul className="plan-items">
              {block.items.map((item) => (
                <PlanItemRow
                  key={item.exerciseId}
                  item={item}
                  unit={props.unit}
                  nameOf={props.nameOf}
                  onSwap={props.onSwap}
                  fixedDose={FIXED_DOSE.has(block.kind)}
                  dayIndex={props.dayIndex}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

function PlanItemRow(props: {
  item: PlanItem;
  unit: Unit;
  nameOf: (id: string) => string;
  onSwap?: (item: PlanItem) => void;
  /** The block's own line covers why the dose stays the same. */
  fixedDose: boolean;
  dayIndex?: number | undefined;
}) {
  const { item } = props;
  // T6: a re-test's line holds the decision rule, which its next target repeats: shown once, set apart.
  const retest = nextOf(item)?.decision === "retest";
  const why = props.fixedDose || retest ? undefined : nextWhy(item);
  const name = props.nameOf(item.exerciseId);
  const details = detailText(item);
  // The catalog is cached for the session; with it the load reads as a loadable step in the user's unit.
  const exercise = useExercises().data?.find((e) => e.id === item.exerciseId);
  return (
    <li className="plan-item" data-exercise={item.exerciseId}>
      <div className="plan-item-head">
        <div className="plan-item-main">
          <Link href={`/library/${encodeURIComponent(item.exerciseId)}`} className="plan-item-name">
            {name}
          </Link>
          <span className="plan-item-target">{targetText(item, props.unit, exercise)}</span>
          {details && <span className="plan-item-detail small muted">{details}</span>}
        </div>
        {props.onSwap && (
          <button type="button" className="plan-swap" aria-label={`Swap ${name}`} onClick={() => props.onSwap?.(item)}>
            Swap
          </button>
        )}
      </div>
      {item.testMovedFrom && (
        <p className="plan-moved small">
          <span className="plan-tag">Test</span> Here for now from {WEEKDAY_NAMES[item.testMovedFrom]}, beside lifts
          your back takes well, so the next morning shows how your back takes it on its own. It goes back once that is
          clear.
        </p>
      )}
      {item.beltCue !== undefined && (
        <p className="plan-belt small">
          <span className="plan-tag">Belt</span> on working set {Number(item.beltCue)} of {item.sets}, the heaviest, and
          on no other set.
        </p>
      )}
      {item.why && <p className={retest ? "plan-retest small" : "plan-why small"}>{item.why}</p>}
      {why && <p className="plan-next-why small">{why}</p>}
      {!item.proposal && (item.declinedStepUps?.length ?? 0) > 0 && (
        // P6: a step up the user said no to stays said no to until the next block; the item says so.
        <p className="plan-stayed small muted">
          You chose to stay with {name}. Spotter offers the step up again in the next block.
        </p>
      )}
      {item.proposal && (
        <div className="plan-proposal small">
          <p>
            <strong>
              {item.proposal.kind === "step-up" ? "A step up: " : "You could switch to "}
              {props.nameOf(item.proposal.exerciseId)}.
            </strong>{" "}
            {item.proposal.why}
          </p>
          {props.dayIndex !== undefined && (
            <StepUpActions dayIndex={props.dayIndex} item={item} nameOf={props.nameOf} />
          )}
        </div>
      )}
    </li>
  );
}
