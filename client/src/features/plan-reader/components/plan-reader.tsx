import { Fragment, useEffect, useMemo, useRef } from "react";
import { Empty, ErrorState, Loading } from "../../../components/states";
import { useLang, useT } from "../../../lib/i18n";
import { usePlanDocument } from "../api/plan-document";
import { sameQuote, squash, type QuoteHit } from "../lib/find-quote";
import { findTarget } from "../lib/find-target";
import { PassageRefs } from "./passage-refs";
import "../plan-reader.css";

interface Props {
  planId: string;
  /** The section anchor from the URL's hash, without "#". */
  anchor: string | null;
  /** The quote to highlight (`?q=`). */
  quote: string | null;
}

const headingTag = (level: number) => `h${Math.min(6, level + 1)}` as "h2" | "h3" | "h4" | "h5" | "h6";

function Highlighted({ text, hit }: { text: string; hit: QuoteHit | null }) {
  if (!hit) return <>{text}</>;
  const t = squash(text);
  return (
    <>
      {t.slice(0, hit.start)}
      <mark className="reader-highlight" data-testid="reader-highlight">
        {t.slice(hit.start, hit.end)}
      </mark>
      {t.slice(hit.end)}
    </>
  );
}

/** The plan's own text, section by section, each heading an anchor; the passage a link points to is highlighted and lists what quotes it. */
export function PlanReader({ planId, anchor, quote }: Props) {
  const t = useT();
  const lang = useLang();
  const { data, loading, error, refetch } = usePlanDocument(planId);
  const doc = data?.planDocument;
  const target = useMemo(() => (doc ? findTarget(doc.sections, anchor, quote) : null), [doc, anchor, quote]);
  const targetRef = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (!target) return;
    const element =
      document.querySelector<HTMLElement>("[data-testid=reader-highlight]") ?? document.getElementById(target.anchor);
    element?.scrollIntoView({ block: "center" });
    targetRef.current?.focus({ preventScroll: true });
  }, [target]);
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading) return <Loading />;
  if (!doc) return <Empty>{t("reader.none")}</Empty>;
  return (
    <article className="plan-reader" lang="da" aria-label={t("reader.title", { file: doc.file })}>
      {doc.sections.map((s) => {
        const isTarget = target?.anchor === s.anchor;
        const Heading = headingTag(s.level);
        const matching = isTarget && quote ? s.quotes.filter((q) => sameQuote(q.quote, quote)) : [];
        const hasRefs = s.quotes.length > 0 || s.nodes.length > 0;
        return (
          <section
            key={s.anchor}
            id={s.anchor}
            className={isTarget ? "reader-section reader-target" : "reader-section"}
            aria-labelledby={`${s.anchor}-h`}
            tabIndex={isTarget ? -1 : undefined}
            ref={isTarget ? targetRef : undefined}
            data-testid={isTarget ? "reader-target" : undefined}
          >
            <Heading id={`${s.anchor}-h`}>
              {s.heading}{" "}
              <a
                className="reader-anchor"
                href={`#${s.anchor}`}
                aria-label={t("reader.anchor", { heading: s.heading })}
              >
                #
              </a>
            </Heading>
            {s.blocks.map((b, i) => {
              const hit = isTarget && target?.hit?.block === i ? target.hit : null;
              return (
                <Fragment key={i}>
                  {b.kind === "HEADING" && <p className="reader-subheading">{b.text}</p>}
                  {b.kind === "PARAGRAPH" && (
                    <p>
                      <Highlighted text={b.text} hit={hit} />
                    </p>
                  )}
                  {b.kind === "BULLET" && (
                    <p className="reader-bullet" style={{ marginInlineStart: `${1 + b.depth * 1.25}rem` }}>
                      <span aria-hidden="true">• </span>
                      <Highlighted text={b.text} hit={hit} />
                    </p>
                  )}
                </Fragment>
              );
            })}
            {isTarget && (matching.length > 0 || hasRefs) && (
              <aside
                className="reader-passage"
                data-testid="reader-passage"
                aria-label={t("reader.passage")}
                lang={lang}
              >
                <PassageRefs
                  planId={planId}
                  quotes={matching.length > 0 ? matching : s.quotes}
                  nodes={s.nodes}
                  showQuotes={matching.length === 0}
                />
              </aside>
            )}
            {!isTarget && hasRefs && (
              <details className="reader-refs">
                <summary>{t("reader.refsSummary", { quotes: s.quotes.length, nodes: s.nodes.length })}</summary>
                <PassageRefs planId={planId} quotes={s.quotes} nodes={s.nodes} showQuotes />
              </details>
            )}
          </section>
        );
      })}
    </article>
  );
}
