import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { KindIcon } from "../../../components/kind-icon";
import { ErrorState, Loading } from "../../../components/states";
import { downloadText, fileStem } from "../../../lib/download";
import { useLang, useT } from "../../../lib/i18n";
import { useSearch } from "../api/search";
import { rankHits } from "../lib/rank-hits";
import { searchCsv } from "../lib/search-csv";
import { Snippet } from "./snippet";

interface Props {
  label: string;
  /** Committed search text (e.g. from the URL). */
  value: string;
  onCommit: (text: string) => void;
  onPick: (id: string) => void;
  /** Offer a CSV download of the hits. */
  exportable?: boolean;
  placeholder?: string;
}

const DEBOUNCE_MS = 250;

/** Full-text search with a keyboard-reachable list of hits. */
export function SearchBox({ label, value, onCommit, onPick, exportable = false, placeholder }: Props) {
  const t = useT();
  const lang = useLang();
  const inputId = useId();
  const listId = useId();
  const [text, setText] = useState(value);
  const [open, setOpen] = useState(false);
  const list = useRef<HTMLUListElement>(null);
  const { data, loading, error } = useSearch(value);

  useEffect(() => setText(value), [value]);
  useEffect(() => {
    if (text === value) return;
    const timer = window.setTimeout(() => onCommit(text), DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [text, value, onCommit]);

  const hits = useMemo(() => rankHits(data?.search ?? [], value), [data, value]);
  const focusHit = (index: number) => {
    const buttons = list.current?.querySelectorAll<HTMLButtonElement>("button.hit");
    buttons?.[Math.max(0, Math.min(index, buttons.length - 1))]?.focus();
  };
  const onListKey = (e: KeyboardEvent<HTMLUListElement>) => {
    const buttons = [...(list.current?.querySelectorAll<HTMLButtonElement>("button.hit") ?? [])];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === "ArrowDown") focusHit(index + 1);
    else if (e.key === "ArrowUp") {
      if (index <= 0) document.getElementById(inputId)?.focus();
      else focusHit(index - 1);
    } else if (e.key === "Escape") {
      setOpen(false);
      document.getElementById(inputId)?.focus();
    } else return;
    e.preventDefault();
  };
  const pick = (id: string) => {
    setOpen(false);
    onPick(id);
  };
  const showList = open && value.trim().length >= 2;

  return (
    <div className="search" onBlur={(e) => !e.currentTarget.contains(e.relatedTarget) && setOpen(false)}>
      <label htmlFor={inputId} className="visually-hidden">
        {label}
      </label>
      <input
        id={inputId}
        type="search"
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        autoComplete="off"
        placeholder={placeholder ?? label}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            onCommit(text);
            setOpen(true);
          } else if (e.key === "ArrowDown") {
            e.preventDefault();
            setOpen(true);
            window.setTimeout(() => focusHit(0));
          } else if (e.key === "Escape") setOpen(false);
        }}
      />
      {showList && (
        <div className="search-results" id={listId} role="region" aria-label={t("search.results")}>
          {loading && <Loading label={t("search.searching")} />}
          {error && <ErrorState error={error} />}
          {!loading && !error && hits.length === 0 && (
            <p className="state state-empty">{t("search.noHits", { text: value })}</p>
          )}
          {hits.length > 0 && (
            <>
              <div className="search-results-head">
                <span className="muted">{t("search.hitCount", { count: hits.length })}</span>
                {exportable && (
                  <button
                    type="button"
                    className="small"
                    onClick={() =>
                      downloadText(
                        searchCsv(hits, t, lang === "da" ? ";" : ","),
                        `plangraf-${t("export.searchStem")}-${fileStem(value)}.csv`,
                        "text/csv;charset=utf-8",
                      )
                    }
                  >
                    {t("export.csv")}
                  </button>
                )}
              </div>
              <ul ref={list} className="hit-list" onKeyDown={onListKey}>
                {hits.map((hit) => (
                  <li key={hit.node.id}>
                    <button type="button" className="hit" onClick={() => pick(hit.node.id)}>
                      <span className="hit-title">
                        <KindIcon kind={hit.node.kind} />
                        <strong>{hit.node.name}</strong>
                        <span className="muted">
                          {" · "}
                          {t(`kind.${hit.node.kind}`)}
                          {hit.node.department ? ` · ${hit.node.department.name}` : ""}
                        </span>
                      </span>
                      <Snippet parts={hit.snippetParts} />
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </div>
  );
}
