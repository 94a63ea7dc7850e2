import { useApolloClient } from "@apollo/client/react";
import { useId, useState } from "react";
import { graphql } from "../gql";
import { saveToken, tokenClaims, useToken } from "../lib/auth";
import { useT } from "../lib/i18n";
import "./planner-login.css";

/** Only a planner may read the audit trail: a cheap way to check a pasted token before keeping it. */
const checkPlannerDocument = graphql(`
  query CheckPlanner {
    auditLog(limit: 1) {
      seq
    }
  }
`);

/**
 * "Log ind som planlægger": a token from `npm run token -- --user <name> --role planner`,
 * checked against the server, then kept for this tab and sent with every request.
 */
export function PlannerLogin() {
  const t = useT();
  const client = useApolloClient();
  const { claims, planner } = useToken();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputId = useId();

  if (claims) {
    return (
      <div className="planner-login" data-testid="planner-login">
        <span>
          {t(planner ? "auth.loggedInPlanner" : "auth.loggedInAs", { user: claims.subject, role: claims.role })}
        </span>{" "}
        <button
          type="button"
          className="small"
          onClick={() => {
            saveToken(null);
            void client.resetStore();
          }}
        >
          {t("auth.logout")}
        </button>
      </div>
    );
  }
  if (!open) {
    return (
      <div className="planner-login" data-testid="planner-login">
        <button type="button" className="small" onClick={() => setOpen(true)}>
          {t("auth.login")}
        </button>
      </div>
    );
  }
  const submit = async () => {
    const token = text.trim();
    if (!tokenClaims(token)) {
      setProblem(t("auth.notAToken"));
      return;
    }
    setBusy(true);
    setProblem(null);
    saveToken(token);
    try {
      await client.query({ query: checkPlannerDocument, fetchPolicy: "network-only" });
    } catch {
      saveToken(null);
      setProblem(t("auth.refused"));
      return;
    } finally {
      setBusy(false);
    }
    setText("");
    setOpen(false);
    // Refetch what was read anonymously. A refetch cut short (the user already saving
    // something) shows in its own view; it is no reason to forget an accepted token.
    await client.resetStore().catch(() => undefined);
  };
  return (
    <form
      className="planner-login planner-login-form"
      data-testid="planner-login"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <label htmlFor={inputId}>{t("auth.tokenLabel")}</label>
      <input
        id={inputId}
        type="password"
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder="eyJ…"
      />
      <button type="submit" disabled={busy || text.trim() === ""}>
        {t("auth.submit")}
      </button>
      <button type="button" className="small" onClick={() => setOpen(false)}>
        {t("auth.cancel")}
      </button>
      <p className="muted small-text">{t("auth.hint")}</p>
      {problem && (
        <p className="planner-login-error" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
