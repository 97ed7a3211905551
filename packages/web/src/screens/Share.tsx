/**
 * Share with a professional (SPEC X4): make a read-only link that expires, see it once to copy or send, and list
 * or revoke the links made before.
 */
import { useEffect, useRef, useState } from "react";
import { Link } from "wouter";
import { absoluteUrl, type CreatedShare } from "../api/data.js";
import { NewLink } from "../components/data/NewLink.js";
import { reveal } from "../components/data/reveal.js";
import { ShareForm } from "../components/data/ShareForm.js";
import { ShareList } from "../components/data/ShareList.js";
import { useToday } from "../lib/queries.js";
import "../styles/data.css";

/** The share screen (route /me/share). */
export function ShareScreen() {
  const today = useToday();
  // Held only in memory: the server answers the url once and never again, so it is not cached anywhere.
  const [created, setCreated] = useState<CreatedShare | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (created) reveal(heading.current);
  }, [created]);
  return (
    <section className="data-screen">
      <Link href="/me" className="data-back">
        ← Me
      </Link>
      <h1>Share with a professional</h1>
      <p>
        A share link lets your physiotherapist or doctor read your clinician report and your trigger list. They need no
        account, they cannot change anything, and the link stops working when it expires or when you revoke it.
      </p>
      {created ? (
        <NewLink
          share={created}
          url={absoluteUrl(created.url, window.location.origin)}
          onDone={() => setCreated(null)}
          headingRef={heading}
        />
      ) : (
        <ShareForm today={today} onCreated={setCreated} />
      )}
      {/* A link revoked while it is still on screen should not stay there to be copied. */}
      <ShareList onRevoked={(id) => setCreated((c) => (c?.id === id ? null : c))} />
    </section>
  );
}
