import type { ReactNode } from "react";
import { NodeLink } from "../../../components/node-link";
import type { NodeDetailsQuery } from "../../../gql/graphql";
import { useT } from "../../../lib/i18n";
import type { NodeKind } from "../../../lib/vocabulary";

type DetailsNode = NonNullable<NodeDetailsQuery["node"]>;

function Field({ label, children }: { label: string; children: ReactNode }) {
  if (children === null || children === undefined || children === "") return null;
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

function Links({
  items,
  onOpen,
}: {
  items: readonly { id: string; name: string; kind: NodeKind }[];
  onOpen: (id: string) => void;
}) {
  if (items.length === 0) return null;
  return (
    <ul className="link-list">
      {items.map((item) => (
        <li key={item.id}>
          <NodeLink {...item} onOpen={onOpen} />
        </li>
      ))}
    </ul>
  );
}

/** The kind-specific fields of a node. */
export function NodeFields({ node, onOpen }: { node: DetailsNode; onOpen: (id: string) => void }) {
  const t = useT();
  switch (node.__typename) {
    case "Goal":
      return (
        <dl className="fields">
          <Field label={t("field.mainGoal")}>{node.mainGoal}</Field>
          <Field label={t("field.strategy")}>{node.strategy}</Field>
          <Field label={t("field.initiatives")}>
            {node.initiatives.length ? <Links items={node.initiatives} onOpen={onOpen} /> : null}
          </Field>
          <Field label={t("field.systems")}>
            {node.systems.length ? <Links items={node.systems} onOpen={onOpen} /> : null}
          </Field>
          <Field label={t("field.milestones")}>
            {node.milestones.length ? <Links items={node.milestones} onOpen={onOpen} /> : null}
          </Field>
        </dl>
      );
    case "Initiative":
      return (
        <dl className="fields">
          <Field label={t("field.text")}>{node.text}</Field>
          <Field label={t("field.goal")}>
            <Links items={[node.goal]} onOpen={onOpen} />
          </Field>
          <Field label={t("field.systems")}>
            {node.systems.length ? <Links items={node.systems} onOpen={onOpen} /> : null}
          </Field>
        </dl>
      );
    case "System":
      return (
        <dl className="fields">
          <Field label={t("field.category")}>{node.category}</Field>
          <Field label={t("field.aliases")}>{node.aliases.join(", ")}</Field>
          <Field label={t("field.description")}>{node.description}</Field>
          <Field label={t("field.parent")}>
            {node.parent ? <Links items={[node.parent]} onOpen={onOpen} /> : null}
          </Field>
          <Field label={t("field.modules")}>
            {node.modules.length ? <Links items={node.modules} onOpen={onOpen} /> : null}
          </Field>
        </dl>
      );
    case "Department":
      return (
        <dl className="fields">
          <Field label={t("field.vision")}>{node.vision}</Field>
          <Field label={t("field.mainTasks")}>
            {node.mainTasks.length ? (
              <ul>
                {node.mainTasks.map((task, i) => (
                  <li key={i}>{task}</li>
                ))}
              </ul>
            ) : null}
          </Field>
          <Field label={t("field.staff")}>{node.staff ?? null}</Field>
          <Field label={t("field.salaryBudget")}>{node.salaryBudget}</Field>
          <Field label={t("field.goals")}>
            {node.goals.length ? <Links items={node.goals} onOpen={onOpen} /> : null}
          </Field>
          <Field label={t("field.responsibleFor")}>
            {node.systems.length ? <Links items={node.systems} onOpen={onOpen} /> : null}
          </Field>
        </dl>
      );
    case "Organisation":
      return (
        <dl className="fields">
          <Field label={t("field.aliases")}>{node.aliases.join(", ")}</Field>
          <Field label={t("field.description")}>{node.description}</Field>
        </dl>
      );
    case "Milestone":
      return (
        <dl className="fields">
          <Field label={t("field.date")}>{node.dateText}</Field>
          <Field label={t("field.isoDate")}>{node.endDate ? `${node.date} – ${node.endDate}` : node.date}</Field>
        </dl>
      );
    case "Theme":
      return (
        <dl className="fields">
          <Field label={t("field.text")}>{node.text}</Field>
        </dl>
      );
    case "StatusItem":
      return (
        <dl className="fields">
          <Field label={t("field.text")}>{node.text}</Field>
          <Field
            label={t("field.outcome")}
          >{`${t(`outcome.${node.outcome}`)}${node.outcomeText ? ` – ${node.outcomeText}` : ""}`}</Field>
        </dl>
      );
    case "Plan":
      return (
        <dl className="fields">
          <Field label={t("field.municipality")}>{node.municipality}</Field>
          <Field label={t("field.administration")}>{node.administration}</Field>
          <Field label={t("field.year")}>{node.year}</Field>
        </dl>
      );
  }
}
