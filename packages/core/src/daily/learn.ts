/**
 * The Learn section's pieces: short reads in Spotter's own words, each with its sources (keys of DAILY_SOURCES,
 * written out in docs/evidence/daily.md) and the screen where the reader can act on it.
 */
import type { Tier } from "../records/vocab.js";

/** Screens a Learn piece can send the reader to. */
export type LearnLink = "/today" | "/checkin" | "/plan" | "/library" | "/insights" | "/me";

/** One Learn piece. */
export interface LearnPiece {
  id: string;
  title: string;
  /** One sentence for the card. */
  summary: string;
  /** Short paragraphs. */
  body: string[];
  /** Keys of DAILY_SOURCES. */
  sources: string[];
  linkTo: LearnLink;
  /** Label for the link. */
  linkLabel: string;
}

/** The Learn pieces, in reading order. */
export const LEARN_PIECES: readonly LearnPiece[] = [
  {
    id: "finding-your-tolerance",
    title: "Finding what your back tolerates today",
    summary: "Your morning check-in turns today's pain into a plan: full, modified or recovery training.",
    body: [
      "Tolerance is how much your back accepts today without getting worse afterwards. It changes from day to day, so Spotter asks each morning instead of guessing from last week.",
      "Pain is rated from 0 to 10. Up to 2 counts as safe, 3 to 5 as acceptable, and 6 or more as high risk. These zones come from a pain-monitoring model first used in knee and Achilles tendon rehabilitation. It has not been tested for back pain as such, so read the zones as a guide, not a verdict.",
      "The direction over a day matters most. Pain during a set may reach the acceptable zone as long as it has settled by the next morning. If you wake up worse than you were before the session, the work was more than your back accepted, and Spotter holds or lowers the load next time.",
      "Pain in most everyday tasks, such as walking, dressing or getting out of a chair, means rest and recovery come first: gentle walks, easy stretching and light core work. When pain only appears with particular movements, you can usually train around those movements.",
      "Mild tightness can be worked around. Sharp, shooting or lingering pain cannot: Spotter stops that exercise and offers another.",
    ],
    sources: ["thomee-1997", "silbernagel-2007", "spotter-judgement"],
    linkTo: "/checkin",
    linkLabel: "Do today's check-in",
  },
  {
    id: "nerve-symptoms",
    title: "Numbness, tingling and weakness: when to see someone",
    summary: "Nerve symptoms are a reason to get checked, and a few of them are a reason to go today.",
    body: [
      "The nerves that serve your legs leave the spine in the lower back. When something near them is irritated or pressed on, you can feel it a long way from the back: numbness, pins and needles, or weakness in a buttock, thigh, calf or foot.",
      "Spotter asks about these symptoms, where they are, and whether they are new, the same, better or worse. Anything new or getting worse, or any symptom no professional has looked at yet, pauses loaded training until a clinician has seen you. That says nothing about how serious it is; it makes sure someone qualified has checked.",
      "A few signs need care the same day: trouble controlling your bladder or bowels, numbness around the genitals or back passage, weakness in a leg that is getting worse, symptoms in both legs, or new problems with sexual function. If any of these happens, go to an emergency department or call emergency services rather than waiting for an appointment.",
      "Other warning signs call for a visit to your doctor soon: fever or chills with back pain, weight loss you cannot explain, night pain that no position eases, or a history of cancer.",
    ],
    sources: ["nice-ng59"],
    linkTo: "/checkin",
    linkLabel: "Record symptoms in the check-in",
  },
  {
    id: "glutes-and-core",
    title: "Why glutes and core carry the load",
    summary: "Strong hips and a steady trunk let you train hard while the spine itself does less.",
    body: [
      "Your glutes extend and steady the hips, and the muscles around your trunk hold the spine still while your arms and legs work. When they do their share, the lower back has less bending and twisting left to do.",
      "That is why every Spotter session holds at least one glute exercise and one core exercise that resists movement, and why those muscles get at least as many weekly sets as the rest.",
      "The core work is picked for its low spine load. Laboratory studies that measured the forces on the lower back found that a partial curl-up works the abdominals with much less compression than a full sit-up, and that a bird dog with one leg raised loads the spine lightly. Side planks train the sides of the trunk in the same spirit.",
      "The back's own muscles are not left out: leaving them without any work would let them weaken. Small doses of bird dogs, side planks and held back extensions keep them in use.",
      "Research has not settled how much this prevents pain. We lean on it because it lets you keep training hard where your back is spared.",
    ],
    sources: ["axler-mcgill-1997", "callaghan-1998", "spotter-judgement"],
    linkTo: "/plan",
    linkLabel: "See this week's plan",
  },
  {
    id: "guarding-and-alignment",
    title: "Muscle guarding and the alignment routine",
    summary: "When pain makes muscles hold back, a short reset before and after training gives you a steady start.",
    body: [
      "After a back injury the body can turn protective. Movements that once hurt may bring on tension around the trunk and hips, and muscles can hold back force even when they are not sore themselves. Many lifters notice it as a lift that suddenly feels heavier than it should.",
      "Spotter watches for that pattern. When your performance on an exercise drops a tenth or more below your recent best while pain during the sets is 3 or higher, it flags possible guarding. This is a pattern in your numbers, not a diagnosis.",
      "When it happens, the load stays where it is instead of going up, and the alignment block at the start of the session gets more attention: a few minutes of foam rolling, a hang from a bar (or a supported version when hanging is uncomfortable), and gentle movement to settle your posture before the first working set. The session closes the same way.",
      "Spotter also offers single-leg or single-arm versions of the exercise. Working one side at a time lets each muscle work hard with far less load on the spine.",
    ],
    sources: ["spotter-judgement"],
    linkTo: "/today",
    linkLabel: "Open today's session",
  },
  {
    id: "the-belt",
    title: "The lifting belt: when it helps, and why not always",
    summary: "A belt can help on the heaviest sets of a few lifts; everywhere else, let your own trunk do the bracing.",
    body: [
      "A belt gives your abdominal muscles something to brace against. Studies measured higher pressure inside the abdomen with a belt at heavy loads, around 90% of a one-rep maximum, which stiffens the trunk.",
      "That is useful on the heaviest sets of lifts where holding the spine still is hardest: squats, lunges, deadlifts, Romanian deadlifts and bent-over rows. Spotter suggests the belt only there, for working sets at about 85% of your estimated maximum or your top set of the day, and never for warm-ups.",
      "Outside those sets the belt does work your trunk should learn to do. In a large study of warehouse workers, wearing a back belt did not reduce back injuries or back pain claims, and NICE advises against belts or corsets as a treatment for low back pain.",
      "Spotter shows what share of your working sets on those lifts were belted over the last four weeks, and points it out when more than a third were. The 85% threshold is a common coaching convention rather than a tested cut-off, and you can change it in your settings.",
    ],
    sources: ["harman-1989", "wassell-2000", "niosh-1994-belts", "nice-ng59"],
    linkTo: "/insights",
    linkLabel: "See your belt use",
  },
  {
    id: "posture-and-sleep",
    title: "Posture between sessions, and sleep",
    summary: "Training takes an hour or two; how you sit, stand and sleep fills the rest of the day.",
    body: [
      "Most of your day happens outside the gym, and your back feels all of it. A few habits make those hours easier on it.",
      "At night, support the position you sleep in. On your side, a pillow between the knees keeps your hips level. On your back, a pillow under the knees lets the lower back rest in its curve. On your stomach, a thin pillow under the hips reduces the arch, though side or back is usually kinder. The check-in asks whether you used the pillow, so you can see later whether it goes with better mornings.",
      "When you sit for long, let the chair support the curve of your lower back, keep your feet flat, your shoulders loose and your hips a little above your knees. Stand up and move every 45 minutes or so; Spotter can remind you.",
      "Mornings deserve care. Discs are fuller and stiffer after a night lying down, and in one trial people who held back on full forward bending in the first hour or so after getting up had less pain than those who did not.",
      "If you are unsure what your own back needs, a physiotherapist can assess it with you.",
    ],
    sources: ["snook-1998", "adams-1987", "spotter-judgement"],
    linkTo: "/me",
    linkLabel: "Set your sleep position and reminders",
  },
  {
    id: "nourishment",
    title: "Water, supplements and blood flow",
    summary: "Drink to a daily target, log supplements against reference values, and keep moving on rest days.",
    body: [
      "Spotter sets a daily target for what you drink: 35 mL per kilogram of body weight, never less than 1.6 litres for women or 2 litres for men, plus half a litre for each hour of training. The floor is 80% of the adequate intake set by the European Food Safety Authority, because food supplies roughly a fifth of our water. The per-kilogram figure is our own rule of thumb, and you can change it.",
      "Discs hold a lot of water, but there is no good evidence that drinking more than you need eases back pain. Drinking enough does matter for how well you train.",
      "Calcium and vitamin D matter for bones. If you take them, log them: Spotter adds up the day and shows the adult reference intake and the upper limit for your age and sex, and warns when supplements alone pass the upper limit. It does not tell you how much to take; that is a question for your doctor or pharmacist. Vitamin D has not been shown to relieve back pain.",
      "On rest days, an easy walk, moving stretches, foam rolling or a massage keep you from stiffening up. The evidence that they speed healing is thin, but they are low risk and many people feel looser afterwards.",
    ],
    sources: [
      "efsa-2010-water",
      "iom-2004-water",
      "acsm-2007-fluid",
      "iom-2011-calcium-vitd",
      "nih-ods-calcium",
      "nih-ods-vitamin-d",
      "spotter-judgement",
    ],
    linkTo: "/today",
    linkLabel: "Log water and supplements",
  },
];

/** A Learn piece by id, or undefined. */
export function learnPieceById(id: string): LearnPiece | undefined {
  return LEARN_PIECES.find((p) => p.id === id);
}

/** Words in a piece's body (the length the Learn screen is written to: 120-250). */
export function learnPieceWords(piece: Pick<LearnPiece, "body">): number {
  return piece.body.join(" ").split(/\s+/).filter(Boolean).length;
}

// The piece that fits a tier best; R1 shows none, its one message being urgent care.
const PIECE_FOR_TIER: Partial<Record<Tier, string>> = {
  R2: "nerve-symptoms",
  R3: "finding-your-tolerance",
};

/**
 * The one Learn piece the Today screen shows: the piece that fits the tier (R2, R3), none under R1, otherwise a
 * rotation through all pieces by calendar day, so the same day always shows the same piece.
 */
export function learnPieceForDay(date: string, tier?: Tier | null): LearnPiece | null {
  if (tier === "R1") return null;
  const fit = tier ? PIECE_FOR_TIER[tier] : undefined;
  if (fit) return learnPieceById(fit) ?? null;
  const dayNumber = Math.floor(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
  if (!Number.isFinite(dayNumber)) return LEARN_PIECES[0] ?? null;
  const i = ((dayNumber % LEARN_PIECES.length) + LEARN_PIECES.length) % LEARN_PIECES.length;
  return LEARN_PIECES[i] ?? null;
}
