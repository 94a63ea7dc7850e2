import { useCallback, useEffect, useSyncExternalStore } from "react";
import { useViewState } from "../url-state";
import type { MessageKey } from "./da";
import { isLoaded, loadMessages, onMessagesLoaded, translate, type Params, type Translate } from "./translate";

/**
 * The translate function for the language in the URL (Danish unless `lang=en`). English is loaded on first use;
 * while it arrives the texts stay Danish, then every component using this re-renders in English.
 */
export function useT(): Translate {
  const [{ lang }] = useViewState();
  const loaded = useSyncExternalStore(
    onMessagesLoaded,
    () => isLoaded(lang),
    () => isLoaded(lang),
  );
  useEffect(() => {
    if (!loaded) loadMessages(lang).catch(() => undefined);
  }, [lang, loaded]);
  return useCallback((key: MessageKey, params?: Params) => translate(lang, key, params), [lang, loaded]); // eslint-disable-line react-hooks/exhaustive-deps
}

export function useLang(): "da" | "en" {
  return useViewState()[0].lang;
}
