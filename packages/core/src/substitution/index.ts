/** Substitution and modification (SPEC §4 S1-S3): ranked alternatives and same-exercise modifications. */
export {
  type Alternative,
  type AlternativeContext,
  type AlternativeReason,
  rankAlternatives,
} from "./alternatives.js";
export { type AlternativeContextInput, alternativeContextFor } from "./context.js";
export { GUIDE_SUBSTITUTIONS, SMITH_VERSIONS } from "./guide.js";
export { MODIFICATION_KINDS, type Modification, type ModificationKind, modificationsFor } from "./modifications.js";
export { whyLine } from "./why.js";
