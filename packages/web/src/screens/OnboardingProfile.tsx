/** Onboarding step two: the profile, then what already hurts (P9), then the first check-in. */
import { useLocation } from "wouter";
import { ProfileForm } from "../components/ProfileForm.js";
import { useProfile, withDefaults } from "../lib/queries.js";

/** The onboarding profile screen. */
export function OnboardingProfileScreen() {
  const { data } = useProfile();
  const [, navigate] = useLocation();
  return (
    <section>
      <h1>About you and your training</h1>
      <p className="muted">
        Everything here can be changed later under Me. If you skip a field, Spotter uses a sensible default.
      </p>
      <ProfileForm
        profile={withDefaults(data)}
        preferBrowserZone
        submitLabel="Save and continue"
        onSaved={() => navigate("/welcome/back")}
      />
    </section>
  );
}
