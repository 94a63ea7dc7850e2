import { ApolloProvider } from "@apollo/client/react";
import { useEffect, useState, type ReactNode } from "react";
import { ErrorBoundary } from "../components/error-boundary";
import { createApolloClient } from "../lib/apollo";
import { useLang, useT } from "../lib/i18n";

function DocumentLanguage() {
  const lang = useLang();
  const t = useT();
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t("app.title");
  }, [lang, t]);
  return null;
}

export function AppProvider({ children }: { children: ReactNode }) {
  const [client] = useState(() => createApolloClient());
  return (
    <ErrorBoundary region="Plangraf">
      <ApolloProvider client={client}>
        <DocumentLanguage />
        {children}
      </ApolloProvider>
    </ErrorBoundary>
  );
}
