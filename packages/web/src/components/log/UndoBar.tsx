/**
 * The undo bar: the newest log change that can still be undone ("Set deleted." with Undo), pinned above the tab
 * bar on every screen, so a delete made on one screen can be undone after moving to the next.
 */
import { dismissFailure, undo, useUndo } from "../../lib/undo.js";
import "../../styles/log.css";

/** Shows the newest undoable change and the last failure, if any. */
export function UndoBar() {
  const { entries, failure } = useUndo();
  const last = entries[entries.length - 1];
  return (
    <div className="undo-host" role="status" aria-live="polite">
      {last && (
        <div className="undo-bar">
          <span>{last.message}</span>
          <button type="button" onClick={() => void undo(last.id)}>
            Undo
          </button>
        </div>
      )}
      {!last && failure && (
        <div className="undo-bar failure">
          <span>{failure}</span>
          <button type="button" onClick={dismissFailure}>
            Close
          </button>
        </div>
      )}
    </div>
  );
}
