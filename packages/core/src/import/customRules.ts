/**
 * The word rules behind customExerciseFromName (C6). Our own judgement, kept deliberately coarse: a rule names a
 * movement pattern and the muscles it trains; the first rule whose pattern occurs in the name wins, so the more
 * specific phrases ("leg curl", "reverse fly", "upright row") come before the general words ("curl", "fly", "row").
 */
import type { Muscle } from "../catalog/index.js";
import type { Measure } from "../records/exercise.js";
import type { Pattern } from "../records/vocab.js";

/** One rule: what to look for in the normalised name and what it means. */
export interface PatternRule {
  test: RegExp;
  pattern: Pattern;
  primary: Muscle[];
  secondary: Muscle[];
  /** What a set of it counts when the caller gives no hint. */
  measure?: Measure;
}

const r = (
  test: RegExp,
  pattern: Pattern,
  primary: Muscle[],
  secondary: Muscle[] = [],
  measure?: Measure,
): PatternRule =>
  measure === undefined ? { test, pattern, primary, secondary } : { test, pattern, primary, secondary, measure };

const LEGS: Muscle[] = ["quads", "glutes"];

/** The rules, most specific first. Names are lower case, accents and punctuation removed, abbreviations spelt out. */
export const PATTERN_RULES: readonly PatternRule[] = [
  r(/\bfoam roll|\broller\b|\bmassage|\blacrosse ball/, "soft-tissue", ["upper-back"], [], "seconds"),
  r(
    /\bstretch|\bmobility|\bcat cow|\byoga\b|\bwarm ?up\b|\bleg swing|\bhip circle/,
    "mobility",
    ["hip-flexors"],
    [],
    "seconds",
  ),
  r(/\bside plank|\bsuitcase hold|\bwindmill/, "anti-lateral-flexion", ["obliques"], ["abs"], "seconds"),
  r(/\bplank|\bhollow (hold|body)|\bl ?sit\b/, "anti-extension", ["abs"], ["obliques"], "seconds"),
  r(/\bwall sit/, "squat", ["quads"], ["glutes"], "seconds"),
  r(/\bcarry\b|\bfarmer|\bsuitcase|\byoke\b/, "carry", ["forearms", "upper-back"], ["obliques"], "distance"),
  r(/\bpallof|\bwood ?chop|\banti rotation|\brussian twist/, "anti-rotation", ["obliques"], ["abs"]),
  r(
    /\bcrunch|\bsit ?ups?\b|\b(leg|knee) raise|\btoes? to bar|\bab wheel|\broll ?out|\bv ?ups?\b|\bdead ?bug|\bflutter kick|\bmountain climber|\bjack ?knife|\babs?\b|\bcore\b/,
    "anti-extension",
    ["abs"],
    ["hip-flexors", "obliques"],
  ),
  r(/\bbird ?dog/, "anti-rotation", ["lower-back", "glutes"], ["abs"]),
  r(/\browing\b|\brower\b|\berg\b|\bconcept ?2/, "conditioning", LEGS, ["upper-back", "hamstrings"], "distance"),
  r(
    /\brun(ning)?\b|\bjog|\bsprint|\btreadmill|\bhike|\bhiking/,
    "conditioning",
    LEGS,
    ["calves", "hamstrings"],
    "distance",
  ),
  r(
    /\bbike\b|\bbiking|\bcycl|\bspin(ning)?\b|\belliptical|\bcross ?trainer|\bstair|\bstepper|\bswim/,
    "conditioning",
    LEGS,
    ["calves", "hamstrings"],
    "distance",
  ),
  r(
    /\bjump(ing)? (rope|jack)|\bskipping|\bburpee|\bcardio\b|\bhiit\b|\btabata\b|\bconditioning\b/,
    "conditioning",
    LEGS,
    ["calves", "shoulders"],
  ),
  r(/\bback extension|\bhyper ?extension|\breverse hyper/, "hip-extension", ["glutes", "lower-back"], ["hamstrings"]),
  r(
    /\bdeadlift|\bromanian|\bgood ?morning|\bstiff leg|\bhinge\b|\bswing\b|\bclean\b|\bsnatch|\brack pull|\bjefferson/,
    "hinge",
    ["glutes", "hamstrings"],
    ["lower-back", "forearms"],
  ),
  r(/\bdead ?hang|\bhang(ing)?\b|\bdecompress/, "decompression", ["forearms", "lats"], ["shoulders"], "seconds"),
  r(
    /\bhip thrust|\bhip extension|\bglute bridge|\bbridge\b|\bpull ?through|\bglute kick ?back|\bcable kick ?back|\bdonkey kick/,
    "hip-extension",
    ["glutes"],
    ["hamstrings"],
  ),
  r(/\blunge|\bsplit squat|\bbulgarian|\bstep ?ups?\b|\bpistol|\bsingle leg squat|\bcossack/, "lunge", LEGS, [
    "adductors",
    "hamstrings",
  ]),
  r(/\bleg curl|\bhamstring curl|\bnordic|\bglute ham/, "knee-flexion", ["hamstrings"], ["calves"]),
  r(/\bleg extension|\bquad extension/, "knee-extension", ["quads"]),
  r(/\bsquat|\bleg press|\bhack\b|\bsissy|\bpendulum|\bthruster/, "squat", LEGS, ["adductors"]),
  r(/\bcal(f|ves?)\b/, "isolation", ["calves"]),
  r(/\babduct|\bclam ?shell|\bband walk|\bmonster walk|\bfire hydrant/, "isolation", ["glutes"]),
  r(/\badduct|\bcopenhagen/, "isolation", ["adductors"]),
  r(/\bwalk(ing)?\b/, "conditioning", LEGS, ["calves", "hamstrings"], "distance"),
  r(/\bneck\b/, "isolation", ["neck"]),
  r(/\bwrist|\bforearm|\bgripper|\bhand ?grip|\bgrip (strength|trainer)|\breverse curl/, "isolation", ["forearms"]),
  r(
    /\breverse fl(y|ie)|\brear delt|\bface pull|\bupright row|\blateral raise|\bside raise|\bfront raise|\by raise|\bshrug/,
    "isolation",
    ["shoulders", "upper-back"],
  ),
  r(
    /\bpull ?downs?\b|\bpull ?ups?\b|\bchin ?ups?\b|\bpull ?over|\blat\b|\blats\b|\bhigh row/,
    "vertical-pull",
    ["lats"],
    ["biceps", "upper-back"],
  ),
  r(/\brows?\b|\binverted row/, "horizontal-pull", ["upper-back", "lats"], ["biceps"]),
  r(/\bdips?\b/, "vertical-push", ["chest", "triceps"], ["shoulders"]),
  r(/\bfl(y|ye|yes|ies)\b|\bcross ?over|\bpec deck|\bbutterfly/, "isolation", ["chest"], ["shoulders"]),
  r(
    /\bskull ?crusher|\btricep|\bpush ?downs?\b|\bfrench press|\bjm press|\bdumbbell kick ?back|\bkick ?back/,
    "isolation",
    ["triceps"],
  ),
  r(
    /\bbench\b|\bchest press|\bpush ?ups?\b|\bpress ?ups?\b|\bfloor press/,
    "horizontal-push",
    ["chest"],
    ["triceps", "shoulders"],
  ),
  r(
    /\boverhead|\bshoulder press|\bmilitary|\bpush press|\barnold|\blandmine press|\bpress\b/,
    "vertical-push",
    ["shoulders"],
    ["triceps"],
  ),
  r(/\bcurls?\b|\bbiceps?\b/, "isolation", ["biceps"], ["forearms"]),
  r(/\bextension/, "isolation", ["triceps"]),
  r(/\braise\b/, "isolation", ["shoulders"]),
  r(/\bglutes?\b/, "hip-extension", ["glutes"], ["hamstrings"]),
  r(/\bpull\b/, "horizontal-pull", ["upper-back", "lats"], ["biceps"]),
];

/** FitNotes categories (and the obvious others) when the name itself says nothing. */
export const CATEGORY_RULES: Readonly<Record<string, PatternRule>> = {
  chest: r(/$^/, "horizontal-push", ["chest"], ["triceps", "shoulders"]),
  back: r(/$^/, "horizontal-pull", ["upper-back", "lats"], ["biceps"]),
  shoulders: r(/$^/, "vertical-push", ["shoulders"], ["triceps"]),
  legs: r(/$^/, "squat", LEGS, ["hamstrings"]),
  glutes: r(/$^/, "hip-extension", ["glutes"], ["hamstrings"]),
  biceps: r(/$^/, "isolation", ["biceps"], ["forearms"]),
  triceps: r(/$^/, "isolation", ["triceps"]),
  arms: r(/$^/, "isolation", ["biceps", "triceps"], ["forearms"]),
  forearms: r(/$^/, "isolation", ["forearms"]),
  calves: r(/$^/, "isolation", ["calves"]),
  abs: r(/$^/, "anti-extension", ["abs"], ["obliques"]),
  core: r(/$^/, "anti-extension", ["abs"], ["obliques"]),
  cardio: r(/$^/, "conditioning", LEGS, ["calves", "hamstrings"]),
};
