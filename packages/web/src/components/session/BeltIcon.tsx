/** The belt mark (G4): a belt with its buckle. Decorative; the word "belt" always goes with it. */
import { Icon } from "../Icon.js";

/** The icon, sized by CSS (`.belt-icon`). */
export function BeltIcon() {
  return (
    <span className="belt-icon">
      <Icon viewBox="0 0 24 24" strokeWidth={2}>
        <rect x="2" y="8" width="20" height="8" rx="2" />
        <rect x="9" y="6" width="6" height="12" rx="1.5" />
        <line x1="12" y1="10" x2="12" y2="14" />
      </Icon>
    </span>
  );
}
