/** The profile form on its own screen (route /me/profile): units, body, time zone, sleep, sitting, equipment, training. */
import { Link } from "wouter";
import { ProfileForm } from "../components/ProfileForm.js";
import { useProfile, withDefaults } from "../lib/queries.js";
import "../styles/data.css";

/** The profile screen. */
export function ProfileEditScreen() {
  const { data, isPending } = useProfile();
  return (
    <section className="data-screen">
      <Link href="/me" className="data-back">
        ← Me
      </Link>
      <h1>Your profile</h1>
      <p>Spotter plans your week and sets today's targets from these answers. Change any of them whenever you like.</p>
      {isPending ? (
        <p className="loading">Loading…</p>
      ) : (
        <ProfileForm profile={withDefaults(data)} submitLabel="Save profile" />
      )}
    </section>
  );
}
