import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { PlannerLogin } from "../../../components/planner-login";
import { useToken } from "../../../lib/auth";
import { useT } from "../../../lib/i18n";
import { usePlanId } from "../../../lib/plans";
import { useSavedViews, useViewMutations } from "../api/views";
import { viewQuery } from "../lib/view-query";
import "./views-menu.css";

/**
 * "Visninger": the plan's named views as links, for everyone; a planner saves the current
 * view under a name ("Gem visning") and deletes one. The server's reason shows if it refuses.
 */
export function ViewsMenu() {
  const t = useT();
  const planId = usePlanId();
  const { planner } = useToken();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const { data, error } = useSavedViews(open ? planId : null);
  const { save, remove, busy } = useViewMutations(planId);
  const panelId = useId();
  const nameId = useId();
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && setOpen(false);
    const onClick = (e: MouseEvent) => root.current && !root.current.contains(e.target as Node) && setOpen(false);
    document.addEventListener("keydown", onKey);
    document.addEventListener("mousedown", onClick);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("mousedown", onClick);
    };
  }, [open]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!planId || !name.trim()) return;
    setProblem(null);
    try {
      await save({
        variables: { input: { planId, name: name.trim(), url: viewQuery(window.location.search, planId) } },
      });
      setName("");
    } catch (e) {
      setProblem(e instanceof Error ? e.message : String(e));
    }
  };
  const del = async (id: string, version: number) => {
    setProblem(null);
    try {
      await remove({ variables: { id, version } });
    } catch (e) {
      setProblem(e instanceof Error ? e.message : String(e));
    }
  };

  const views = data?.views ?? [];
  return (
    <div className="views-menu" ref={root}>
      <button
        type="button"
        className="views-menu-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        {t("views.menu")} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div
          className="views-menu-panel"
          id={panelId}
          role="region"
          aria-label={t("views.menu")}
          data-testid="views-menu"
        >
          {error && <p className="views-menu-error">{error.message}</p>}
          {!error && views.length === 0 && <p className="muted">{data ? t("views.none") : t("views.loading")}</p>}
          {views.length > 0 && (
            <ul className="views-menu-list">
              {views.map((v) => (
                <li key={v.id}>
                  <a href={v.url} title={t("views.savedBy", { user: v.createdBy })}>
                    {v.name}
                  </a>
                  {planner && (
                    <button
                      type="button"
                      className="small"
                      disabled={busy}
                      aria-label={t("views.deleteNamed", { name: v.name })}
                      onClick={() => void del(v.id, v.version)}
                    >
                      {t("views.delete")}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
          {planner && (
            <form className="views-menu-save" onSubmit={(e) => void submit(e)}>
              <label htmlFor={nameId}>{t("views.nameLabel")}</label>
              <input
                id={nameId}
                value={name}
                maxLength={120}
                onChange={(e) => setName(e.target.value)}
                placeholder={t("views.namePlaceholder")}
              />
              <button type="submit" disabled={busy || !name.trim()}>
                {t("views.save")}
              </button>
            </form>
          )}
          {/* Always mounted: logging in must not unmount the login while it finishes its check. */}
          <div className="views-menu-login">
            {!planner && <p className="muted">{t("views.plannerOnly")}</p>}
            <PlannerLogin />
          </div>
          {problem && (
            <p className="views-menu-error" role="alert">
              {problem}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
