/** A rest timer that starts when a set is logged and counts up, so the next set starts when you are ready. */
import { useEffect, useState } from "react";

/** Minutes and seconds as "m:ss". */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, "0")}`;
}

/** The timer; `since` is the epoch ms of the last logged set. */
export function RestTimer({ since }: { since: number }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, []);
  return (
    <p className="small" role="timer" aria-live="off" style={{ margin: "0 0 12px" }}>
      Resting <strong style={{ fontSize: "1.2rem" }}>{formatElapsed(now - since)}</strong>
      <span className="muted"> · 2 to 3 minutes suits heavy sets, 1 to 2 lighter ones</span>
    </p>
  );
}
