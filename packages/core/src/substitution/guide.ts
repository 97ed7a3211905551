/** S3: the guide's own substitutions, and the Smith machine version of free-barbell lifts (S2). */

/**
 * S3 exact mappings, best first. The leg-press chain (reclined -> upright pad -> single leg) is written as two
 * links so that each step also offers the next one.
 */
export const GUIDE_SUBSTITUTIONS: Readonly<Record<string, readonly string[]>> = {
  "back-squat": ["smith-machine-squat", "leg-press-upright", "bulgarian-split-squat"],
  "barbell-bent-over-row": ["chest-supported-row"],
  "leg-press-reclined": ["leg-press-upright", "single-leg-leg-press"],
  "leg-press-upright": ["single-leg-leg-press"],
  "conventional-deadlift": ["hip-thrust", "cable-pull-through", "single-leg-rdl-supported"],
};

/** The Smith machine version of a free-barbell exercise ("move it to the Smith machine", S2). */
export const SMITH_VERSIONS: Readonly<Record<string, string>> = {
  "back-squat": "smith-machine-squat",
  "front-squat": "smith-machine-squat",
  "box-squat": "smith-machine-squat",
  "pause-squat": "smith-machine-squat",
  "safety-bar-squat": "smith-machine-squat",
  "bench-press": "smith-machine-bench-press",
  "close-grip-bench-press": "smith-machine-bench-press",
  "incline-bench-press": "smith-machine-incline-bench-press",
  "overhead-press": "smith-machine-shoulder-press",
  "barbell-lunge": "smith-machine-split-squat",
  "hip-thrust": "smith-machine-hip-thrust",
  "barbell-calf-raise": "smith-machine-calf-raise",
  // The catalog has a Smith machine deadlift, so S2's "where they exist" includes it (the rails take the balance).
  "conventional-deadlift": "smith-machine-deadlift",
};
