/** X5: restrictions as rules (SPEC §12): which hold on a day, what they exclude or cap, and how every answer obeys. */
export { allRules, type DatedRule, holdsOn, lastDayOf, rulesEndedBefore, rulesOn } from "./active.js";
export { adherenceByWeek, type RuleAdherenceWeek, setsAgainstRules } from "./adherence.js";
export {
  type RestrictableAnswer,
  type RestrictableTarget,
  RULE_RETURN_SHARE,
  restrictSetAnswer,
  restrictTarget,
} from "./answers.js";
export {
  type RestrictionLog,
  type Restrictions,
  type RestrictOptions,
  RULE_ENDED_NOTICE_DAYS,
  restrictBlocks,
  restrictedIdsOn,
  restrictionsOn,
  restrictPlan,
  restrictToday,
  ruleNotes,
  ruleSentencesOn,
} from "./apply.js";
export {
  effortCapFor,
  excludingRule,
  holdsTwoDumbbells,
  type LoadCap,
  lastWorkingLoadBefore,
  loadCapFor,
  type MatchContext,
  type SetBreach,
  setBreach,
  setRir,
} from "./match.js";
export { dayWords, ruleSentence, ruleWords, untilWords } from "./wording.js";
