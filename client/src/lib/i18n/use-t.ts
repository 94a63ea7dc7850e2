import { useCallback } from "react";
import { useViewState } from "../url-state";
import type { MessageKey } from "./da";
import { translate, type Params, type Translate } from "./translate";

/** The translate function for the language in the URL (Danish unless `lang=en`). */
export function useT(): Translate {
  const [{ lang }] = useViewState();
  return useCallback((key: MessageKey, params?: Params) => translate(lang, key, params), [lang]);
}

export function useLang(): "da" | "en" {
  return useViewState()[0].lang;
}
